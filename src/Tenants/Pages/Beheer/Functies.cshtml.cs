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
    public sealed record Row(string Key, string Name, string Description, bool Core, string Availability, bool CanEnable, bool Enabled, string Settings, string Example);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string? ErrorKey { get; private set; }

    /// <summary>A valid example per feature, shown as a starting point.</summary>
    private static readonly Dictionary<string, string> Examples = new()
    {
        ["appointments"] = """{ "bookingUrl": "https://afspraken.stad.be" }""",
        ["report-issue"] = """{ "mailbox": "meldingen@stad.be", "categories": [ { "name": "Zwerfvuil" } ] }""",
        ["waste-calendar"] = """{ "provider": "custom", "calendarUrl": "https://www.stad.be/afvalkalender" }""",
        ["local-news"] = """{ "feedUrl": "https://www.stad.be/nieuws.xml", "maxItems": 10 }""",
        ["events-nearby"] = """{ "postalCodes": [ "9000" ], "radiusKm": 5 }""",
        ["contact-options"] = """{ "services": [] }""",
        ["wallet"] = """{ "offlineKinds": [ "certificates", "cards" ] }""",
    };

    public async Task OnGetAsync(CancellationToken ct) => await FillAsync(null, null, ct);

    public async Task<IActionResult> OnPostAsync(string key, bool enabled, string? settings, CancellationToken ct)
    {
        var errors = await editor.SetFeatureAsync(key, enabled, settings, Actor.From(User), ct);
        if (errors.Count == 0) return RedirectToPage(new { tenant = Slug, bewaard = key });
        AddErrors(errors);
        ErrorKey = key;
        await FillAsync(key, settings, ct);
        return Page();
    }

    private async Task FillAsync(string? postedKey, string? postedSettings, CancellationToken ct)
    {
        if (Request.Query["bewaard"].ToString() is { Length: > 0 } saved && FeatureCatalogue.Find(saved) is { } f)
            Message = $"\"{f.Name}\" is bewaard in het concept.";
        var draft = await editor.DraftAsync(ct);
        var offer = await FeatureOffer.ReadAsync(db, ct);
        Rows = FeatureCatalogue.All.Select(f =>
        {
            var entry = draft.Feature(f.Key);
            var settings = f.Key == postedKey ? postedSettings ?? "" : entry?.SettingsJson ?? "";
            return new Row(f.Key, f.Name, f.Description, f.IsCore, FeaturesApi.Dutch(offer[f.Key]),
                FeatureCatalogue.CannotEnable(f, offer[f.Key]) is null, f.IsCore || entry is not null, settings, Examples.GetValueOrDefault(f.Key, ""));
        }).ToList();
    }
}
