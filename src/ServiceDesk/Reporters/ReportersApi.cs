using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;

namespace ServiceDesk.Reporters;

/// <summary>A tenant's reporters (at most three), managed by its admin.</summary>
internal static class ReportersApi
{
    public static void MapReportersApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/servicedesk/tenants/{tenant}/reporters").WithTags("ServiceDesk")
            .RequireAuthorization(Policies.TenantAdmin);
        group.WithMetadata(new Platform.Kernel.Privacy.ReadsTenantPersonalDataAttribute("reporters", null));
        group.MapGet("/", List).WithSummary("The tenant's reporters and their seats (at most 3).");
        group.MapPost("/", Add).WithSummary("Name a reporter with an initial password; a fourth is refused. The reporter gets an e-mail.")
            .ProducesValidationProblem();
        group.MapDelete("/{userId:guid}", Remove).WithSummary("Remove a reporter; frees the seat.");
    }

    private static async Task<IReadOnlyList<ReporterResponse>> List(string tenant, TenantContext current, ReporterSeats seats, CancellationToken ct) =>
        await seats.ListAsync(current.TenantId!.Value, ct);

    private static async Task<Results<Created<ReporterResponse>, ValidationProblem>> Add(
        string tenant, NewReporterRequest request, TenantContext current, ReporterSeats seats, CancellationToken ct)
    {
        var outcome = await seats.AddAsync(current.Tenant!, request, ct);
        return outcome.Ok
            ? TypedResults.Created($"/api/servicedesk/tenants/{tenant}/reporters/{outcome.Value!.Id}", outcome.Value)
            : TypedResults.ValidationProblem(outcome.Errors!);
    }

    private static async Task<Results<NoContent, NotFound>> Remove(
        string tenant, Guid userId, TenantContext current, ReporterSeats seats, CancellationToken ct) =>
        await seats.RemoveAsync(current.TenantId!.Value, userId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
