using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Platform.Kernel.Tenancy;
using Tenants.AppConfig;
using Tenants.Audit;
using Tenants.Domain.HouseStyle;

namespace Tenants.Pages.Beheer;

internal sealed class HuisstijlModel(TenantContext current, AppConfigEditor editor) : TenantPageModel(current)
{
    [BindProperty] public string AppName { get; set; } = "";
    [BindProperty] public Dictionary<string, string> Colors { get; set; } = new();

    /// <summary>The colour pickers beside the hex fields, and the value each picker was shown with: a picker that was
    /// moved wins over its hex field (no JavaScript needed to keep them in step).</summary>
    [BindProperty] public Dictionary<string, string> Pickers { get; set; } = new();
    [BindProperty] public Dictionary<string, string> PickersShown { get; set; } = new();

    public string? LogoUrl { get; private set; }

    public IReadOnlyList<(string Label, string Ratio, bool Ok)> Ratios { get; private set; } = [];

    public static IReadOnlyList<(string Field, string Label)> Fields => BrandingDocument.Fields;

    public async Task OnGetAsync(CancellationToken ct) => Fill((await editor.DraftAsync(ct)).Branding, await LogoAsync(ct));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var branding = new BrandingDocument(AppName ?? "", C("primary"), C("textOnPrimary"), C("secondary"), C("textOnSecondary"),
            C("accent"), C("textOnAccent"), C("background"), C("text"));
        var errors = await editor.SetBrandingAsync(branding, Actor.From(User), ct);
        if (errors.Count == 0) return RedirectToPage(new { tenant = Slug, bewaard = 1 });
        AddErrors(errors);
        Fill(branding, await LogoAsync(ct));
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveLogoAsync(CancellationToken ct)
    {
        await editor.RemoveLogoAsync(Actor.From(User), ct);
        return RedirectToPage(null, null, new { tenant = Slug, bewaard = 3 }, "logo-title");
    }

    /// <summary>The value a colour picker shows for a hex text (pickers only take #rrggbb).</summary>
    public static string PickerValue(string? hex) =>
        HexColor.TryParse(hex ?? "", out var c, out _) ? c.ToString().ToLowerInvariant() : "#000000";

    public async Task<IActionResult> OnPostLogoAsync(IFormFile? logo, CancellationToken ct)
    {
        var draft = await editor.DraftAsync(ct);
        if (logo is null || logo.Length == 0) Errors["logo"] = ["Kies een PNG- of SVG-bestand."];
        else if (logo.Length > LogoRules.MaxBytes * 2L) Errors["logo"] = [$"Het logo is te groot; maximaal {LogoRules.MaxBytes / 1024} KB is toegestaan."];
        else
        {
            using var buffer = new MemoryStream();
            await logo.CopyToAsync(buffer, ct);
            var check = await editor.SetLogoAsync(buffer.ToArray(), Actor.From(User), ct);
            if (check.Error is null) return RedirectToPage(new { tenant = Slug, bewaard = 2 });
            Errors["logo"] = [check.Error];
        }
        Fill(draft.Branding, await LogoAsync(ct));
        return Page();
    }

    private string C(string field) =>
        Pickers.GetValueOrDefault(field) is { Length: > 0 } picked && !string.Equals(picked, PickersShown.GetValueOrDefault(field), StringComparison.OrdinalIgnoreCase)
            ? picked.ToUpperInvariant()
            : Colors.GetValueOrDefault(field) ?? "";

    private async Task<string?> LogoAsync(CancellationToken ct) =>
        (await editor.DraftAsync(ct)).Logo is { } l ? $"/api/apps/{Slug}/logo/{l.FileName}" : null;

    private void Fill(BrandingDocument b, string? logoUrl)
    {
        Message = Request.Query["bewaard"] == "1" ? "De huisstijl is bewaard in het concept." : Request.Query["bewaard"] == "2" ? "Het logo is bewaard in het concept."
            : Request.Query["bewaard"] == "3" ? "Het logo is uit het concept verwijderd; de app toont dan de naam van de app." : null;
        AppName = b.AppName;
        Colors = BrandingDocument.Fields.ToDictionary(f => f.Field, f => b.Color(f.Field));
        LogoUrl = logoUrl;
        Ratios = b.TryToBranding(out var parsed, out _)
            ? BrandingRules.Ratios(parsed).Select(r => (r.Pair.Name, r.Ratio.ToString(), r.Ratio.Meets(ContrastRatio.AaNormalText))).ToList()
            : [];
    }
}
