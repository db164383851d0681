using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using System.Security.Claims;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using Tenants.Audit;
using Tenants.Domain.Checks;
using Tenants.Persistence;

namespace Tenants.Contacts;

/// <summary>A tenant's contacts. Every query goes through the tenant filter, so another tenant's contact id is a 404.</summary>
internal static class ContactsApi
{
    /// <param name="StatusSubscribed">The address is subscribed to the status page through this contact.</param>
    /// <param name="StatusSubscriptionProblem">Set when the request asked for the status page subscription and it could not be
    /// made (e.g. the product does not exist on the status page): the contact IS saved, unsubscribed, and this Dutch
    /// message says why. Null otherwise.</param>
    public sealed record ContactResponse(Guid Id, string Role, string RoleName, string Name, string Email, string? Phone, bool StatusSubscribed,
        string? StatusSubscriptionProblem = null);

    private const string SubscriptionNote = "subscribeToStatusPage subscribes the address to the status page (product statusProduct, default "
        + "'Mijn Burgerprofiel'), confirmed at once. When that subscription cannot be made the contact is still saved, with statusSubscribed "
        + "false and statusSubscriptionProblem saying why.";

    public static void MapContactsApi(this IEndpointRouteBuilder endpoints)
    {
        var contacts = endpoints.MapGroup("/api/tenants/{tenant}/contacts").WithTags("Tenants")
            .RequireAuthorization(Policies.TenantAdmin);
        contacts.WithMetadata(new Platform.Kernel.Privacy.ReadsTenantPersonalDataAttribute("contacts"));
        contacts.MapGet("/", List).WithSummary("The tenant's contacts.");
        contacts.MapGet("/{id:guid}", Get).WithSummary("One contact.");
        contacts.MapPost("/", Add).WithSummary("Add a contact (SPOC, service delivery manager, DPO, architect, billing).")
            .WithDescription(SubscriptionNote)
            .ProducesValidationProblem();
        contacts.MapPut("/{id:guid}", Update).WithSummary("Change a contact (role, name, e-mail, phone, status page subscription).")
            .WithDescription(SubscriptionNote + " Unticking the option or changing the address ends the old address's subscription.")
            .ProducesValidationProblem();
        contacts.MapDelete("/{id:guid}", Remove).WithSummary("Remove a contact (its status page subscription through this contact ends).");
    }

    private static async Task<List<ContactResponse>> List(TenantsDbContext db, CancellationToken ct) =>
        (await db.Contacts.AsNoTracking().OrderBy(c => c.Role).ThenBy(c => c.Name).ToListAsync(ct)).Select(c => ToResponse(c, null)).ToList();

    private static async Task<Results<Ok<ContactResponse>, NotFound>> Get(Guid id, TenantsDbContext db, CancellationToken ct) =>
        await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } c
            ? TypedResults.Ok(ToResponse(c, null)) : TypedResults.NotFound();

    private static async Task<Results<Created<ContactResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Add(
        string tenant, ContactRequest request, ContactEditor editor, ClaimsPrincipal user, CancellationToken ct) =>
        (await editor.AddAsync(request, Actor.From(user), ct))
            .ToCreated(saved => $"/api/tenants/{tenant}/contacts/{saved.Contact.Id}", saved => ToResponse(saved.Contact, saved.StatusSubscriptionProblem));

    private static async Task<Results<Ok<ContactResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, ContactRequest request, ContactEditor editor, ClaimsPrincipal user, CancellationToken ct) =>
        (await editor.UpdateAsync(id, request, Actor.From(user), ct)).ToOk(saved => ToResponse(saved.Contact, saved.StatusSubscriptionProblem));

    private static async Task<Results<NoContent, NotFound>> Remove(Guid id, ContactEditor editor, ClaimsPrincipal user, CancellationToken ct) =>
        await editor.RemoveAsync(id, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static ContactResponse ToResponse(Contact c, string? problem) =>
        new(c.Id, c.Role.ToString(), ContactRoleNames.Dutch(c.Role), c.Name, c.Email, c.Phone, c.StatusSubscribed, problem);
}
