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
    /// <param name="SubscribeToStatusPage">Subscribe this contact to the status page, confirmed at once: the contract asks
    /// customers to follow planned and unplanned unavailability there.</param>
    /// <param name="StatusProduct">The status page product (slug or name); default "Mijn Burgerprofiel".</param>
    public sealed record ContactRequest(string? Role, string? Name, string? Email, string? Phone,
        bool? SubscribeToStatusPage = null, string? StatusProduct = null);

    public const string DefaultStatusProduct = "Mijn Burgerprofiel";

    public sealed record ContactResponse(Guid Id, string Role, string RoleName, string Name, string Email, string? Phone);

    public static void MapContactsApi(this IEndpointRouteBuilder endpoints)
    {
        var contacts = endpoints.MapGroup("/api/tenants/{tenant}/contacts").WithTags("Tenants")
            .RequireAuthorization(Policies.TenantAdmin);
        contacts.MapGet("/", List).WithSummary("The tenant's contacts.");
        contacts.MapGet("/{id:guid}", Get).WithSummary("One contact.");
        contacts.MapPost("/", Add).WithSummary("Add a contact (SPOC, service delivery manager, DPO, architect, billing).")
            .ProducesValidationProblem();
        contacts.MapDelete("/{id:guid}", Remove).WithSummary("Remove a contact.");
    }

    private static async Task<List<ContactResponse>> List(TenantsDbContext db, CancellationToken ct) =>
        (await db.Contacts.AsNoTracking().OrderBy(c => c.Role).ThenBy(c => c.Name).ToListAsync(ct)).Select(ToResponse).ToList();

    private static async Task<Results<Ok<ContactResponse>, NotFound>> Get(Guid id, TenantsDbContext db, CancellationToken ct) =>
        await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } c
            ? TypedResults.Ok(ToResponse(c)) : TypedResults.NotFound();

    private static async Task<Results<Created<ContactResponse>, ValidationProblem>> Add(
        string tenant, ContactRequest request, TenantsDbContext db, TenantContext current, TimeProvider clock, ClaimsPrincipal user,
        IStatusSubscriptions statusPage, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<ContactRole>(request.Role, ignoreCase: true, out var role) || !Enum.IsDefined(role))
            errors["role"] = ["Kies een rol: " + string.Join(", ", Enum.GetNames<ContactRole>()) + "."];
        if (Check.Required(request.Name, "De naam", 200) is { } nameError) errors["name"] = [nameError];
        if (Check.Email(request.Email, "Het e-mailadres") is { } emailError) errors["email"] = [emailError];
        if (request.Phone is { Length: > 30 }) errors["phone"] = ["Het telefoonnummer is te lang."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        // Subscribing is idempotent, so it goes first: an unknown product refuses the request before anything is saved.
        if (request.SubscribeToStatusPage == true
            && !await statusPage.SubscribeConfirmedAsync(request.Email!.Trim(), request.StatusProduct ?? DefaultStatusProduct, ct))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                { ["statusProduct"] = ["Dit product bestaat niet op de statuspagina."] });
        var contact = new Contact { Id = Guid.NewGuid(), Role = role, Name = request.Name!.Trim(), Email = request.Email!.Trim(), Phone = request.Phone?.Trim() };
        db.Contacts.Add(contact);
        db.Record(current.TenantId!.Value, Actor.From(user), clock.GetUtcNow(), "contact.added", $"Contactpersoon toegevoegd: {ContactRoleNames.Dutch(role)}");
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/tenants/{tenant}/contacts/{contact.Id}", ToResponse(contact));
    }

    private static async Task<Results<NoContent, NotFound>> Remove(Guid id, TenantsDbContext db, TenantContext current, TimeProvider clock,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contact is null) return TypedResults.NotFound();
        db.Contacts.Remove(contact);
        db.Record(current.TenantId!.Value, Actor.From(user), clock.GetUtcNow(), "contact.removed", $"Contactpersoon verwijderd: {ContactRoleNames.Dutch(contact.Role)}");
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static ContactResponse ToResponse(Contact c) =>
        new(c.Id, c.Role.ToString(), ContactRoleNames.Dutch(c.Role), c.Name, c.Email, c.Phone);
}
