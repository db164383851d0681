using Platform.Kernel.Tenancy;
using Tenants.AppConfig;
using Tenants.Catalogue;
using Tenants.Domain.Features;
using Tenants.Persistence;

namespace Tenants.Pages.Beheer;

/// <summary>The app's home screen with the draft: colours come from a stylesheet built from the draft (the CSP
/// allows no inline styles).</summary>
internal sealed class VoorbeeldModel(TenantContext current, AppConfigEditor editor, TenantsDbContext db) : TenantPageModel(current)
{
    public string AppName { get; private set; } = "";
    public string? LogoUrl { get; private set; }
    public IReadOnlyList<(string Name, string Description)> Features { get; private set; } = [];
    public long Stamp { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var (draft, at, _) = await editor.DraftWithStampAsync(ct);
        var offer = await FeatureOffer.ReadAsync(db, ct);
        AppName = draft.Branding.AppName;
        LogoUrl = draft.Logo is { } l ? $"/api/apps/{Slug}/logo/{l.FileName}" : null;
        Features = FeatureCatalogue.All.Where(f => FeatureCatalogue.IsPublished(f, offer[f.Key], draft.Feature(f.Key) is not null))
            .Select(f => (f.Name, f.Description)).ToList();
        Stamp = at?.ToUnixTimeMilliseconds() ?? 0;
    }
}
