namespace ServiceDesk.Domain;

/// <summary>One incident as the report needs it; <paramref name="Key"/>, <paramref name="Number"/> and <paramref name="Title"/> identify it in the breach list.</summary>
internal sealed record ReportIncident(Guid Key, string Number, string Tenant, string Title, IncidentClockFacts Facts);

/// <summary>A clock that went over its target.</summary>
internal sealed record ReportBreach(Guid Key, string Number, string Tenant, string Title, Priority Priority, DateTimeOffset ReportedAt,
    string Clock, TimeSpan Target, TimeSpan Elapsed);

/// <summary>Objective results of one clock over a set of incidents: outcome known when met or breached.</summary>
internal sealed record ObjectiveStats(int Met, int Breached, int Open, double? MetPercent, double? MedianHours, double? P90Hours);

internal sealed record MonthlyReportFigures(
    int Year, int Month, IReadOnlyDictionary<Priority, int> PerPriority, int Total,
    ObjectiveStats Response, ObjectiveStats Resolution, IReadOnlyList<ReportBreach> Breaches)
{
    /// <summary>The response and resolution objectives per priority (the same clocks as <see cref="Response"/> and <see cref="Resolution"/>).</summary>
    public IReadOnlyDictionary<Priority, PriorityStats> ByPriority { get; init; } = new Dictionary<Priority, PriorityStats>();
}

internal sealed record PriorityStats(ObjectiveStats Response, ObjectiveStats Resolution);

/// <summary>
/// Service-level report of the incidents reported in one Brussels calendar month, read at <c>now</c>.
/// Met % counts incidents whose outcome is known (met, or breached even if still running); open ones within target
/// are left out. Median and 90th percentile are over the working hours of stopped clocks (time to respond / to resolve).
/// </summary>
internal static class MonthlyReport
{
    public static MonthlyReportFigures Build(int year, int month, ClockPolicy policy, IEnumerable<ReportIncident> incidents, DateTimeOffset now)
    {
        var perPriority = Enum.GetValues<Priority>().ToDictionary(p => p, _ => 0);
        var response = new Accumulator();
        var resolution = new Accumulator();
        var breaches = new List<ReportBreach>();
        var byPriority = Enum.GetValues<Priority>().ToDictionary(p => p, _ => (Response: new Accumulator(), Resolution: new Accumulator()));
        var total = 0;
        foreach (var incident in incidents)
        {
            total++;
            perPriority[incident.Facts.Priority]++;
            var clocks = SlaClock.Compute(policy, incident.Facts, now);
            response.Add(clocks.Response);
            resolution.Add(clocks.Resolution);
            byPriority[incident.Facts.Priority].Response.Add(clocks.Response);
            byPriority[incident.Facts.Priority].Resolution.Add(clocks.Resolution);
            if (clocks.Response.State == ClockState.Breached) breaches.Add(Breach(incident, "response", clocks.Response));
            if (clocks.Resolution.State == ClockState.Breached) breaches.Add(Breach(incident, "resolution", clocks.Resolution));
        }
        return new MonthlyReportFigures(year, month, perPriority, total, response.Stats(), resolution.Stats(),
            breaches.OrderBy(b => b.ReportedAt).ThenBy(b => b.Clock).ToList())
        {
            ByPriority = byPriority.ToDictionary(p => p.Key, p => new PriorityStats(p.Value.Response.Stats(), p.Value.Resolution.Stats())),
        };
    }

    /// <summary>The instants that bound a Brussels calendar month: [start, end).</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) MonthBounds(int year, int month, TimeZoneInfo zone)
    {
        var first = new DateTime(year, month, 1);
        var next = first.AddMonths(1);
        return (new DateTimeOffset(first, zone.GetUtcOffset(first)), new DateTimeOffset(next, zone.GetUtcOffset(next)));
    }

    private static ReportBreach Breach(ReportIncident i, string clock, ClockReading r) =>
        new(i.Key, i.Number, i.Tenant, i.Title, i.Facts.Priority, i.Facts.ReportedAt, clock, r.Target, r.Elapsed);

    private sealed class Accumulator
    {
        private readonly List<double> stoppedHours = [];
        private int met;
        private int breached;
        private int open;

        public void Add(ClockReading r)
        {
            switch (r.State)
            {
                case ClockState.Met: met++; break;
                case ClockState.Breached: breached++; break;
                default: open++; break;
            }
            if (r.StoppedAt is not null) stoppedHours.Add(r.Elapsed.TotalHours);
        }

        public ObjectiveStats Stats()
        {
            stoppedHours.Sort();
            var known = met + breached;
            return new ObjectiveStats(met, breached, open, known == 0 ? null : 100.0 * met / known,
                Percentile.Of(stoppedHours, 0.5), Percentile.Of(stoppedHours, 0.9));
        }
    }
}
