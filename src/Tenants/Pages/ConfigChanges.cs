using Tenants.AppConfig;
using Tenants.Domain.Features;

namespace Tenants.Pages;

/// <summary>What publishing would change in the live app, field by field, in Dutch: the confirmation before publishing
/// or re-publishing a version shows it. Rows of services and categories are matched by their name, so a removed or
/// moved row reads as such instead of as changes to every row after it. Secrets (the API key) are never shown.</summary>
internal static class ConfigChanges
{
    public sealed record Change(string What, string Before, string After);

    private const string None = "—";

    public static IReadOnlyList<Change> Between(ConfigDocument? live, ConfigDocument next)
    {
        var changes = new List<Change>();
        if (live?.Branding.AppName != next.Branding.AppName)
            changes.Add(new("Naam van de app", live?.Branding.AppName ?? None, next.Branding.AppName));
        foreach (var (field, label) in BrandingDocument.Fields)
        {
            var (a, b) = (live?.Branding.Color(field), next.Branding.Color(field));
            if (!string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) changes.Add(new(label, a?.ToUpperInvariant() ?? None, b.ToUpperInvariant()));
        }
        if (live?.Logo?.Hash != next.Logo?.Hash)
            changes.Add(new("Logo", live?.Logo is null ? "geen logo" : "huidig logo", next.Logo is null ? "geen logo" : "nieuw logo"));

        foreach (var feature in FeatureCatalogue.AdditionalFeatures)
        {
            var (a, b) = (live?.Feature(feature.Key), next.Feature(feature.Key));
            if (a is null && b is null) continue;
            if (a is null) changes.Add(new(feature.Name, "uit", "aan"));
            if (b is null)
            {
                changes.Add(new(feature.Name, "aan", "uit"));
                continue;
            }
            var fields = SettingsForm.For(feature);
            Settings(changes, feature.Name, fields, SettingsForm.Values(fields, a?.SettingsJson), SettingsForm.Values(fields, b.SettingsJson));
        }
        return changes;
    }

    private static void Settings(List<Change> changes, string feature, IReadOnlyList<SettingsForm.Field> fields,
        Dictionary<string, string[]> before, Dictionary<string, string[]> after)
    {
        foreach (var field in fields)
        {
            if (field.Kind is SettingsForm.Kind.Services or SettingsForm.Kind.Categories)
            {
                Rows(changes, feature, field, before, after);
                continue;
            }
            var (a, b) = (Show(field, before.GetValueOrDefault(field.Name)), Show(field, after.GetValueOrDefault(field.Name)));
            if (a == b) continue;
            changes.Add(field.Name == "apiKey"
                ? new($"{feature} – {field.Label}", a == None ? None : "(verborgen)", b == None ? None : "(gewijzigd, verborgen)")
                : new($"{feature} – {field.Label}", a, b));
        }
    }

    private static void Rows(List<Change> changes, string feature, SettingsForm.Field field, Dictionary<string, string[]> before, Dictionary<string, string[]> after)
    {
        var noun = field.Kind == SettingsForm.Kind.Services ? "dienst" : "categorie";
        var rowFields = SettingsForm.RowFields(field.Kind);
        List<string> Names(Dictionary<string, string[]> values) =>
            [.. Enumerable.Range(0, SettingsForm.RowCount(values, field.Name)).Select(i => SettingsForm.Value(values, $"{field.Name}[{i}].name").Trim())];
        var (old, now) = (Names(before), Names(after));
        int Find(List<string> names, string name) => names.FindIndex(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

        for (var j = 0; j < now.Count; j++)
        {
            var i = Find(old, now[j]);
            if (i < 0)
            {
                changes.Add(new($"{feature} – {noun} \"{now[j]}\"", "niet aanwezig", "toegevoegd: " + Describe(after, $"{field.Name}[{j}].", rowFields)));
                continue;
            }
            foreach (var rf in rowFields.Where(r => r.Path != "name"))
            {
                var (a, b) = (Cell(before, $"{field.Name}[{i}].{rf.Path}"), Cell(after, $"{field.Name}[{j}].{rf.Path}"));
                if (a != b) changes.Add(new($"{feature} – {noun} \"{now[j]}\" – {Label(rf)}", a, b));
            }
            if (old[i] != now[j]) changes.Add(new($"{feature} – naam van {noun} \"{now[j]}\"", old[i], now[j]));
        }
        for (var i = 0; i < old.Count; i++)
            if (Find(now, old[i]) < 0)
                changes.Add(new($"{feature} – {noun} \"{old[i]}\"", Describe(before, $"{field.Name}[{i}].", rowFields), "verwijderd"));

        var kept = now.Where(n => Find(old, n) >= 0).ToList();
        var keptBefore = old.Where(n => Find(now, n) >= 0).ToList();
        if (!kept.SequenceEqual(keptBefore, StringComparer.OrdinalIgnoreCase))
            changes.Add(new($"{feature} – volgorde van de {(noun == "dienst" ? "diensten" : "categorieën")}", string.Join(", ", keptBefore), string.Join(", ", kept)));
    }

    private static string Label(SettingsForm.RowField rf) =>
        rf.Path == SettingsForm.ExceptionsPath ? "uitzonderingen op de openingsuren" :
        rf.Path.StartsWith("openingHours.", StringComparison.Ordinal) ? "openingsuren op " + rf.Label : rf.Label.Replace(" (optioneel)", "").ToLowerInvariant();

    private static string Cell(Dictionary<string, string[]> values, string path)
    {
        var v = SettingsForm.Value(values, path).Trim();
        return v.Length > 0 ? v : path.EndsWith("." + SettingsForm.ExceptionsPath, StringComparison.Ordinal) ? "geen"
            : path.Contains(".openingHours.", StringComparison.Ordinal) ? "gesloten" : None;
    }

    private static string Describe(Dictionary<string, string[]> values, string prefix, IReadOnlyList<SettingsForm.RowField> rowFields) =>
        string.Join(" · ", rowFields.Where(r => r.Path != "name")
            .Select(r => (r, v: SettingsForm.Value(values, prefix + r.Path).Trim())).Where(x => x.v.Length > 0)
            .Select(x => x.r.Path.StartsWith("openingHours.", StringComparison.Ordinal) ? $"{x.r.Label} {x.v}" : x.v)) is { Length: > 0 } s ? s : "zonder gegevens";

    private static string Show(SettingsForm.Field field, string[]? values)
    {
        var shown = (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v))
            .Select(v => field.Options.FirstOrDefault(o => o.Value == v)?.Label ?? v.Trim()).ToList();
        return shown.Count == 0 ? None : string.Join(", ", shown);
    }
}
