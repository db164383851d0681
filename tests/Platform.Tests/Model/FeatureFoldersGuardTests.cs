using System.Text.RegularExpressions;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Model;

/// <summary>Feature folders (docs/decisions/0027-feature-folders.md): a module's code lives in the folder of the feature it
/// serves, not in a folder named after a technical layer (<c>Api/</c>, <c>Model/</c>), and a page model lives beside its
/// page as <c>X.cshtml.cs</c>. The guard scans every source file under <c>src</c>.</summary>
public sealed partial class FeatureFoldersGuardTests
{
    /// <summary>Folders named after a layer; their files belong in the feature folders.</summary>
    private static readonly HashSet<string> LayerFolders = ["Api", "Model"];

    /// <summary>Page model base classes shared by several pages: they are named after what they share, not after a page.</summary>
    private static readonly HashSet<string> PageModelBaseClasses =
    [
        "src/Tenants/Pages/TenantPageModel.cs",
        "src/DataProtection/Pages/Gegevensbescherming/DataProtectionPage.cs",
    ];

    [Fact]
    public void Modules_use_feature_folders_and_page_models_sit_beside_their_page()
    {
        var files = Repository.SourceFiles("*.cs");
        Assert.True(files.Count > 200, $"only {files.Count} source files found");
        Assert.Contains(files, f => f.Path == "src/ServiceDesk/Pages/Desk/Queue.cshtml.cs");

        var problems = Problems(files).Select(p => p.Message).ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_guard_finds_each_kind_of_breach()
    {
        var files = new List<(string, string)>
        {
            ("src/StatusPage/Api/IncidentsApi.cs", "internal static class IncidentsApi { }"),
            ("src/StatusPage/Api/Contracts.cs", "internal sealed record IncidentRequest(string? Title);"),
            ("src/DataProtection/Model/Breach.cs", "internal sealed class Breach { }"),
            ("src/ServiceDesk/Pages/Desk/QueueModel.cs",
                "internal sealed class QueueModel(IncidentQueries queries,\n    ITenantDirectory directory) : PageModel\n{\n}"),
            ("src/Tenants/Pages/TenantPageModel.cs", "public abstract class TenantPageModel(TenantContext t) : PageModel { }"),
            ("src/Tenants/Pages/Beheer/GegevensModel.cs", "internal sealed class GegevensModel : TenantPageModel\n{\n}"),
            // Allowed: named after the page, a helper under Pages/, a feature folder, and a model property.
            ("src/Tenants/Pages/Beheer/Functies.cshtml.cs", "internal sealed class FunctiesModel : TenantPageModel { }"),
            ("src/Tenants/Pages/FormRows.cs", "internal static class FormRows { }"),
            ("src/StatusPage/Incidents/IncidentsApi.cs", "internal static class IncidentsApi { }"),
            ("src/ServiceDesk/Reports/ModelState.cs", "internal sealed class Model { }"),
        };

        var problems = Problems(files).Select(p => p.Key).ToList();

        Assert.Equal(
        [
            "src/StatusPage/Api",
            "src/DataProtection/Model",
            "src/ServiceDesk/Pages/Desk/QueueModel.cs",
            "src/Tenants/Pages/Beheer/GegevensModel.cs",
        ], problems);
    }

    /// <summary>Each breach with its key (the folder or the file) and a message.</summary>
    private static List<(string Key, string Message)> Problems(IReadOnlyList<(string Path, string Text)> files)
    {
        var problems = new List<(string Key, string Message)>();
        foreach (var folder in files
            .Select(f => f.Path.Split('/'))
            .Where(s => s.Length > 3 && s[0] == "src" && LayerFolders.Contains(s[2]))
            .Select(s => $"src/{s[1]}/{s[2]}")
            .Distinct())
        {
            problems.Add((folder, $"{folder}: a layer folder; move its files into the feature folders they serve."));
        }

        // Page model classes: PageModel and everything deriving from one, in any file.
        var pageModels = new HashSet<string> { "PageModel" };
        var bases = files.SelectMany(f => ClassWithBase().Matches(f.Text).Select(m => (Class: m.Groups[1].Value, Base: BaseName(m)))).ToList();
        bool grew;
        do
        {
            grew = false;
            foreach (var (cls, baseName) in bases)
                grew |= pageModels.Contains(baseName) && pageModels.Add(cls);
        }
        while (grew);

        foreach (var (path, text) in files)
        {
            if (!path.Contains("/Pages/") || path.EndsWith(".cshtml.cs", StringComparison.Ordinal) || PageModelBaseClasses.Contains(path))
                continue;
            if (ClassWithBase().Matches(text).Any(m => pageModels.Contains(BaseName(m))))
                problems.Add((path, $"{path}: a page model; name it after its page (X.cshtml.cs beside X.cshtml)."));
        }
        return problems;
    }

    private static string BaseName(Match m) => m.Groups[2].Value.Split('.')[^1];

    [GeneratedRegex(@"\bclass\s+(\w+)\b[^{;:]*:\s*([\w.]+)")]
    private static partial Regex ClassWithBase();
}
