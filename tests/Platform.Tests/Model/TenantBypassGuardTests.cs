using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Persistence;
using Platform.Kernel.Tenancy;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Model;

/// <summary>The tenant bypass has a name and a fence (docs/decisions/0019-tenant-bypass.md): <c>IgnoreQueryFilters(</c>
/// only in the kernel's <c>TenantBypass</c>, <c>.AcrossTenants()</c> only in a module's <c>Persistence/AcrossTenants.cs</c>,
/// and set-based writes (<c>ExecuteUpdate</c>/<c>ExecuteDelete</c>) over tenant-owned sets only there or in the module's
/// erasure class (its <c>ITenantDataHolder</c>). Scans every source file under <c>src</c>.</summary>
[Collection(SqliteCollection.Name)]
public sealed partial class TenantBypassGuardTests(SqliteApp app)
{
    private const string KernelBypass = "src/Platform.Kernel/Persistence/TenantBypass.cs";

    [Fact]
    public void The_tenant_bypass_is_used_only_inside_its_fence()
    {
        var src = Path.Combine(Repository.Root, "src");
        var files = Repository.SourceFiles("*.cs");
        Assert.True(files.Count > 200, $"only {files.Count} source files found under {src}");
        Assert.Contains(files, f => f.Path == KernelBypass);
        var sets = TenantOwnedSets();
        Assert.Contains("Invoices", sets["Billing"]);
        Assert.Contains("Incidents", sets["ServiceDesk"]);
        Assert.Contains("Exports", sets["DataProtection"]);

        var problems = Problems(files, sets);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(files.Count(f => f.Path.EndsWith("/Persistence/AcrossTenants.cs", StringComparison.Ordinal)) >= 4, "a module's fence is missing");
    }

    [Fact]
    public void The_guard_finds_each_kind_of_breach()
    {
        var sets = new Dictionary<string, HashSet<string>> { ["Billing"] = ["Invoices", "Payments"] };
        var files = new List<(string, string)>
        {
            (KernelBypass, "source.IgnoreQueryFilters([TenantDbContext.TenantFilter]);"),
            ("src/Billing/Persistence/AcrossTenants.cs", "db.Invoices.AcrossTenants(); await db.Invoices.Where(i => i.Year == 1).ExecuteDeleteAsync(ct);"),
            ("src/Billing/Privacy/BillingTenantData.cs", "class BillingTenantData(BillingDbContext db) : ITenantDataHolder { void E() { db.Payments.Where(p => p.TenantId == t)\n .ExecuteUpdateAsync(s => s); } }"),
            ("src/Billing/Runs/Sneaky.cs", "var all = db.Invoices.IgnoreQueryFilters().ToList();"),
            ("src/Billing/Runs/Sneakier.cs", "var all = db.Invoices.AcrossTenants().ToList();"),
            ("src/Billing/Runs/Bulk.cs", "await db.Payments\n    .Where(p => p.Amount == 0)\n    .ExecuteDeleteAsync(ct);"),
            ("src/Billing/Runs/GlobalBulk.cs", "await db.ReminderTexts.Where(t => t.Step == step).ExecuteDeleteAsync(ct);"),
            ("src/ServiceDesk/Persistence/AcrossTenants.cs", "db.Invoices.IgnoreQueryFilters();"),
        };

        var problems = Problems(files, sets);

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("src/Billing/Runs/Sneaky.cs", StringComparison.Ordinal) && p.Contains("IgnoreQueryFilters"));
        Assert.Contains(problems, p => p.StartsWith("src/Billing/Runs/Sneakier.cs", StringComparison.Ordinal) && p.Contains("AcrossTenants"));
        Assert.Contains(problems, p => p.StartsWith("src/Billing/Runs/Bulk.cs", StringComparison.Ordinal) && p.Contains("Payments"));
        Assert.Contains(problems, p => p.StartsWith("src/ServiceDesk/Persistence/AcrossTenants.cs", StringComparison.Ordinal));
    }

    internal static List<string> Problems(IEnumerable<(string Path, string Text)> files, IReadOnlyDictionary<string, HashSet<string>> tenantSets)
    {
        var problems = new List<string>();
        foreach (var (path, text) in files)
        {
            var module = path.Split('/')[1];
            var fence = path == $"src/{module}/Persistence/AcrossTenants.cs";
            var erasure = text.Contains(": ITenantDataHolder", StringComparison.Ordinal);
            if (path != KernelBypass && text.Contains("IgnoreQueryFilters(", StringComparison.Ordinal))
                problems.Add($"{path}: IgnoreQueryFilters( outside {KernelBypass}; use the module's AcrossTenants class");
            if (!fence && AcrossTenantsCall().IsMatch(text))
                problems.Add($"{path}: .AcrossTenants() outside src/{module}/Persistence/AcrossTenants.cs");
            if (fence || erasure || !tenantSets.TryGetValue(module, out var sets)) continue;
            foreach (var statement in text.Split(';').Where(s => BulkWrite().IsMatch(s)))
                foreach (Match set in SetAccess().Matches(statement))
                    if (sets.Contains(set.Groups[1].Value))
                        problems.Add($"{path}: {set.Groups[1].Value} is tenant-owned: a set-based write over it belongs in src/{module}/Persistence/AcrossTenants.cs");
        }
        return problems;
    }

    /// <summary>Module (assembly name = folder under src) → names of its DbSet properties over tenant-owned entities.</summary>
    private Dictionary<string, HashSet<string>> TenantOwnedSets()
    {
        using var scope = app.Services.CreateScope();
        var result = new Dictionary<string, HashSet<string>>();
        foreach (var type in scope.ServiceProvider.GetRequiredService<ModuleDbContexts>().Types)
        {
            var names = type.GetProperties()
                .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>)
                            && typeof(ITenantOwned).IsAssignableFrom(p.PropertyType.GetGenericArguments()[0]))
                .Select(p => p.Name);
            // C# 14 extension properties over the context (e.g. DataProtection's Exports) compile to static get_X(context).
            var extensions = type.Assembly.GetTypes().Where(t => t.IsAbstract && t.IsSealed)
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
                .Where(m => m.Name.StartsWith("get_", StringComparison.Ordinal) && m.GetParameters() is [{ } p] && p.ParameterType.IsAssignableFrom(type)
                            && m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(DbSet<>)
                            && typeof(ITenantOwned).IsAssignableFrom(m.ReturnType.GetGenericArguments()[0]))
                .Select(m => m.Name[4..]);
            var module = type.Assembly.GetName().Name!;
            if (!result.TryGetValue(module, out var set)) result[module] = set = [];
            set.UnionWith(names);
            set.UnionWith(extensions);
        }
        return result;
    }

    [GeneratedRegex(@"\.\s*AcrossTenants\s*\(")]
    private static partial Regex AcrossTenantsCall();

    [GeneratedRegex(@"\bExecute(Update|Delete)(Async)?\s*\(")]
    private static partial Regex BulkWrite();

    [GeneratedRegex(@"\b\w+\s*\.\s*(\w+)\b")]
    private static partial Regex SetAccess();
}
