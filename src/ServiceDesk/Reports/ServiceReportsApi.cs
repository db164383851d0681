using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using System.Security.Claims;
using Platform.Kernel.Security;

namespace ServiceDesk.Reports;

/// <summary>A tenant's monthly service report (<c>yyyy-MM</c>) as JSON and PDF; same readers as the monthly report (tenant
/// admins only their own tenant, enforced by tenant resolution; staff any).</summary>
internal static class ServiceReportsApi
{
    public sealed record PriorityRow(string Priority, int Count, int ResponseMet, int ResponseBreached, int ResolutionMet, int ResolutionBreached);

    public sealed record AvailabilityRow(decimal? Percentage, string Display, decimal Objective, bool MeetsObjective, long DowntimeMinutes);

    public sealed record OpenItemRow(Guid Id, string Number, string Title, string Priority, DateTimeOffset ReportedAt, int AgeDays);

    public sealed record ServiceReportResponse(string Tenant, string Month, int Total, IReadOnlyList<PriorityRow> PerPriority,
        PriorityRow Totals, AvailabilityRow Availability, IReadOnlyList<OpenItemRow> OpenItems, ServiceReportMailingView? Mailing = null);

    public static void MapServiceReportsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/servicedesk/tenants/{tenant}/service-reports").WithTags("ServiceDesk")
            .RequireAuthorization(ReportService.ReadersPolicy);
        group.MapGet("/{month:maxlength(7)}", async Task<Results<Ok<ServiceReportResponse>, ValidationProblem>> (
                string tenant, string month, TenantContext current, TenantServiceReport reports, ServiceReportMailings mailings, CancellationToken ct) =>
            {
                if (!TenantServiceReport.TryParseMonth(month, out var y, out var m)) return InvalidMonth();
                var mailing = (await mailings.LogAsync(current.Tenant!, ct)).FirstOrDefault(x => x.Month == month);
                return TypedResults.Ok(ToResponse(await reports.BuildAsync(current.Tenant!, y, m, ct)) with { Mailing = mailing });
            })
            .WithSummary("A tenant's monthly service report: incidents per priority with objectives met, platform availability, open incidents at month end, and its mailing (sent-log) if any.");
        group.MapGet("/{month}.pdf", async Task<Results<FileContentHttpResult, ValidationProblem>> (
                string tenant, string month, TenantContext current, TenantServiceReport reports, TimeProvider clock, CancellationToken ct) =>
            {
                if (!TenantServiceReport.TryParseMonth(month, out var y, out var m)) return InvalidMonth();
                var report = await reports.BuildAsync(current.Tenant!, y, m, ct);
                return TypedResults.File(ServiceReportPdf.Render(report, clock.GetUtcNow()), "application/pdf", FileName(report));
            })
            .WithSummary("The same service report as PDF (Dutch).")
            .WithOrder(-1); // "5.pdf" also fits the JSON route's {month:maxlength(7)}: the .pdf route wins

        var log = endpoints.MapGroup("/api/servicedesk/tenants/{tenant}/service-report-mailings").WithTags("ServiceDesk");
        log.MapGet("/", async (string tenant, TenantContext current, ServiceReportMailings mailings, CancellationToken ct) =>
                TypedResults.Ok(await mailings.LogAsync(current.Tenant!, ct)))
            .RequireAuthorization(ReportService.ReadersPolicy)
            .WithSummary("The sent-log of the tenant's monthly service report mails: per month when, to whom, status, attempts, last error or skip reason.");
        log.MapPost("/", async Task<Results<Ok<ServiceReportMailingView>, NotFound, ValidationProblem, ProblemHttpResult>> (
                string tenant, ServiceReportMailings.ResendRequest request, TenantContext current, ServiceReportMailings mailings, ClaimsPrincipal user,
                CancellationToken ct) =>
                (await mailings.ResendAsync(current.Tenant!, request, Actor.From(user), ct)).ToOk(mailing => mailing))
            .RequireAuthorization(Policies.Agent)
            .WithSummary("Staff: mail a past month's service report (again) now, to the tenant's service delivery manager, else its SPOC. The result is the month's sent-log line.")
            .ProducesValidationProblem();
    }

    public static string FileName(ServiceReport r) => $"maandrapport-{r.Tenant.Identifier}-{r.MonthKey}.pdf";

    public static ServiceReportResponse ToResponse(ServiceReport r)
    {
        var m = r.Incidents;
        var a = r.Availability;
        return new ServiceReportResponse(r.Tenant.Identifier, r.MonthKey, m.Total,
            m.PerPriority.OrderBy(p => p.Key).Select(p => new PriorityRow(p.Key.ToString(), p.Value,
                m.ByPriority[p.Key].Response.Met, m.ByPriority[p.Key].Response.Breached,
                m.ByPriority[p.Key].Resolution.Met, m.ByPriority[p.Key].Resolution.Breached)).ToList(),
            new PriorityRow("Totaal", m.Total, m.Response.Met, m.Response.Breached, m.Resolution.Met, m.Resolution.Breached),
            new AvailabilityRow(a.Percentage, ServiceReportText.Availability(a), a.ObjectivePercentage, a.MeetsObjective, a.DowntimeMinutes),
            r.OpenItems.Select(o => new OpenItemRow(o.Id, o.Number, o.Title, o.Priority.ToString(), o.ReportedAt, o.AgeDays)).ToList());
    }

    private static ValidationProblem InvalidMonth() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["month"] = ["Kies een geldige maand in de vorm jjjj-mm (jaar tussen 2000 en 2100)."] });
}
