using System.Collections.Frozen;
using ServiceDesk.Domain;

namespace ServiceDesk.Tests.Domain;

public class SlaTargetsTests
{
    [Theory]
    [InlineData("P1", 2, 8)]
    [InlineData("P2", 4, 40)]
    [InlineData("P3", 8, 160)]
    [InlineData("P4", 8, 240)]
    public void Contract_targets_in_working_hours(string name, int response, int resolution)
    {
        var priority = Enum.Parse<Priority>(name);
        var target = SlaTargets.Contract.For(priority);
        Assert.Equal(TimeSpan.FromHours(response), target.Response);
        Assert.Equal(TimeSpan.FromHours(resolution), target.Resolution);
    }

    [Fact]
    public void Unknown_priority_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SlaTargets.Contract.For((Priority)5));

    [Fact]
    public void Every_priority_needs_a_target() =>
        Assert.Throws<ArgumentException>(() => new SlaTargets(new Dictionary<Priority, SlaTarget>
        {
            [Priority.P1] = new(TimeSpan.FromHours(1), TimeSpan.FromHours(2)),
        }));

    [Fact]
    public void Targets_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SlaTarget(TimeSpan.Zero, TimeSpan.FromHours(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SlaTarget(TimeSpan.FromHours(1), TimeSpan.FromHours(-1)));
    }

    [Fact]
    public void Contract_policy_pauses_on_nothing()
    {
        Assert.Empty(ClockPolicy.Contract.PausingStatuses);
        Assert.Same(WorkingCalendar.Default, ClockPolicy.Contract.Calendar);
        Assert.Same(SlaTargets.Contract, ClockPolicy.Contract.Targets);
    }

    [Fact]
    public void Contract_policy_on_a_calendar_with_closing_days()
    {
        var calendar = new WorkingCalendar(closingDays: [new DateOnly(2026, 3, 3)]);
        var policy = ClockPolicy.ForContract(calendar);
        Assert.Same(calendar, policy.Calendar);
        Assert.Empty(policy.PausingStatuses);

        var pausing = policy with { PausingStatuses = new[] { IncidentStatus.WaitingForReporter }.ToFrozenSet() };
        Assert.Contains(IncidentStatus.WaitingForReporter, pausing.PausingStatuses);
    }
}
