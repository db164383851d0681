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

    private static List<string> Problems(IReadOnlyDictionary<string, IReadOnlyList<string>> projects) =>
        [.. projects.Where(p => p.Key is not ("Platform" or "Platform.Kernel"))
            .SelectMany(p => p.Value.Where(r => r != "Platform.Kernel").Select(r => $"{p.Key} references {r}"))];

    private static IReadOnlyList<string> References(string csproj) =>
        [.. XDocument.Parse(csproj).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(((string?)r.Attribute("Include") ?? "").Replace('\\', '/')))];
}
