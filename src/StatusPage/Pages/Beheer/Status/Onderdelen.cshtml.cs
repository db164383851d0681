using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using StatusPage.Features;
using StatusPage.Persistence;
using StatusPage.Catalog;

namespace StatusPage.Pages.Beheer.Status;

/// <summary>The products and components the status page shows: add them, set a component's status by hand (or hand it
/// back to the derivation), and say which app features each component serves. Thin adapters over
/// <see cref="CatalogEditor"/> and <see cref="ComponentFeatures"/>.</summary>
[Authorize(Policy = Policies.Agent)]
internal sealed class OnderdelenModel(ComponentFeatures componentFeatures, CatalogEditor catalog, StatusPageDbContext db, IPublishedAppFeatures appFeatures) : PageModel
{
    [BindProperty] public Guid ComponentId { get; set; }
    [BindProperty] public List<string> FeatureKeys { get; set; } = [];
    [BindProperty] public string? ManualStatus { get; set; }
    [BindProperty] public Guid ProductId { get; set; }
    [BindProperty] public string? ComponentName { get; set; }
    [BindProperty] public string? ComponentGroup { get; set; }
    [BindProperty] public int ComponentSortOrder { get; set; }
    [BindProperty] public string? ProductSlug { get; set; }
    [BindProperty] public string? ProductName { get; set; }
    [BindProperty] public string? ProductDescription { get; set; }
    [BindProperty] public int ProductSortOrder { get; set; }
    [TempData] public string? Message { get; set; }

    internal List<Product> Products { get; private set; } = [];
    internal IReadOnlyList<AppFeature> Catalogue { get; private set; } = [];

    /// <summary>The error key of a component's status field and of a product's new-component name (one form each).</summary>
    internal static string StatusKey(Guid componentId) => $"status-{componentId:N}";

    internal static string NewComponentKey(Guid productId) => $"component-name-{productId:N}";

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await componentFeatures.SetAsync(ComponentId, FeatureKeys, PlatformClaims.UserId(User), ct);
        if (result.NotFound) return NotFound();
        return result.Into(ModelState, fieldName: _ => "") ? Done("De functies van het onderdeel zijn bewaard.") : await AgainAsync(ct);
    }

    public async Task<IActionResult> OnPostStatusAsync(CancellationToken ct)
    {
        var result = await catalog.SetManualStatusAsync(ComponentId, ManualStatus, PlatformClaims.UserId(User), ct);
        if (result.NotFound) return NotFound();
        return result.Into(ModelState, fieldName: _ => StatusKey(ComponentId))
            ? Done(result.Value!.ManualStatus is { } manual
                ? $"{result.Value.Name} staat nu met de hand op \"{manual.ToDutch()}\" tot je het terugzet op automatisch."
                : $"De status van {result.Value.Name} volgt weer de storingen en het onderhoud.")
            : await AgainAsync(ct);
    }

    public async Task<IActionResult> OnPostComponentAsync(CancellationToken ct)
    {
        var result = await catalog.AddComponentAsync(ProductId, new ComponentRequest(ComponentName, ComponentGroup, ComponentSortOrder), PlatformClaims.UserId(User), ct);
        if (result.NotFound) return NotFound();
        return result.Into(ModelState, fieldName: _ => NewComponentKey(ProductId))
            ? Done($"Onderdeel {result.Value!.Name} is toegevoegd; het staat nu op de statuspagina.")
            : await AgainAsync(ct);
    }

    public async Task<IActionResult> OnPostProductAsync(CancellationToken ct)
    {
        var result = await catalog.AddProductAsync(new ProductRequest(ProductSlug, ProductName, ProductDescription, ProductSortOrder), PlatformClaims.UserId(User), ct);
        return result.Into(ModelState, fieldName: f => f switch { "slug" => nameof(ProductSlug), "name" => nameof(ProductName), _ => "" })
            ? Done($"Product {result.Value!.Name} is toegevoegd. Voeg er nu onderdelen aan toe.")
            : await AgainAsync(ct);
    }

    private RedirectToPageResult Done(string message)
    {
        Message = message;
        return RedirectToPage();
    }

    private async Task<PageResult> AgainAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Products = await ManagementData.ProductsAsync(db, ct);
        Catalogue = appFeatures.Catalogue;
    }
}
