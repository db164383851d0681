using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using System.Security.Claims;
using Platform.Kernel.Security;
using StatusPage;
using Platform.Kernel.Tenancy;
using Tenants.Audit;
using Tenants.Domain.Checks;
using Tenants.Persistence;

namespace Tenants.Contacts;

/// <summary>A tenant's contacts. Every query goes through the tenant filter, so another tenant's contact id is a 404.</summary>
internal static class ContactsApi
{
    public sealed record ContactResponse(Guid Id, string Role, string RoleName, string Name, string Email, string? Phone, bool StatusSubscribed);

    public static void MapContactsApi(this IEndpointRouteBuilder endpoints)
    {
        var contacts = endpoints.MapGroup("/api/tenants/{tenant}/contacts").WithTags("Tenants")
            .RequireAuthorization(Policies.TenantAdmin);
        contacts.WithMetadata(new Platform.Kernel.Privacy.ReadsTenantPersonalDataAttribute("contacts"));
        contacts.MapGet("/", List).WithSummary("The tenant's contacts.");
        contacts.MapGet("/{id:guid}", Get).WithSummary("One contact.");
        contacts.MapPost("/", Add).WithSummary("Add a contact (SPOC, service delivery manager, DPO, architect, billing).")
            .ProducesValidationProblem();
        contacts.MapPut("/{id:guid}", Update).WithSummary("Change a contact (role, name, e-mail, phone, status page subscription).")
            .ProducesValidationProblem();
        contacts.MapDelete("/{id:guid}", Remove).WithSummary("Remove a contact.");
    }

    private static async Task<List<ContactResponse>> List(TenantsDbContext db, CancellationToken ct) =>
        (await db.Contacts.AsNoTracking().OrderBy(c => c.Role).ThenBy(c => c.Name).ToListAsync(ct)).Select(ToResponse).ToList();

    private static async Task<Results<Ok<ContactResponse>, NotFound>> Get(Guid id, TenantsDbContext db, CancellationToken ct) =>
        await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } c
            ? TypedResults.Ok(ToResponse(c)) : TypedResults.NotFound();

    private static async Task<Results<Created<ContactResponse>, ValidationProblem>> Add(
        string tenant, ContactRequest request, ContactEditor editor, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await editor.AddAsync(request, Actor.From(user), ct);
        return outcome.Ok
            ? TypedResults.Created($"/api/tenants/{tenant}/contacts/{outcome.Value!.Id}", ToResponse(outcome.Value))
            : TypedResults.ValidationProblem(outcome.Errors!);
    }

    private static async Task<Results<Ok<ContactResponse>, NotFound, ValidationProblem>> Update(
        Guid id, ContactRequest request, ContactEditor editor, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await editor.UpdateAsync(id, request, Actor.From(user), ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        return outcome.Ok ? TypedResults.Ok(ToResponse(outcome.Value!)) : TypedResults.ValidationProblem(outcome.Errors!);
    }

    private static async Task<Results<NoContent, NotFound>> Remove(Guid id, ContactEditor editor, ClaimsPrincipal user, CancellationToken ct) =>
        await editor.RemoveAsync(id, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static ContactResponse ToResponse(Contact c) =>
        new(c.Id, c.Role.ToString(), ContactRoleNames.Dutch(c.Role), c.Name, c.Email, c.Phone, c.StatusSubscribed);
}
