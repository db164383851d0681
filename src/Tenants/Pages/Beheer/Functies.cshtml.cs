using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Platform.Kernel.Tenancy;
using Tenants.AppConfig;
using Tenants.Audit;
using Tenants.Catalogue;
using Tenants.Domain;
using Tenants.Domain.Features;
using Tenants.Domain.Features.Settings;
using Tenants.Persistence;

namespace Tenants.Pages.Beheer;

/// <summary>All additional features of the draft in one form with one "Bewaren": fields instead of JSON, rows added,
/// removed and moved by submit buttons (<see cref="FormRows"/>), every error next to its field and in the summary
/// (ADR 0023: under the field's input name in the model state, shown by the kernel's tag helpers).</summary>
internal sealed partial class FunctiesModel(TenantContext current, AppConfigEditor editor, TenantsDbContext db) : TenantPageModel(current)
{
    public sealed record Row(string Key, string Name, string Description, bool Core, string Availability, bool Editable, bool Enabled, bool InDraft,
        IReadOnlyList<SettingsForm.Field> Fields, IReadOnlyDictionary<string, string[]> Values);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public static string Id(string feature, string path = "") =>
        "f-" + feature + (path.Length == 0 ? "" : "-" + NotIdChars().Replace(path, "-").Trim('-'));

    public static string Name(string feature, string path) => $"f.{feature}.{path}";

    /// <summary>The model state key of an error on a feature's form path: the field's input name, or the name of the
    /// feature's "aanzetten" check box for the feature's own errors (path "").</summary>
    public static string Key(string feature, string path) => path.Length == 0 ? "e." + feature : Name(feature, path);

    /// <summary>Where an error is, as the summary says it before the message: the feature, and its row
    /// ("Contactopties, dienst 2").</summary>
    public static string Context(Row row, string path)
    {
        var match = RowPath().Match(path);
        if (!match.Success) return row.Name;
        var noun = match.Groups[1].Value == "services" ? "dienst" : "categorie";
        return $"{row.Name}, {noun} {int.Parse(match.Groups[2].Value) + 1}";
    }

    public static int MaxRows(SettingsForm.Kind kind) =>
        kind == SettingsForm.Kind.Services ? ContactOptionsSettings.MaxServices : ReportIssueSettings.MaxCategories;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Request.Query.ContainsKey("bewaard")) Message = "De functies zijn bewaard in het concept.";
        await FillAsync(null, ct);
    }

    public async Task<IActionResult> OnPostAsync(string? op, string? anchor, CancellationToken ct)
    {
        var editable = await EditableAsync(ct);
        var posted = editable.ToDictionary(f => f.Key, f => Posted(f.Key));
        if (FormRows.Parse(op) is { } command)
        {
            if (editable.FirstOrDefault(f => f.Key == command.Feature) is { } feature
                && SettingsForm.For(feature).FirstOrDefault(f => f.Name == command.List && f.Kind is SettingsForm.Kind.Services or SettingsForm.Kind.Categories) is { } list)
                posted[feature.Key] = FormRows.Apply(posted[feature.Key], list.Name, [.. SettingsForm.RowFields(list.Kind).Select(r => r.Path)],
                    command.Op, command.Row, MaxRows(list.Kind)).Values;
            else if (editable.FirstOrDefault(f => f.Key == command.Feature) is { } owner && ExceptionsList().IsMatch(command.List)
                && SettingsForm.For(owner).Any(f => f.Kind == SettingsForm.Kind.Services))
                posted[owner.Key] = FormRows.Apply(posted[owner.Key], command.List, [.. SettingsForm.ExceptionFields.Select(r => r.Path)],
                    command.Op, command.Row, OpeningHours.MaxExceptions).Values;
            await FillAsync(posted, ct);
            return Page();
        }

        var reads = editable.ToDictionary(f => f.Key, f => SettingsForm.Read(SettingsForm.For(f), posted[f.Key]));
        var formErrors = reads.Where(r => Enabled(r.Key) && r.Value.Errors.Count > 0).ToDictionary(r => r.Key, r => r.Value.Errors);
        if (formErrors.Count == 0)
        {
            var changes = editable.Select(f => new FeatureChange(f.Key, Enabled(f.Key), reads[f.Key].Json)).ToList();
            var errors = await editor.SetFeaturesAsync(changes, Actor.From(User), ct);
            if (errors.Count == 0)
                return RedirectToPage(null, null, new { tenant = Slug, bewaard = 1 }, anchor is { } a && AnchorPattern().IsMatch(a) ? a : "bewaard");
            foreach (var (key, list) in errors)
                formErrors[key] = [.. list.Select(e => e.Field.StartsWith("settings.", StringComparison.Ordinal)
                    ? e with { Field = reads[key].FormPath(e.Field["settings.".Length..]) } : e with { Field = "" })];
        }
        await FillAsync(posted, ct);
        foreach (var row in Rows)
            foreach (var e in formErrors.GetValueOrDefault(row.Key) ?? [])
                Place(row, e);
        return Page();
    }

    private bool Enabled(string key) => Request.Form["e." + key] == "true";

    private Dictionary<string, string[]> Posted(string key)
    {
        var prefix = $"f.{key}.";
        return Request.Form.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(kv => kv.Key[prefix.Length..], kv => kv.Value.Select(v => v ?? "").ToArray());
    }

    /// <summary>Puts an error on the nearest rendered field of its path (<c>services[0].openingHours.monday[1]</c> on
    /// the Monday field), else on the list, else on the feature, under that field's key (<see cref="Key"/>); the summary
    /// links to it and says where it is (<see cref="Context"/>, the field's <c>error-context</c>).</summary>
    private void Place(Row row, ValidationError error)
    {
        var fields = row.Fields.Select(f => f.Name).ToHashSet();
        var path = error.Field;
        while (path.Length > 0 && !fields.Contains(path) && !row.Values.ContainsKey(path))
            path = path[..Math.Max(0, Math.Max(path.LastIndexOf('.'), path.LastIndexOf('[')))];
        var key = Key(row.Key, path);
        Errors[key] = [.. Errors.GetValueOrDefault(key, []), error.Message];
    }

    private async Task<List<FeatureDefinition>> EditableAsync(CancellationToken ct)
    {
        var draft = await editor.DraftAsync(ct);
        var offer = await FeatureOffer.ReadAsync(db, ct);
        return [.. FeatureCatalogue.AdditionalFeatures.Where(f => FeatureCatalogue.CannotEnable(f, offer[f.Key]) is null || draft.Feature(f.Key) is not null)];
    }

    private async Task FillAsync(Dictionary<string, Dictionary<string, string[]>>? posted, CancellationToken ct)
    {
        var draft = await editor.DraftAsync(ct);
        var offer = await FeatureOffer.ReadAsync(db, ct);
        Rows = FeatureCatalogue.All.Select(f =>
        {
            var entry = draft.Feature(f.Key);
            var fields = SettingsForm.For(f);
            var fromForm = posted?.GetValueOrDefault(f.Key);
            var values = fromForm ?? SettingsForm.Values(fields, entry?.SettingsJson);
            return new Row(f.Key, f.Name, f.Description, f.IsCore, offer[f.Key].ToDutch(),
                !f.IsCore && (FeatureCatalogue.CannotEnable(f, offer[f.Key]) is null || entry is not null),
                fromForm is not null ? Enabled(f.Key) : f.IsCore || entry is not null, f.IsCore || entry is not null, fields, values);
        }).ToList();
    }

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NotIdChars();

    [GeneratedRegex("^(?:bewaard|f-[a-z0-9-]+)$")]
    private static partial Regex AnchorPattern();

    [GeneratedRegex(@"^(services|categories)\[(\d+)\]")]
    private static partial Regex RowPath();

    [GeneratedRegex(@"^services\[\d{1,3}\]\.openingHours\.exceptions$")]
    private static partial Regex ExceptionsList();
}
