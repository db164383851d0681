using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Security;

namespace ServiceDesk.Reports;

/// <summary>
/// Monthly reports. Per tenant under <c>/tenants/{tenant}</c> (tenant admins: only their own, enforced by tenant
/// resolution; staff: any); for all tenants only for staff. Formats: JSON, <c>.csv</c>, <c>.pdf</c>.
/// </summary>
internal static class ReportsApi
{
    public sealed record PriorityCount(string Priority, int Count);

    public sealed record BreachResponse(Guid Id, string Number, string Tenant, string Title, string Priority, DateTimeOffset ReportedAt, string Clock, double TargetHours, double ElapsedHours);

    public sealed record ReportResponse(string Scope, int Year, int Month, int Total, IReadOnlyList<PriorityCount> PerPriority,
        ObjectiveStats Response, ObjectiveStats Resolution, IReadOnlyList<BreachResponse> Breaches);

    public static void MapReportsApi(this IEndpointRouteBuilder endpoints)
    {
        var tenant = endpoints.MapGroup("/api/servicedesk/tenants/{tenant}/reports").WithTags("ServiceDesk")
            .RequireAuthorization(ReportService.ReadersPolicy);
        tenant.MapGet("/{year:int}/{month:int}", (string tenant, int year, int month, TenantContext current, ReportService reports, CancellationToken ct) =>
            Json(current.Tenant, year, month, reports, ct)).WithSummary("A tenant's monthly service-level report.");
        tenant.MapGet("/{year:int}/{month:int}.csv", (string tenant, int year, int month, TenantContext current, ReportService reports, TimeProvider clock, CancellationToken ct) =>
            File(current.Tenant, year, month, "csv", reports, clock, ct)).WithSummary("The same report as CSV.");
        tenant.MapGet("/{year:int}/{month:int}.pdf", (string tenant, int year, int month, TenantContext current, ReportService reports, TimeProvider clock, CancellationToken ct) =>
            File(current.Tenant, year, month, "pdf", reports, clock, ct)).WithSummary("The same report as PDF.");

        var all = endpoints.MapGroup("/api/servicedesk/reports").WithTags("ServiceDesk").RequireAuthorization(Policies.Agent);
        all.MapGet("/{year:int}/{month:int}", (int year, int month, ReportService reports, CancellationToken ct) => Json(null, year, month, reports, ct))
            .WithSummary("The monthly report over all tenants (agents).");
        all.MapGet("/{year:int}/{month:int}.csv", (int year, int month, ReportService reports, TimeProvider clock, CancellationToken ct) => File(null, year, month, "csv", reports, clock, ct))
            .WithSummary("All tenants as CSV.");
        all.MapGet("/{year:int}/{month:int}.pdf", (int year, int month, ReportService reports, TimeProvider clock, CancellationToken ct) => File(null, year, month, "pdf", reports, clock, ct))
            .WithSummary("All tenants as PDF.");
    }

    private static async Task<Results<Ok<ReportResponse>, ValidationProblem>> Json(TenantInfo? tenant, int year, int month, ReportService reports, CancellationToken ct)
    {
        if (!ReportService.ValidMonth(year, month)) return InvalidMonth();
        var r = await reports.BuildAsync(tenant, year, month, ct);
        return TypedResults.Ok(new ReportResponse(ReportService.ScopeName(tenant), r.Year, r.Month, r.Total,
            r.PerPriority.OrderBy(p => p.Key).Select(p => new PriorityCount(p.Key.ToString(), p.Value)).ToList(),
            r.Response, r.Resolution,
            r.Breaches.Select(b => new BreachResponse(b.Key, b.Number, b.Tenant, b.Title, b.Priority.ToString(), b.ReportedAt, b.Clock,
                Math.Round(b.Target.TotalHours, 2), Math.Round(b.Elapsed.TotalHours, 2))).ToList()));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> File(
        TenantInfo? tenant, int year, int month, string format, ReportService reports, TimeProvider clock, CancellationToken ct)
    {
        if (!ReportService.ValidMonth(year, month)) return InvalidMonth();
        var r = await reports.BuildAsync(tenant, year, month, ct);
        var name = $"servicedesk-{tenant?.Identifier ?? "alle"}-{year}-{month:D2}.{format}";
        return format == "csv"
            ? TypedResults.File(ReportCsv.Write(r, ReportService.ScopeName(tenant)), "text/csv; charset=utf-8", name)
            : TypedResults.File(ReportPdf.Render(r, ReportService.ScopeName(tenant), clock.GetUtcNow()), "application/pdf", name);
    }

    private static ValidationProblem InvalidMonth() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["month"] = ["Kies een geldige maand (1-12) en een jaar tussen 2000 en 2100."] });
}
