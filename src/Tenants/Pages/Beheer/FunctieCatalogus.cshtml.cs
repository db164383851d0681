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

    /// <summary>The confirmation (with the reason for the mail) before a suspension or withdrawal reaches every tenant using it.</summary>
    public Platform.Kernel.Web.Confirmation? Confirm { get; private set; }

    public async Task<IActionResult> OnPostAsync(string key, FeatureAvailability availability, bool confirmed, string? reason, CancellationToken ct)
    {
        if (FeatureCatalogue.Find(key) is not { } feature) return NotFound();
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (availability != FeatureAvailability.Available)
        {
            var current = (await FeatureOffer.ReadAsync(db, ct))[feature.Key];
            string? error = reason is null ? "Geef een reden: ze staat in de e-mail aan de lokale besturen."
                : reason.Length > FeatureAvailabilityService.ReasonMaxLength ? $"De reden is te lang (hoogstens {FeatureAvailabilityService.ReasonMaxLength} tekens)." : null;
            if (current != availability && (!confirmed || error is not null))
            {
                await OnGetAsync(ct);
                var tenants = await service.CountTenantsUsingAsync(feature.Key, ct);
                var verb = availability == FeatureAvailability.Suspended ? "opschorten" : "intrekken";
                Confirm = new Platform.Kernel.Web.Confirmation($"\"{feature.Name}\" {verb}?", Url.Page("FunctieCatalogus")!,
                    $"Ja, \"{feature.Name}\" {verb} en e-mail versturen", "/beheer/functies")
                {
                    Lines =
                    [
                        availability == FeatureAvailability.Suspended
                            ? "De functie verdwijnt tijdelijk uit de apps; de instellingen van de lokale besturen blijven bewaard."
                            : "De functie wordt niet langer aangeboden en verdwijnt uit de apps.",
                        tenants == 1 ? "1 lokaal bestuur gebruikt de functie en krijgt een e-mail met de reden."
                            : $"{tenants} lokale besturen gebruiken de functie en krijgen een e-mail met de reden.",
                    ],
                    Facts = [new("Functie", feature.Name), new("Nu", current.ToDutch()), new("Wordt", availability.ToDutch()),
                        new("Lokale besturen die een e-mail krijgen", tenants.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                    Hidden = [new("key", feature.Key), new("availability", availability.ToString()), new("confirmed", "true")],
                    Reason = new Platform.Kernel.Web.ConfirmationReason("reason", "Reden (staat in de e-mail)",
                        "Bv. \"Een storing bij de leverancier van de betaaldienst; we verwachten een oplossing tegen maandag.\"",
                        reason),
                };
                if (confirmed && error is not null) ModelState.AddModelError("reason", error);
                if (confirmed && error is not null) Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status400BadRequest;
                return Page();
            }
        }
        var change = await service.ChangeAsync(feature, availability, Actor.From(User), ct, reason);
        TempData["message"] = change is null
            ? $"\"{feature.Name}\" was al {availability.ToDutch()}."
            : $"\"{feature.Name}\" is nu {availability.ToDutch()}." + (availability == FeatureAvailability.Available ? "" : " De lokale besturen die de functie gebruiken, kregen een e-mail.");
        return RedirectToPage();
    }
}
