using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Formatting;

namespace DataProtection.AccessLog;

/// <summary>Who of Digitaal Vlaanderen read this tenant's personal data: for the tenant's admins (and platform admins).</summary>
internal static class AccessLogApi
{
    public static void MapAccessLogApi(this IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/tenants/{tenant}/data-protection").WithTags("Data protection").RequireAuthorization(Policies.TenantAdmin);
        g.MapGet("/access-log", List).WithSummary("Reads of this tenant's personal data by Digitaal Vlaanderen staff in a period (default the last 30 days), newest first.")
            .ProducesValidationProblem();
        g.MapGet("/access-log.csv", Csv).WithSummary("The same as CSV.").ProducesValidationProblem();
    }

    private static async Task<Results<Ok<List<AccessLogResponse>>, ValidationProblem>> List(
        DateOnly? from, DateOnly? until, AccessLogQuery query, TimeProvider clock, CancellationToken ct)
    {
        var (f, u) = AccessLogQuery.Period(from, until, clock);
        var errors = AccessLogQuery.Validate(f, u);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(await query.ListAsync(f, u, ct));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> Csv(
        DateOnly? from, DateOnly? until, AccessLogQuery query, TenantContext current, TimeProvider clock, CancellationToken ct)
    {
        var (f, u) = AccessLogQuery.Period(from, until, clock);
        var errors = AccessLogQuery.Validate(f, u);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        return TypedResults.File(AccessLogQuery.Csv(await query.ListAsync(f, u, ct)), Platform.Kernel.Export.Csv.ContentType,
            $"inzage-{current.Tenant?.Identifier}-{f:yyyy-MM-dd}-{u:yyyy-MM-dd}.csv");
    }
}
