using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using StatusPage.Notifications;
using StatusPage.Persistence;
using StatusPage.Subscriptions;

namespace StatusPage.Public;

/// <summary>The Atom feed of incidents and maintenance and the iCalendar feed of planned maintenance.</summary>
internal sealed class StatusFeeds(StatusPageDbContext db, StatusLinks links, TimeProvider clock)
{
    public const int AtomEntries = 50;
    public const string TimeZoneId = "Europe/Brussels";

    /// <returns>Null when the product is unknown.</returns>
    public async Task<byte[]?> AtomAsync(string? product, CancellationToken ct)
    {
        var selected = string.IsNullOrWhiteSpace(product) ? null : await ProductLookup.FindAsync(db, product, ct);
        if (!string.IsNullOrWhiteSpace(product) && selected is null) return null;
        var query = db.Events.AsNoTracking().OrderByDescending(e => e.At);
        var events = selected is null
            ? await query.Take(AtomEntries).ToListAsync(ct)
            : (await ForProductAsync(query, selected.Id, ct)).Take(AtomEntries).ToList();

        var link = links.StatusPage + (selected is null ? "" : "?product=" + Uri.EscapeDataString(selected.Slug));
        var feed = new SyndicationFeed(
            selected is null ? "Status van het platform Mijn Burgerprofiel" : $"Status van {selected.Name}",
            "Storingen en gepland onderhoud", new Uri(link), "urn:burgerprofiel:status:" + (selected?.Slug ?? "alle"),
            events.Count > 0 ? events[0].At : clock.GetUtcNow())
        {
            Language = "nl-BE",
            Items = events.Select(e => new SyndicationItem(e.Title, e.Body, new Uri(links.StatusPage), "urn:uuid:" + e.Id, e.At) { PublishDate = e.At }).ToList(),
        };
        feed.Authors.Add(new SyndicationPerson { Name = "Digitaal Vlaanderen" });
        var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
            new Atom10FeedFormatter(feed).WriteTo(writer);
        return output.ToArray();
    }

    /// <summary>Announced maintenance of the last 180 days and all to come, with times in Europe/Brussels. A window keeps
    /// its UID when edited or rescheduled, with a higher SEQUENCE; a cancelled one stays in the feed as STATUS:CANCELLED so
    /// calendars that imported it remove it (RFC 5545 3.8.1.11, 3.8.7.4).</summary>
    public async Task<byte[]> CalendarAsync(CancellationToken ct)
    {
        var since = clock.GetUtcNow().AddDays(-180);
        var items = await db.Maintenance.AsNoTracking().Include(m => m.Components)
            .Where(m => m.AnnouncedAt != null && m.ScheduledEnd >= since).OrderBy(m => m.ScheduledStart).ToListAsync(ct);
        var names = await db.Components.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var calendar = new Calendar { ProductId = "-//Digitaal Vlaanderen//Statuspagina Mijn Burgerprofiel//NL" };
        calendar.AddTimeZone(TimeZoneId);
        calendar.AddProperty("X-WR-CALNAME", "Gepland onderhoud Mijn Burgerprofiel");
        calendar.AddProperty("X-WR-TIMEZONE", TimeZoneId);
        foreach (var m in items)
        {
            var components = string.Join(", ", m.Components.Where(c => names.ContainsKey(c.ComponentId)).Select(c => names[c.ComponentId]));
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{m.Id}@status.burgerprofiel",
                Summary = m.Title,
                Description = $"{m.Description}\n\nOnderdelen: {components}",
                DtStart = Local(m.Start),
                DtEnd = Local(m.End),
                DtStamp = new CalDateTime((m.ChangedAt ?? m.AnnouncedAt!.Value).UtcDateTime, "UTC"),
                Url = new Uri(links.StatusPage),
                Sequence = m.Sequence,
                Status = m.CancelledAt is null ? EventStatus.Confirmed : EventStatus.Cancelled,
            });
        }
        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }

    private static CalDateTime Local(DateTimeOffset instant) =>
        new(DateTime.SpecifyKind(Dutch.ToBrussels(instant).DateTime, DateTimeKind.Unspecified), TimeZoneId);

    private async Task<List<StatusEvent>> ForProductAsync(IQueryable<StatusEvent> query, Guid productId, CancellationToken ct)
    {
        var ids = (await db.Components.AsNoTracking().Where(c => c.ProductId == productId).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var result = new List<StatusEvent>();
        // Components are stored as a list per event; filter in memory, newest first, a batch at a time.
        for (var skip = 0; result.Count < AtomEntries; skip += 500)
        {
            var batch = await query.Skip(skip).Take(500).ToListAsync(ct);
            result.AddRange(batch.Where(e => e.Components.Any(ids.Contains)));
            if (batch.Count < 500) break;
        }
        return result;
    }
}
