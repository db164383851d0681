using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Security;

namespace ServiceDesk.Reporters;

/// <summary>A tenant's reporters (at most three) and admins, managed by its admin, by invitation only.</summary>
internal static class ReportersApi
{
    public static void MapReportersApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/servicedesk/tenants/{tenant}/reporters").WithTags("ServiceDesk")
            .RequireAuthorization(Policies.TenantAdmin);
        group.WithMetadata(new Platform.Kernel.Privacy.ReadsTenantPersonalDataAttribute("reporters", null));
        group.MapGet("/", List).WithSummary("The tenant's reporters and their seats (at most 3), with invitation status and last sign-in.");
        group.MapPost("/", Add).WithSummary("Invite a reporter (name, e-mail): the person gets a one-time, expiring link to choose a password. " +
                "An outstanding invitation holds a seat; a fourth reporter is refused.")
            .ProducesValidationProblem();
        group.MapDelete("/{userId:guid}", Remove).WithSummary("Remove a reporter (or an outstanding invitation); frees the seat.");

        var people = endpoints.MapGroup("/api/servicedesk/tenants/{tenant}/people").WithTags("ServiceDesk")
            .RequireAuthorization(Policies.TenantAdmin);
        people.WithMetadata(new Platform.Kernel.Privacy.ReadsTenantPersonalDataAttribute("reporters", null));
        people.MapGet("/", People).WithSummary("The tenant's admins and reporters: role, seat, invitation status, last sign-in.");
        people.MapPost("/invitations", Add).WithSummary("Invite an admin (role TenantAdmin) or a reporter (role Reporter, at most 3 seats) of the tenant " +
                "by e-mail; the person chooses their own password from a one-time, expiring link.")
            .ProducesValidationProblem();
        people.MapPost("/{userId:guid}/invitation", Resend).WithSummary("Send a new one-time link to an invited person who has not chosen a password yet.");
        people.MapDelete("/{userId:guid}", RemovePerson).WithSummary("Remove an admin or reporter of the tenant (not yourself).");
    }

    private static async Task<IReadOnlyList<ReporterResponse>> List(string tenant, TenantContext current, ReporterSeats seats, CancellationToken ct) =>
        await seats.ListAsync(current.TenantId!.Value, ct);

    private static async Task<IReadOnlyList<TenantPersonResponse>> People(string tenant, TenantContext current, ReporterSeats seats, CancellationToken ct) =>
        await seats.PeopleAsync(current.TenantId!.Value, ct);

    private static async Task<Results<Created<ReporterResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Add(
        string tenant, NewReporterRequest request, TenantContext current, ReporterSeats seats, ClaimsPrincipal user, CancellationToken ct) =>
        (await seats.AddAsync(current.Tenant!, request, user, ct))
            .ToCreated(reporter => $"/api/servicedesk/tenants/{tenant}/people/{reporter.Id}", reporter => reporter, "De uitnodiging kon niet worden verstuurd.");

    private static async Task<Results<NoContent, NotFound>> Resend(
        string tenant, Guid userId, TenantContext current, ReporterSeats seats, ClaimsPrincipal user, CancellationToken ct) =>
        await seats.ResendAsync(current.TenantId!.Value, userId, user, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> Remove(
        string tenant, Guid userId, TenantContext current, ReporterSeats seats, ClaimsPrincipal user, CancellationToken ct) =>
        await seats.RemoveAsync(current.TenantId!.Value, userId, user, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> RemovePerson(
        string tenant, Guid userId, TenantContext current, ReporterSeats seats, ClaimsPrincipal user, CancellationToken ct) =>
        await seats.RemoveAsync(current.TenantId!.Value, userId, user, ct)
        || await seats.RemoveAsync(current.TenantId!.Value, userId, user, ct, Roles.TenantAdmin)
            ? TypedResults.NoContent() : TypedResults.NotFound();
}
