using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using StatusPage.Features;
using StatusPage.Persistence;
using StatusPage.Catalog;

namespace StatusPage.Pages.Beheer.Status;

/// <summary>Which app features each component serves; a thin adapter over <see cref="ComponentFeatures"/>.</summary>
[Authorize(Policy = Policies.Agent)]
internal sealed class OnderdelenModel(ComponentFeatures componentFeatures, StatusPageDbContext db, IPublishedAppFeatures appFeatures) : PageModel
{
    [BindProperty] public Guid ComponentId { get; set; }
    [BindProperty] public List<string> FeatureKeys { get; set; } = [];
    [TempData] public string? Message { get; set; }

    internal List<Product> Products { get; private set; } = [];
    internal IReadOnlyList<AppFeature> Catalogue { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await componentFeatures.SetAsync(ComponentId, FeatureKeys, PlatformClaims.UserId(User), ct);
        if (result.NotFound) return NotFound();
        if (result.Into(ModelState, fieldName: _ => ""))
        {
            Message = "De functies van het onderdeel zijn bewaard.";
            return RedirectToPage();
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Products = await ManagementData.ProductsAsync(db, ct);
        Catalogue = appFeatures.Catalogue;
    }
}
