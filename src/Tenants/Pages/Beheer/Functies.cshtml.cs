using Microsoft.AspNetCore.Mvc;
using Platform.Kernel.Tenancy;
using Tenants.AppConfig;
using Tenants.Audit;
using Tenants.Catalogue;
using Tenants.Domain.Features;
using Tenants.Persistence;

namespace Tenants.Pages.Beheer;

internal sealed class FunctiesModel(TenantContext current, AppConfigEditor editor, TenantsDbContext db) : TenantPageModel(current)
{
    public sealed record Row(string Key, string Name, string Description, bool Core, string Availability, bool CanEnable, bool Enabled, bool InDraft,
        IReadOnlyList<SettingsForm.Field> Fields, Dictionary<string, string[]> Values);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string? ErrorKey { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await FillAsync(null, ct);

    public async Task<IActionResult> OnPostAsync(string key, bool enabled, CancellationToken ct)
    {
        if (FeatureCatalogue.Find(key) is not { IsCore: false } feature) return NotFound();
        var (json, formErrors) = SettingsForm.Read(SettingsForm.For(feature), Request.Form);
        if (formErrors.Count == 0)
        {
            var errors = await editor.SetFeatureAsync(key, enabled, enabled ? json : null, Actor.From(User), ct);
            if (errors.Count == 0) return RedirectToPage(new { tenant = Slug, bewaard = key });
            AddErrors(errors);
        }
        foreach (var (k, v) in formErrors) Errors[k] = v;
        ErrorKey = key;
        await FillAsync(feature, ct);
        return Page();
    }

    /// <summary>The error for one settings field: its own path or anything nested under it (categories[0].name).</summary>
    public string? SettingError(string field) =>
        Errors.Where(e => e.Key == "settings." + field || e.Key.StartsWith("settings." + field + "[", StringComparison.Ordinal)
                          || e.Key.StartsWith("settings." + field + ".", StringComparison.Ordinal))
            .SelectMany(e => e.Value).ToList() is { Count: > 0 } m ? string.Join(" ", m) : null;

    public string? GeneralError() =>
        Errors.Where(e => !e.Key.StartsWith("settings.", StringComparison.Ordinal) || e.Key == "settings").SelectMany(e => e.Value).ToList()
            is { Count: > 0 } m ? string.Join(" ", m) : null;

    private async Task FillAsync(FeatureDefinition? posted, CancellationToken ct)
    {
        if (Request.Query["bewaard"].ToString() is { Length: > 0 } saved && FeatureCatalogue.Find(saved) is { } f)
            Message = $"\"{f.Name}\" is bewaard in het concept.";
        var draft = await editor.DraftAsync(ct);
        var offer = await FeatureOffer.ReadAsync(db, ct);
        Rows = FeatureCatalogue.All.Select(f =>
        {
            var entry = draft.Feature(f.Key);
            var fields = SettingsForm.For(f);
            var values = f == posted
                ? fields.ToDictionary(x => x.Name, x => Request.Form["s." + x.Name].Select(v => v ?? "").ToArray())
                : SettingsForm.Values(fields, entry?.SettingsJson);
            return new Row(f.Key, f.Name, f.Description, f.IsCore, FeaturesApi.Dutch(offer[f.Key]),
                FeatureCatalogue.CannotEnable(f, offer[f.Key]) is null,
                f == posted ? Request.Form["enabled"] == "true" : f.IsCore || entry is not null, f.IsCore || entry is not null, fields, values);
        }).ToList();
    }
}
