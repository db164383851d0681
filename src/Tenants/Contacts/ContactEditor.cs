using Microsoft.EntityFrameworkCore;
using StatusPage;
using Tenants.Audit;
using Tenants.Common;
using Tenants.Domain.Checks;
using Tenants.Persistence;

namespace Tenants.Contacts;

/// <param name="SubscribeToStatusPage">Subscribe this contact to the status page, confirmed at once: the contract asks
/// customers to follow planned and unplanned unavailability there.</param>
/// <param name="StatusProduct">The status page product (slug or name); default "Mijn Burgerprofiel".</param>
public sealed record ContactRequest(string? Role, string? Name, string? Email, string? Phone,
    bool? SubscribeToStatusPage = null, string? StatusProduct = null);

/// <summary>Adds, changes and removes a tenant's contacts (the tenant filter applies: another tenant's contact is not found).</summary>
internal sealed class ContactEditor(TenantsDbContext db, IStatusSubscriptions statusPage, TimeProvider clock)
{
    public const string DefaultStatusProduct = "Mijn Burgerprofiel";

    public async Task<Outcome<Contact>> AddAsync(ContactRequest request, Actor actor, CancellationToken ct)
    {
        var contact = new Contact { Id = Guid.NewGuid(), Name = "", Email = "" };
        var outcome = await ApplyAsync(contact, request, ct);
        if (!outcome.Ok) return outcome;
        db.Contacts.Add(contact);
        db.Record(db.CurrentTenantId!.Value, actor, clock.GetUtcNow(), "contact.added", $"Contactpersoon toegevoegd: {ContactRoleNames.Dutch(contact.Role)}");
        await db.SaveChangesAsync(ct);
        return outcome;
    }

    public async Task<Outcome<Contact>> UpdateAsync(Guid id, ContactRequest request, Actor actor, CancellationToken ct)
    {
        if (await db.Contacts.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } contact) return Outcome<Contact>.Missing();
        var outcome = await ApplyAsync(contact, request, ct);
        if (!outcome.Ok) return outcome;
        db.Record(db.CurrentTenantId!.Value, actor, clock.GetUtcNow(), "contact.updated", $"Contactpersoon gewijzigd: {ContactRoleNames.Dutch(contact.Role)}");
        await db.SaveChangesAsync(ct);
        return outcome;
    }

    public async Task<bool> RemoveAsync(Guid id, Actor actor, CancellationToken ct)
    {
        if (await db.Contacts.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } contact) return false;
        db.Contacts.Remove(contact);
        db.Record(db.CurrentTenantId!.Value, actor, clock.GetUtcNow(), "contact.removed", $"Contactpersoon verwijderd: {ContactRoleNames.Dutch(contact.Role)}");
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<Outcome<Contact>> ApplyAsync(Contact contact, ContactRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<ContactRole>(request.Role, ignoreCase: true, out var role) || !Enum.IsDefined(role) || int.TryParse(request.Role, out _))
            errors["role"] = ["Kies een rol: " + string.Join(", ", Enum.GetNames<ContactRole>()) + "."];
        if (Check.Required(request.Name, "De naam", 200) is { } nameError) errors["name"] = [nameError];
        if (Check.Email(request.Email, "Het e-mailadres") is { } emailError) errors["email"] = [emailError];
        if (request.Phone is { Length: > 30 }) errors["phone"] = ["Het telefoonnummer is te lang (hoogstens 30 tekens)."];
        if (errors.Count > 0) return Outcome<Contact>.Invalid(errors);
        // Subscribing is idempotent, so it goes first: an unknown product refuses the request before anything is saved.
        if (request.SubscribeToStatusPage == true
            && !await statusPage.SubscribeConfirmedAsync(request.Email!.Trim(), request.StatusProduct ?? DefaultStatusProduct, ct, db.CurrentTenantId))
            return Outcome<Contact>.Invalid("statusProduct", "Dit product bestaat niet op de statuspagina.");
        contact.Role = role;
        contact.Name = request.Name!.Trim();
        contact.Email = request.Email!.Trim();
        contact.Phone = string.IsNullOrWhiteSpace(request.Phone) ? null : request.Phone.Trim();
        contact.StatusSubscribed |= request.SubscribeToStatusPage == true;
        return Outcome<Contact>.Success(contact);
    }
}
