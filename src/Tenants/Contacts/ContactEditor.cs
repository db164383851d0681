using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Outages;
using Tenants.Audit;
using Tenants.Domain.Checks;
using Tenants.Persistence;

namespace Tenants.Contacts;

/// <param name="SubscribeToStatusPage">Subscribe this contact to the status page, confirmed at once: the contract asks
/// customers to follow planned and unplanned unavailability there.</param>
/// <param name="StatusProduct">The status page product (slug or name); default "Mijn Burgerprofiel".</param>
public sealed record ContactRequest(string? Role, string? Name, string? Email, string? Phone,
    bool? SubscribeToStatusPage = null, string? StatusProduct = null);

/// <summary>A saved contact, and why the status page subscription asked for could not be made (null: none asked, or made).
/// The contact is saved either way.</summary>
internal sealed record ContactSaved(Contact Contact, string? StatusSubscriptionProblem);

/// <summary>Adds, changes and removes a tenant's contacts (the tenant filter applies: another tenant's contact is not found),
/// keeping the status page subscription in step: ticking subscribes the address, unticking, changing the address or
/// removing the contact ends the old address's subscription (unless another of the tenant's subscribed contacts shares it).</summary>
internal sealed class ContactEditor(TenantsDbContext db, IStatusSubscriptions statusPage, TimeProvider clock)
{
    public const string DefaultStatusProduct = "Mijn Burgerprofiel";

    public static string NoStatusProduct(string product) =>
        $"De contactpersoon is bewaard, maar niet ingeschreven op de statuspagina: het product '{product}' bestaat (nog) niet op de statuspagina.";

    public async Task<Outcome<ContactSaved>> AddAsync(ContactRequest request, Actor actor, CancellationToken ct)
    {
        var contact = new Contact { Id = Guid.NewGuid(), Name = "", Email = "" };
        if (Validate(request) is { } errors) return Outcome<ContactSaved>.Invalid(errors);
        var problem = await SyncSubscriptionAsync(contact, request, ct);
        db.Contacts.Add(contact);
        db.Record(db.CurrentTenantId!.Value, actor, clock.GetUtcNow(), "contact.added", $"Contactpersoon toegevoegd: {ContactRoleNames.Dutch(contact.Role)}");
        await db.SaveChangesAsync(ct);
        return Outcome<ContactSaved>.Success(new(contact, problem));
    }

    public async Task<Outcome<ContactSaved>> UpdateAsync(Guid id, ContactRequest request, Actor actor, CancellationToken ct)
    {
        if (await db.Contacts.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } contact) return Outcome<ContactSaved>.Missing();
        if (Validate(request) is { } errors) return Outcome<ContactSaved>.Invalid(errors);
        var problem = await SyncSubscriptionAsync(contact, request, ct);
        db.Record(db.CurrentTenantId!.Value, actor, clock.GetUtcNow(), "contact.updated", $"Contactpersoon gewijzigd: {ContactRoleNames.Dutch(contact.Role)}");
        await db.SaveChangesAsync(ct);
        return Outcome<ContactSaved>.Success(new(contact, problem));
    }

    public async Task<bool> RemoveAsync(Guid id, Actor actor, CancellationToken ct)
    {
        if (await db.Contacts.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } contact) return false;
        if (contact.StatusSubscribed) await UnsubscribeUnlessSharedAsync(contact.Id, contact.Email, ct);
        db.Contacts.Remove(contact);
        db.Record(db.CurrentTenantId!.Value, actor, clock.GetUtcNow(), "contact.removed", $"Contactpersoon verwijderd: {ContactRoleNames.Dutch(contact.Role)}");
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static Dictionary<string, string[]>? Validate(ContactRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<ContactRole>(request.Role, ignoreCase: true, out var role) || !Enum.IsDefined(role) || int.TryParse(request.Role, out _))
            errors["role"] = ["Kies een rol: " + string.Join(", ", Enum.GetNames<ContactRole>()) + "."];
        if (Check.Required(request.Name, "De naam", 200) is { } nameError) errors["name"] = [nameError];
        if (Check.Email(request.Email, "Het e-mailadres") is { } emailError) errors["email"] = [emailError];
        if (request.Phone is { Length: > 30 }) errors["phone"] = ["Het telefoonnummer is te lang (hoogstens 30 tekens)."];
        return errors.Count > 0 ? errors : null;
    }

    /// <summary>Applies the (valid) request and brings the status page in step; returns why a subscription asked for could
    /// not be made. Subscribing is idempotent and ending one is too, so a failed save leaves nothing wrong behind.</summary>
    private async Task<string?> SyncSubscriptionAsync(Contact contact, ContactRequest request, CancellationToken ct)
    {
        var (oldEmail, wasSubscribed) = (contact.Email, contact.StatusSubscribed);
        var newEmail = request.Email!.Trim();
        string? problem = null;
        var subscribed = false;
        if (request.SubscribeToStatusPage == true)
        {
            var product = string.IsNullOrWhiteSpace(request.StatusProduct) ? DefaultStatusProduct : request.StatusProduct.Trim();
            subscribed = await statusPage.SubscribeConfirmedAsync(newEmail, product, ct, db.CurrentTenantId);
            if (!subscribed) problem = NoStatusProduct(product);
        }
        // The old address leaves when the option is unticked, could not be kept, or the address changed.
        if (wasSubscribed && (!subscribed || !string.Equals(oldEmail, newEmail, StringComparison.OrdinalIgnoreCase)))
            await UnsubscribeUnlessSharedAsync(contact.Id, oldEmail, ct);
        contact.Role = Enum.Parse<ContactRole>(request.Role!, ignoreCase: true);
        contact.Name = request.Name!.Trim();
        contact.Email = newEmail;
        contact.Phone = string.IsNullOrWhiteSpace(request.Phone) ? null : request.Phone.Trim();
        contact.StatusSubscribed = subscribed;
        return problem;
    }

    private async Task UnsubscribeUnlessSharedAsync(Guid contactId, string email, CancellationToken ct)
    {
        var lower = email.ToLowerInvariant();
        var shared = (await db.Contacts.AsNoTracking().Where(c => c.Id != contactId && c.StatusSubscribed).Select(c => c.Email).ToListAsync(ct))
            .Any(e => e.ToLowerInvariant() == lower);
        if (!shared) await statusPage.UnsubscribeForTenantAsync(email, db.CurrentTenantId!.Value, cancellationToken: ct);
    }
}
