using StatusPage.Domain;
using static StatusPage.Tests.Domain.Time;

namespace StatusPage.Tests.Domain;

public class ModelTests
{
    private static readonly DateTimeOffset Start = At("2026-11-12T22:00:00+01:00");

    [Fact]
    public void An_outage_cannot_end_before_it_starts() =>
        Assert.Throws<ArgumentException>(() =>
            new OutagePeriod(Guid.NewGuid(), Start, Start.AddMinutes(-1), ImpactLevel.MajorOutage));

    [Fact]
    public void Maintenance_cannot_end_before_it_starts() =>
        Assert.Throws<ArgumentException>(() => new MaintenanceWindow(null, Start, Start.AddMinutes(-1)));

    [Theory]
    [InlineData(-1, MaintenanceStatus.Scheduled)]
    [InlineData(0, MaintenanceStatus.InProgress)]
    [InlineData(119, MaintenanceStatus.InProgress)]
    [InlineData(120, MaintenanceStatus.Completed)]
    internal void Maintenance_status_follows_the_clock(int minutesAfterStart, MaintenanceStatus expected) =>
        Assert.Equal(expected, new MaintenanceWindow(Start.AddDays(-7), Start, Start.AddHours(2))
            .StatusAt(Start.AddMinutes(minutesAfterStart)));

    [Theory]
    [InlineData(-10080, true)] // a week ahead
    [InlineData(0, true)] // published the moment it starts
    [InlineData(1, false)] // published once it had begun
    public void Maintenance_is_announced_only_when_published_no_later_than_its_start(int publishedMinutesAfterStart, bool announced) =>
        Assert.Equal(announced, new MaintenanceWindow(Start.AddMinutes(publishedMinutesAfterStart), Start, Start.AddHours(1)).IsAnnounced);

    [Fact]
    public void Unpublished_maintenance_is_not_announced() =>
        Assert.False(new MaintenanceWindow(null, Start, Start.AddHours(1)).IsAnnounced);

    [Fact]
    public void An_ongoing_outage_is_known_up_to_now()
    {
        var now = Start.AddMinutes(45);
        var outage = new OutagePeriod(Guid.NewGuid(), Start, null, ImpactLevel.PartialOutage);
        Assert.Equal(new TimeRange(Start, now), outage.KnownAt(now));
    }

    [Fact]
    public void An_outage_recorded_in_the_future_is_not_known_yet() =>
        Assert.True(new OutagePeriod(Guid.NewGuid(), Start.AddHours(1), Start.AddHours(2), ImpactLevel.MajorOutage)
            .KnownAt(Start).IsEmpty);
}
