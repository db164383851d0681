using BenchmarkDotNet.Attributes;
using ServiceDesk.Domain;

namespace ServiceDesk.Bench;

/// <summary>Due time = reported time + N working hours, for every target of the contract (2, 4, 8, 40, 160, 240 h).</summary>
[MemoryDiagnoser]
public class DueTimeBenchmarks
{
    private static readonly DateTimeOffset Reported = new(2026, 3, 27, 15, 30, 0, TimeSpan.FromHours(1)); // a Friday before Easter and DST
    private readonly WorkingCalendar calendar = new(closingDays: [new DateOnly(2026, 4, 10)]);
    private TimeSpan target;

    [Params(2, 4, 8, 40, 160, 240)]
    public int Hours { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        target = TimeSpan.FromHours(Hours);
        calendar.AddWorkingTime(Reported, target); // warm the year tables, as a long-lived calendar is
    }

    [Benchmark]
    public DateTimeOffset DueAt() => calendar.AddWorkingTime(Reported, target);

    [Benchmark]
    public TimeSpan ElapsedBetween() => calendar.WorkingTimeBetween(Reported, Reported.AddHours(Hours * 3));
}

/// <summary>Both clocks of one incident with a reopen in its history.</summary>
[MemoryDiagnoser]
public class ClockBenchmarks
{
    private static readonly DateTimeOffset Reported = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly ClockPolicy policy = ClockPolicy.Contract;

    private readonly IncidentClockFacts facts = new(Reported, Priority.P4, Reported.AddHours(2),
    [
        new StatusChange(Reported.AddHours(1), IncidentStatus.Acknowledged),
        new StatusChange(Reported.AddDays(3), IncidentStatus.Resolved),
        new StatusChange(Reported.AddDays(5), IncidentStatus.InProgress),
    ]);

    [Benchmark]
    public object Compute() => SlaClock.Compute(policy, facts, Reported.AddDays(20));
}
