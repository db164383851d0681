using BenchmarkDotNet.Attributes;
using ServiceDesk.Domain;

namespace ServiceDesk.Bench;

/// <summary>
/// The monthly report computed over N incidents of one month (the part that grows with the data: clocks, counts,
/// percentiles, breach list). Incidents are generated once, deterministically, with realistic histories.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private static readonly DateTimeOffset MonthStart = new(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(1));
    private readonly ClockPolicy policy = ClockPolicy.Contract;
    private ReportIncident[] incidents = [];

    [Params(25_000, 50_000, 100_000)]
    public int Incidents { get; set; }

    [GlobalSetup]
    public void Setup() => incidents = Generate(Incidents);

    [Benchmark]
    public object MonthlyReport() =>
        Domain.MonthlyReport.Build(2026, 3, policy, incidents, new DateTimeOffset(2026, 4, 15, 12, 0, 0, TimeSpan.FromHours(2)));

    internal static ReportIncident[] Generate(int count)
    {
        var random = new Random(42);
        var result = new ReportIncident[count];
        for (var i = 0; i < count; i++)
        {
            var reported = MonthStart.AddMinutes(random.Next(0, 30 * 24 * 60));
            var priority = (Priority)random.Next(1, 5);
            DateTimeOffset? reply = random.Next(10) < 9 ? reported.AddMinutes(random.Next(5, 60 * 12)) : null;
            var history = new List<StatusChange> { new(reported.AddMinutes(random.Next(1, 120)), IncidentStatus.Acknowledged) };
            if (random.Next(10) < 8)
            {
                var resolved = reported.AddHours(random.Next(1, 24 * 20));
                history.Add(new StatusChange(resolved, IncidentStatus.Resolved));
                if (random.Next(10) == 0)
                {
                    history.Add(new StatusChange(resolved.AddHours(random.Next(1, 48)), IncidentStatus.InProgress));
                    history.Add(new StatusChange(resolved.AddHours(random.Next(49, 200)), IncidentStatus.Resolved));
                }
            }
            result[i] = new ReportIncident(Guid.NewGuid(), $"MBP-2026-{i:00000}", "t" + random.Next(300), "Incident " + i,
                new IncidentClockFacts(reported, priority, reply, history));
        }
        return result;
    }
}
