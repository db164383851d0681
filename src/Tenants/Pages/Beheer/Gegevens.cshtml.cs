using Platform.Kernel.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using Tenants.Audit;
using Tenants.Directory;
using Tenants.Onboarding;
using Tenants.Persistence;

namespace Tenants.Pages.Beheer;

/// <summary>A tenant's record: identity (name, NIS code, address, slug), inhabitants per year and the store publication
/// dates. Tenant admins read it; platform admins change it.</summary>
internal sealed class GegevensModel(TenantContext current, TenantsDbContext db, TenantRecordEditor editor, TimeProvider clock)
    : TenantPageModel(current)
{
    public bool IsPlatformAdmin => User.IsInRole(Roles.PlatformAdmin);
    public Tenant? Record { get; private set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? NewSlug { get; set; }
    [BindProperty] public string? NisCode { get; set; }
    [BindProperty] public string? Street { get; set; }
    [BindProperty] public string? PostalCode { get; set; }
    [BindProperty] public string? City { get; set; }
    [BindProperty] public string? Year { get; set; }
    [BindProperty] public string? Count { get; set; }
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public DateOnly? PublishedOn { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public DateOnly? AppStore { get; set; }
    [BindProperty] public DateOnly? PlayStore { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await FillAsync(ct, identity: true, stores: true);

    public async Task<IActionResult> OnPostIdentityAsync(CancellationToken ct)
    {
        if (!IsPlatformAdmin) return Forbid();
        var outcome = await editor.UpdateIdentityAsync(Current.TenantId!.Value,
            new TenantIdentityRequest(Name, NisCode, new AddressDto(Street, PostalCode, City), NewSlug), Actor.From(User), ct);
        if (outcome.Ok) return Done("De gegevens zijn bewaard.", outcome.Value!.Slug);
        return await RefusedAsync(outcome.FieldErrors(), ct, identity: false, stores: true);
    }

    public async Task<IActionResult> OnPostInhabitantsAsync(CancellationToken ct)
    {
        if (!IsPlatformAdmin) return Forbid();
        var (year, yearError) = DutchNumbers.Whole(Year, "Het jaar");
        var (count, countError) = DutchNumbers.Whole(Count, "Het aantal inwoners");
        if (yearError is not null || countError is not null)
        {
            var errors = new Dictionary<string, string[]>();
            if (yearError is not null) errors["year"] = [yearError];
            if (countError is not null) errors["count"] = [countError];
            return await RefusedAsync(errors, ct, identity: true, stores: true);
        }
        var outcome = await editor.SetInhabitantsAsync(Current.TenantId!.Value, year!.Value,
            new InhabitantCountRequest(count, Source, PublishedOn, Reason), Actor.From(User), ct);
        return outcome.Ok
            ? Done($"Inwoners op 1 januari {year}: {Dutch.Number(count!.Value)} bewaard.", Slug)
            : await RefusedAsync(outcome.FieldErrors(), ct, identity: true, stores: true);
    }

    public async Task<IActionResult> OnPostStoresAsync(CancellationToken ct)
    {
        if (!IsPlatformAdmin) return Forbid();
        var outcome = await editor.SetGoLiveAsync(Current.TenantId!.Value, new GoLiveRequest(AppStore, PlayStore), Actor.From(User), ct);
        return outcome.Ok ? Done("De publicatiedatums zijn bewaard.", Slug) : await RefusedAsync(outcome.FieldErrors(), ct, identity: true, stores: false);
    }

    private async Task<IActionResult> RefusedAsync(Dictionary<string, string[]> errors, CancellationToken ct, bool identity, bool stores)
    {
        foreach (var (k, v) in errors) Errors[k] = v;
        await FillAsync(ct, identity, stores);
        return Page();
    }

    private RedirectResult Done(string message, string slug)
    {
        TempData["message"] = message;
        return Redirect($"/beheer/{slug}/gegevens");
    }

    private async Task FillAsync(CancellationToken ct, bool identity, bool stores)
    {
        Message ??= TempData["message"] as string;
        Record = await db.Tenants.AsNoTracking().Include(t => t.Inhabitants).FirstAsync(t => t.Id == Current.TenantId, ct);
        if (identity)
        {
            (Name, NewSlug, NisCode) = (Record.Name, Record.Slug, Record.NisCode);
            (Street, PostalCode, City) = (Record.Address.Street, Record.Address.PostalCode, Record.Address.City);
        }
        if (stores) (AppStore, PlayStore) = (Record.AppStoreDate, Record.PlayStoreDate);
        Year ??= Dutch.Today(clock).Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
