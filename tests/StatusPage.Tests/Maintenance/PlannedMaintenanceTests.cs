using StatusPage.Domain;
using StatusPage.Maintenance;

namespace StatusPage.Tests.Maintenance;

/// <summary>Maintenance follows its schedule unless an operator starts or completes it; the availability window
/// is the actual one.</summary>
public sealed class PlannedMaintenanceTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 21, 0, 0, TimeSpan.Zero);

    private static PlannedMaintenance Window(DateTimeOffset? started = null, DateTimeOffset? completed = null) => new()
    {
        Title = "t", Description = "d", ScheduledStart = Start, ScheduledEnd = Start.AddHours(2),
        AnnouncedAt = Start.AddDays(-3), StartedAt = started, CompletedAt = completed,
    };

    [Theory]
    [InlineData(-1, "Scheduled")]
    [InlineData(0, "InProgress")]
    [InlineData(119, "InProgress")]
    [InlineData(120, "Completed")]
    public void On_schedule(int minutesAfterStart, string expected) =>
        Assert.Equal(Enum.Parse<MaintenanceStatus>(expected), Window().StatusAt(Start.AddMinutes(minutesAfterStart)));

    [Fact]
    public void Started_early_is_in_progress_and_counts_from_the_actual_start()
    {
        var m = Window(started: Start.AddMinutes(-30));
        Assert.Equal(MaintenanceStatus.InProgress, m.StatusAt(Start.AddMinutes(-10)));
        Assert.Equal(new TimeRange(Start.AddMinutes(-30), Start.AddHours(2)), m.ToWindow().Range);
        Assert.True(m.ToWindow().IsAnnounced);
    }

    [Fact]
    public void Completed_early_ends_the_window_then()
    {
        var m = Window(started: Start, completed: Start.AddMinutes(45));
        Assert.Equal(MaintenanceStatus.Completed, m.StatusAt(Start.AddMinutes(50)));
        Assert.Equal(TimeSpan.FromMinutes(45), m.ToWindow().Range.Duration);
    }

    [Fact]
    public void A_draft_is_not_announced_so_it_counts_as_unplanned_downtime()
    {
        var m = Window();
        m.AnnouncedAt = null;
        Assert.False(m.ToWindow().IsAnnounced);
        m.AnnouncedAt = Start.AddMinutes(1); // published after it began
        Assert.False(m.ToWindow().IsAnnounced);
    }
}
