using System.Xml.Linq;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Model;

/// <summary>A module project references only the kernel (docs/decisions/0024-modules-reference-only-the-kernel.md): what
/// one module needs from another is a small interface in <c>Platform.Kernel</c>, implemented by the other module. Only the
/// host (<c>src/Platform</c>) composes modules. Reads every <c>.csproj</c> under <c>src</c>.</summary>
public sealed class ModuleReferencesGuardTests
{
    [Fact]
    public void No_module_project_references_another_module()
    {
        var src = Path.Combine(Repository.Root, "src");
        var projects = Directory.EnumerateFiles(src, "*.csproj", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p), p => References(File.ReadAllText(p)));
        Assert.Contains("Billing", projects.Keys);
        Assert.Contains("Platform", projects.Keys);
        Assert.Contains("Tenants", projects["Platform"]);

        var problems = Problems(projects);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_guard_finds_a_module_referencing_a_module()
    {
        var projects = new Dictionary<string, IReadOnlyList<string>>
        {
            ["Platform.Kernel"] = [],
            ["Platform"] = ["Platform.Kernel", "Tenants", "Billing"],
            ["Tenants"] = ["Platform.Kernel"],
            ["Billing"] = ["Platform.Kernel", "Tenants"],
        };

        var problems = Problems(projects);

        Assert.Equal(["Billing references Tenants"], problems);
    }

    [Fact]
    public void Internals_are_visible_only_to_projects_that_use_the_module()
    {
        var root = Repository.Root;
        var projects = new[] { "src", "tests", "bench" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(root, d), "*.csproj", SearchOption.AllDirectories))
            .Select(p => Project.Read(File.ReadAllText(p), Path.GetFileNameWithoutExtension(p)))
            .ToList();
        Assert.Contains(projects, p => p.Name == "Billing" && p.InternalsVisibleTo.Contains("Billing.Tests"));

        var problems = InternalsProblems(projects);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_guard_finds_internals_shown_to_a_project_that_does_not_reference_the_module()
    {
        var projects = new List<Project>
        {
            new("StatusPage", "StatusPage", [], ["StatusPage.Tests", "Benchmarks", "Platform"]),
            new("Platform", "Platform", ["StatusPage"], []),
            new("StatusPage.Tests", "StatusPage.Tests", ["StatusPage"], []),
            new("Billing.Bench", "Benchmarks", ["Billing"], []),
        };

        Assert.Equal(["StatusPage shows its internals to Benchmarks, which does not reference it"], InternalsProblems(projects));
    }

    /// <summary>A project file: its file name, assembly name, project references (by file name) and InternalsVisibleTo.</summary>
    public sealed record Project(string File, string Name, IReadOnlyList<string> References, IReadOnlyList<string> InternalsVisibleTo)
    {
        public static Project Read(string csproj, string file)
        {
            var xml = XDocument.Parse(csproj);
            return new(file, xml.Descendants("AssemblyName").Select(e => e.Value).FirstOrDefault() ?? file, ModuleReferencesGuardTests.References(csproj),
                [.. xml.Descendants("InternalsVisibleTo").Select(e => (string?)e.Attribute("Include") ?? "")]);
        }
    }

    /// <summary>Every InternalsVisibleTo names an assembly that references the project, directly or through another.</summary>
    private static List<string> InternalsProblems(IReadOnlyList<Project> projects)
    {
        var byFile = projects.ToDictionary(p => p.File);
        bool Reaches(Project from, string target, HashSet<string> seen) =>
            from.References.Any(r => r == target || (seen.Add(r) && byFile.TryGetValue(r, out var next) && Reaches(next, target, seen)));
        return [.. projects.SelectMany(p => p.InternalsVisibleTo
            .Where(friend => !projects.Any(q => q.Name == friend && Reaches(q, p.File, [])))
            .Select(friend => $"{p.File} shows its internals to {friend}, which does not reference it"))];
    }

    private static List<string> Problems(IReadOnlyDictionary<string, IReadOnlyList<string>> projects) =>
        [.. projects.Where(p => p.Key is not ("Platform" or "Platform.Kernel"))
            .SelectMany(p => p.Value.Where(r => r != "Platform.Kernel").Select(r => $"{p.Key} references {r}"))];

    private static IReadOnlyList<string> References(string csproj) =>
        [.. XDocument.Parse(csproj).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(((string?)r.Attribute("Include") ?? "").Replace('\\', '/')))];
}
