using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using Platform.Kernel.Tenancy;
using Tenants.AppConfig;
using Tenants.Audit;
using Tenants.Domain.Checks;
using Tenants.Domain.Identity;
using Tenants.Onboarding;
using Tenants.Persistence;

namespace Tenants.Directory;

/// <param name="Slug">A new slug keeps the old one as an alias: old links and app builds keep working.</param>
public sealed record TenantIdentityRequest(string? Name, string? NisCode, AddressDto? Address, string? Slug);

/// <param name="Reason">Required when the year already has a different number (a correction).</param>
public sealed record InhabitantCountRequest(int? Count, string? Source, DateOnly? PublishedOn = null, string? Reason = null);

/// <summary>Changes to a tenant's record after onboarding: identity (name, NIS code, address, slug), inhabitants per year
/// and the store publication dates. Used by the API and the pages alike; every change is audited.</summary>
internal sealed class TenantRecordEditor(TenantsDbContext db, ITenantStore store, AppConfigCache appConfig, TimeProvider clock)
{
    public async Task<Outcome<Tenant>> UpdateIdentityAsync(Guid tenantId, TenantIdentityRequest request, Actor actor, CancellationToken ct)
    {
        if (await LoadAsync(tenantId, ct) is not { } t) return Outcome<Tenant>.Missing();
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string? error) { if (error is not null) errors[field] = [error]; }
        Add("name", Check.Required(request.Name, "De officiële naam", 200));
        if (!Slug.TryParse(request.Slug, out var slug, out var slugError)) Add("slug", slugError);
        if (!string.IsNullOrWhiteSpace(request.NisCode) && !NisCode.TryParse(request.NisCode, out _, out var nisError)) Add("nisCode", nisError);
        Add("address.street", Check.Required(request.Address?.Street, "De straat en het huisnummer", 200));
        Add("address.postalCode", Check.PostalCode(request.Address?.PostalCode));
        Add("address.city", Check.Required(request.Address?.City, "De gemeente", 100));
        if (errors.Count > 0) return Outcome<Tenant>.Invalid(errors);

        var newSlug = slug.Value;
        var oldSlug = t.Slug;
        if (newSlug != oldSlug && (await db.Tenants.AnyAsync(x => x.Slug == newSlug && x.Id != t.Id, ct)
                                   || await db.PreviousSlugs.AnyAsync(p => p.Slug == newSlug && p.TenantId != t.Id, ct)))
            return Outcome<Tenant>.Conflicting("Deze adresnaam is (of was) al in gebruik door een ander lokaal bestuur.", "slug");

        var changes = new List<string>();
        void Change<TV>(string label, TV before, TV after, Action set)
        {
            if (EqualityComparer<TV>.Default.Equals(before, after)) return;
            set();
            changes.Add($"{label}: {before?.ToString() ?? "–"} → {after?.ToString() ?? "–"}");
        }
        var nis = string.IsNullOrWhiteSpace(request.NisCode) ? null : request.NisCode.Trim();
        var address = new PostalAddress(request.Address!.Street!.Trim(), request.Address.PostalCode!.Trim(), request.Address.City!.Trim());
        Change("naam", t.Name, request.Name!.Trim(), () => t.Name = request.Name!.Trim());
        Change("NIS-code", t.NisCode, nis, () => t.NisCode = nis);
        Change("adres", $"{t.Address.Street}, {t.Address.PostalCode} {t.Address.City}", $"{address.Street}, {address.PostalCode} {address.City}",
            () => t.Address = address);
        Change("slug", oldSlug, newSlug, () => t.Slug = newSlug);
        if (changes.Count == 0) return Outcome<Tenant>.Success(t);

        var now = clock.GetUtcNow();
        if (newSlug != oldSlug)
        {
            // The new slug may be one this tenant had before: it is no longer an alias then.
            await db.PreviousSlugs.Where(p => p.Slug == newSlug).ExecuteDeleteAsync(ct);
            db.PreviousSlugs.Add(new PreviousSlug { Slug = oldSlug, TenantId = t.Id, ChangedAt = now });
        }
        db.Record(t.Id, actor, now, "tenant.identity.updated", "Gegevens gewijzigd: " + string.Join("; ", changes));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Outcome<Tenant>.Conflicting("Deze adresnaam is (of was) al in gebruik door een ander lokaal bestuur.", "slug");
        }
        // Name and slug are in the cached tenant and in the published app configuration: both are dropped on every node at once.
        store.Invalidate(t.Id);
        await appConfig.PublishedAsync(t.Id, ct);
        return Outcome<Tenant>.Success(t);
    }

    public async Task<Outcome<Tenant>> SetInhabitantsAsync(Guid tenantId, int year, InhabitantCountRequest request, Actor actor, CancellationToken ct)
    {
        if (await LoadAsync(tenantId, ct) is not { } t) return Outcome<Tenant>.Missing();
        var errors = new Dictionary<string, string[]>();
        var today = Dutch.Today(clock);
        if (OnboardingValidation.InhabitantYear(year, today.Year) is { } yearError) errors["year"] = [yearError];
        if (OnboardingValidation.InhabitantCount(request.Count) is { } countError) errors["count"] = [countError];
        if (Check.Optional(request.Source, "De bron", 200) is { } sourceError) errors["source"] = [sourceError];
        if (request.PublishedOn is { } published && (published > today || published.Year < OnboardingValidation.FirstInhabitantsYear))
            errors["publishedOn"] = ["De publicatiedatum ligt in de toekomst of te ver in het verleden."];
        var existing = t.Inhabitants.FirstOrDefault(i => i.Year == year);
        var correction = existing is not null && existing.Count != request.Count;
        if (correction && Check.Required(request.Reason, "De reden van de correctie", 500) is { } reasonError) errors["reason"] = [reasonError];
        if (errors.Count > 0) return Outcome<Tenant>.Invalid(errors);

        var count = request.Count!.Value;
        var source = string.IsNullOrWhiteSpace(request.Source) ? existing?.Source ?? InhabitantCount.DefaultSource : request.Source.Trim();
        var details = $"Inwoners op 1 januari {year}: {Dutch.Number(count)} (bron: {source}" +
                      (request.PublishedOn is { } p ? $", gepubliceerd op {Dutch.Date(p)}" : "") + ")";
        if (existing is null)
            t.Inhabitants.Add(new InhabitantCount { TenantId = t.Id, Year = year, Count = count, Source = source, PublishedOn = request.PublishedOn });
        else
        {
            if (correction) details += $"; gecorrigeerd van {Dutch.Number(existing.Count)}, reden: {request.Reason!.Trim()}";
            existing.Count = count;
            existing.Source = source;
            existing.PublishedOn = request.PublishedOn ?? existing.PublishedOn;
        }
        db.Record(t.Id, actor, clock.GetUtcNow(), correction ? "inhabitants.corrected" : "inhabitants.updated", details);
        await db.SaveChangesAsync(ct);
        return Outcome<Tenant>.Success(t);
    }

    public async Task<Outcome<Tenant>> SetGoLiveAsync(Guid tenantId, GoLiveRequest request, Actor actor, CancellationToken ct)
    {
        if (await LoadAsync(tenantId, ct) is not { } t) return Outcome<Tenant>.Missing();
        var errors = new Dictionary<string, string[]>();
        var latest = Dutch.Today(clock).AddYears(1);
        if (request.AppStore is { } a && (a.Year < 2018 || a > latest)) errors["appStore"] = ["De publicatiedatum in de App Store ligt te ver in het verleden of de toekomst."];
        if (request.PlayStore is { } g && (g.Year < 2018 || g > latest)) errors["playStore"] = ["De publicatiedatum in Google Play ligt te ver in het verleden of de toekomst."];
        if (errors.Count > 0) return Outcome<Tenant>.Invalid(errors);
        t.AppStoreDate = request.AppStore;
        t.PlayStoreDate = request.PlayStore;
        db.Record(t.Id, actor, clock.GetUtcNow(), "golive.updated",
            $"Publicatiedatums: App Store {(request.AppStore is { } x ? Dutch.Date(x) : "–")}, Google Play {(request.PlayStore is { } y ? Dutch.Date(y) : "–")}");
        await db.SaveChangesAsync(ct);
        return Outcome<Tenant>.Success(t);
    }

    /// <summary>The local government's own reference or order number printed on its invoices (Peppol BT-10); empty clears
    /// it. Audited only when it changes.</summary>
    public async Task<Outcome<Tenant>> SetInvoiceReferenceAsync(Guid tenantId, string? reference, Actor actor, CancellationToken ct)
    {
        if (await LoadAsync(tenantId, ct) is not { } t) return Outcome<Tenant>.Missing();
        var (value, error) = TenantInvoiceReference.Parse(reference);
        if (error is not null) return Outcome<Tenant>.Invalid("reference", error);
        if (t.InvoiceReference == value) return Outcome<Tenant>.Success(t);
        t.InvoiceReference = value;
        db.Record(t.Id, actor, clock.GetUtcNow(), "invoice-reference.updated",
            value is null ? "Referentie voor facturen gewist" : $"Referentie voor facturen: {value}");
        await db.SaveChangesAsync(ct);
        return Outcome<Tenant>.Success(t);
    }

    private Task<Tenant?> LoadAsync(Guid id, CancellationToken ct) =>
        db.Tenants.Include(t => t.Inhabitants).FirstOrDefaultAsync(t => t.Id == id, ct);
}
