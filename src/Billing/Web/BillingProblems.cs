using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Billing.Web;

internal static class BillingProblems
{
    /// <summary>The facts forbid the request (already issued, already matched, ...): 409 with the Dutch reason.</summary>
    public static ProblemHttpResult Conflict(string? detail) =>
        Platform.Kernel.UseCases.OutcomeHttp.Conflict(detail);
}
