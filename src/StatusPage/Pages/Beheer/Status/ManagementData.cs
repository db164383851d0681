using Microsoft.EntityFrameworkCore;
using StatusPage.Incidents;
using StatusPage.Persistence;
using Platform.Kernel.Formatting;
using StatusPage.Catalog;

namespace StatusPage.Pages.Beheer.Status;

/// <summary>What the management pages show and bind: products with components, impact choices per component, the
/// choices of an incident update's status and of a component's status.</summary>
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

    /// <summary>The status choices of a component: the derived one first, then each status by hand.</summary>
    public static IReadOnlyList<(string Value, string Text)> ComponentStatusChoices { get; } =
    [
        ("", "Automatisch (uit storingen en onderhoud)"),
        .. Enum.GetValues<ComponentStatus>().Select(s => (s.ToString(), s.ToDutch() + " (met de hand)")),
    ];

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

    /// <summary>"12 abonnees krijgen een e-mail." for a confirmation; the count comes from <see cref="Notifications.StatusAudience"/>.</summary>
    public static string Reach(int subscribers) => subscribers switch
    {
        0 => "Geen enkele abonnee krijgt een e-mail (de webhooks krijgen het bericht wel).",
        1 => "1 abonnee krijgt een e-mail, en de webhooks krijgen het bericht.",
        _ => $"{subscribers} abonnees krijgen een e-mail, en de webhooks krijgen het bericht.",
    };

    /// <summary>The incident form's fields carried into its confirmation unchanged.</summary>
    public static List<KeyValuePair<string, string>> Carry(string status, string? message, Dictionary<Guid, string?> impacts, string? title = null) =>
    [
        .. title is null ? [] : new[] { new KeyValuePair<string, string>("Title", title) },
        new("Status", status),
        new("Message", message ?? ""),
        .. impacts.Where(kv => !string.IsNullOrEmpty(kv.Value)).Select(kv => new KeyValuePair<string, string>($"Impacts[{kv.Key}]", kv.Value!)),
        new("Confirmed", "true"),
    ];

    public static string ToBrusselsInput(DateTimeOffset instant) => Dutch.ToBrussels(instant).ToString("yyyy-MM-ddTHH:mm");
}
