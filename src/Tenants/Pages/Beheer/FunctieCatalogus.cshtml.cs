using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Security;
using Tenants.Audit;
using Tenants.Catalogue;
using Tenants.Domain.Features;
using Tenants.Persistence;

namespace Tenants.Pages.Beheer;

/// <summary>Platform admins set each feature's availability; suspending or withdrawing notifies the tenants using it.</summary>
[Authorize(Policy = Policies.PlatformAdmin)]
internal sealed class FunctieCatalogusModel(TenantsDbContext db, FeatureAvailabilityService service) : PageModel
{
    public IReadOnlyList<(FeatureDefinition Feature, FeatureAvailability Availability)> Features { get; private set; } = [];

    public string? Message { get; private set; }

    public static IReadOnlyList<FeatureAvailability> Choices => Enum.GetValues<FeatureAvailability>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Message = TempData["message"] as string;
        var offer = await FeatureOffer.ReadAsync(db, ct);
        Features = FeatureCatalogue.All.Select(f => (f, offer[f.Key])).ToList();
    }

    public async Task<IActionResult> OnPostAsync(string key, FeatureAvailability availability, CancellationToken ct)
    {
        if (FeatureCatalogue.Find(key) is not { } feature) return NotFound();
        var change = await service.ChangeAsync(feature, availability, Actor.From(User), ct);
        TempData["message"] = change is null
            ? $"\"{feature.Name}\" was al {FeaturesApi.Dutch(availability)}."
            : $"\"{feature.Name}\" is nu {FeaturesApi.Dutch(availability)}." + (availability == FeatureAvailability.Available ? "" : " De lokale besturen die de functie gebruiken, kregen een e-mail.");
        return RedirectToPage();
    }
}
