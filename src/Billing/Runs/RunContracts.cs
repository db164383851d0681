using Billing.Domain;
using Billing.Runs;
using Billing.Web;

namespace Billing.Runs;

internal sealed record RunRequest(int? Year);

internal sealed record RunLineResponse(Guid TenantId, string TenantName, int Year, string Outcome, string Reason, decimal? Amount, Guid? InvoiceId);

internal sealed record RunReportResponse(Guid Id, string Trigger, int? Year, DateTimeOffset StartedAt, DateTimeOffset FinishedAt,
    int Prepared, int AlreadyExisting, int NotDue, int NeedsAttention, IReadOnlyList<RunLineResponse> Lines)
{
    public static RunReportResponse From(InvoiceRunReport r) => new(r.Id, r.Trigger.ToString().ToLowerInvariant(), r.Year, r.StartedAt, r.FinishedAt,
        r.Prepared, r.AlreadyExisting, r.NotDue, r.NeedsAttention,
        r.Lines.OrderBy(l => l.Outcome).ThenBy(l => l.TenantName).ThenBy(l => l.Year)
            .Select(l => new RunLineResponse(l.TenantId, l.TenantName, l.Year, System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(l.Outcome.ToString()),
                l.Reason, l.Amount is { } a ? Euro.Of(a) : null, l.InvoiceId)).ToList());
}
