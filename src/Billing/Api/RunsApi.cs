using System.Security.Claims;
using Billing.Domain;
using Billing.Invoices;
using Billing.Persistence;
using Billing.Runs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;

namespace Billing.Api;

internal static class RunsApi
{
    public static void MapRunsApi(this RouteGroupBuilder billing)
    {
        var runs = billing.MapGroup("/invoice-runs").RequireAuthorization(Policies.Finance);
        runs.MapPost("/", Start).WithSummary("Prepare a draft for every tenant that is due for the year and has no invoice yet; returns the run report.")
            .ProducesValidationProblem();
        runs.MapGet("/", List).WithSummary("Recent run reports (without lines).");
        runs.MapGet("/{id:guid}", Get).WithSummary("One run report: what was prepared, skipped and why.");
    }

    private static async Task<Results<Ok<RunReportResponse>, ValidationProblem>> Start(
        RunRequest request, ClaimsPrincipal user, InvoiceRunner runner, TimeProvider clock, CancellationToken ct)
    {
        var current = FeeService.Today(clock).Year;
        if (request.Year is not { } year || year < PriceList.FirstBillableYear || year > current)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                { ["year"] = [$"Kies een jaar van {PriceList.FirstBillableYear} tot en met {current}."] });
        var report = await runner.RunAsync(year, RunTrigger.Manual, PlatformClaims.UserId(user), ct);
        return TypedResults.Ok(RunReportResponse.From(report));
    }

    private static async Task<List<RunReportResponse>> List(BillingDbContext db, CancellationToken ct) =>
        (await db.Runs.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(50).ToListAsync(ct)).Select(RunReportResponse.From).ToList();

    private static async Task<Results<Ok<RunReportResponse>, NotFound>> Get(Guid id, BillingDbContext db, CancellationToken ct) =>
        await db.Runs.AsNoTracking().Include(r => r.Lines).FirstOrDefaultAsync(r => r.Id == id, ct) is { } r
            ? TypedResults.Ok(RunReportResponse.From(r)) : TypedResults.NotFound();
}
