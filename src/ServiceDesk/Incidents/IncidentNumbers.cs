using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Formatting;
using ServiceDesk.Persistence;

namespace ServiceDesk.Incidents;

/// <summary>Gives out incident numbers (<c>MBP-2026-00042</c>): one series per Brussels calendar year of recording, unique and
/// increasing; a number taken by a recording that then fails stays unused (gap-free is not needed).</summary>
internal sealed partial class IncidentNumbers(IServiceScopeFactory scopes)
{
    public const string Prefix = "MBP";

    public async Task<string> NextAsync(DateTimeOffset now, CancellationToken ct)
    {
        var year = Dutch.DayOf(now).Year;
        // Its own context: the counter is written and committed on its own, before the incident.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        for (var attempt = 0; ; attempt++)
        {
            var series = await db.IncidentNumberSeries.FirstOrDefaultAsync(s => s.Year == year, ct);
            if (series is null) db.IncidentNumberSeries.Add(series = new IncidentNumberSeries { Year = year, Last = 1 });
            else series.Last++;
            try
            {
                await db.SaveChangesAsync(ct);
                return Format(year, series.Last);
            }
            catch (DbUpdateException) when (attempt < 50)
            {
                db.ChangeTracker.Clear(); // another recording took it first: read again
            }
        }
    }

    public static string Format(int year, int sequence) => $"{Prefix}-{year}-{sequence.ToString("00000", CultureInfo.InvariantCulture)}";

    /// <summary>A number as people type it (any case, spaces around) in its stored form, or null when it is none.</summary>
    public static string? Normalize(string? text)
    {
        var t = text?.Trim().ToUpperInvariant();
        return t is not null && Pattern().IsMatch(t) ? t : null;
    }

    [GeneratedRegex(@"^MBP-\d{4}-\d{5,}$")]
    private static partial Regex Pattern();
}
