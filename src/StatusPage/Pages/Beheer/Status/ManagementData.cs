using Microsoft.EntityFrameworkCore;
using StatusPage.Domain;
using StatusPage.Incidents;
using StatusPage.Model;
using StatusPage.Persistence;
using Platform.Kernel.Formatting;

namespace StatusPage.Pages.Beheer.Status;

/// <summary>What the management pages show and bind: products with components, impact choices per component.</summary>
internal static class ManagementData
{
    public static Task<List<Product>> ProductsAsync(StatusPageDbContext db, CancellationToken ct) =>
        db.Products.AsNoTracking().Include(p => p.Components.OrderBy(c => c.SortOrder)).OrderBy(p => p.SortOrder).ThenBy(p => p.Name).ToListAsync(ct);

    public static IReadOnlyList<(string Value, string Text)> ImpactChoices { get; } =
    [
        ("", "Niet getroffen"),
        .. Enum.GetValues<ImpactLevel>().Select(l => (l.ToString(), l.ToDutch())),
    ];

    public static IReadOnlyList<(string Value, string Text)> StatusChoices { get; } =
        Enum.GetValues<IncidentUpdateStatus>().Select(s => (s.ToString(), s.ToDutch())).ToList();

    public static List<ImpactInput> Impacts(Dictionary<Guid, string?> form) =>
        form.Where(kv => Enum.TryParse<ImpactLevel>(kv.Value, out _))
            .Select(kv => new ImpactInput(kv.Key, Enum.Parse<ImpactLevel>(kv.Value!))).ToList();

    /// <summary>A datetime-local value is Brussels wall time.</summary>
    public static DateTimeOffset FromBrussels(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Dutch.Brussels.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    public static DateTime ToBrusselsLocal(DateTimeOffset instant) => DateTime.SpecifyKind(Dutch.ToBrussels(instant).DateTime, DateTimeKind.Unspecified);

    public static string ToBrusselsInput(DateTimeOffset instant) => Dutch.ToBrussels(instant).ToString("yyyy-MM-ddTHH:mm");
}
