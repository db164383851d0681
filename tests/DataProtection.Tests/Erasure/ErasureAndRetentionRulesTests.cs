using DataProtection.Erasure;
using Platform.Kernel.Privacy;

namespace DataProtection.Tests.Erasure;

/// <summary>Charter 12.2: when an erasure may be chosen, when it runs, until when it can be cancelled; and the retention decisions.</summary>
public sealed class ErasureAndRetentionRulesTests
{
    private static readonly DateTimeOffset Confirmed = new(2027, 1, 31, 22, 30, 0, TimeSpan.Zero); // 31/01 23:30 in Brussels

    [Theory]
    [InlineData(null, "2027-05-01", false)]          // never terminated
    [InlineData("2027-05-02", "2027-05-01", false)]  // the contract still runs today (its last day)
    [InlineData("2027-05-01", "2027-05-01", true)]   // the first day without a contract
    [InlineData("2025-04-10", "2027-05-01", true)]
    public void An_erasure_may_be_chosen_only_once_the_termination_took_effect(string? effectiveOn, string today, bool expected) =>
        Assert.Equal(expected, ErasureRules.MayRequest(effectiveOn is null ? null : DateOnly.Parse(effectiveOn), DateOnly.Parse(today)));

    [Fact]
    public void The_waiting_period_is_counted_from_the_confirmation_across_a_month_end()
    {
        var scheduled = ErasureRules.ScheduledFor(Confirmed, TimeSpan.FromDays(30));
        Assert.Equal(new DateTimeOffset(2027, 3, 2, 22, 30, 0, TimeSpan.Zero), scheduled);
        Assert.False(ErasureRules.IsDue(ErasureStatus.Scheduled, scheduled, scheduled.AddTicks(-1)));
        Assert.True(ErasureRules.IsDue(ErasureStatus.Scheduled, scheduled, scheduled));
        Assert.True(ErasureRules.MayCancel(ErasureStatus.Scheduled, scheduled, scheduled.AddTicks(-1)));
        Assert.False(ErasureRules.MayCancel(ErasureStatus.Scheduled, scheduled, scheduled));
    }

    [Theory]
    [InlineData("Cancelled")]
    [InlineData("Running")]
    [InlineData("Done")]
    public void Only_a_scheduled_erasure_runs_or_can_be_cancelled(string name)
    {
        var status = Enum.Parse<ErasureStatus>(name);
        Assert.False(ErasureRules.IsDue(status, Confirmed, Confirmed.AddDays(60)));
        Assert.False(ErasureRules.MayCancel(status, Confirmed.AddDays(30), Confirmed));
    }

    [Fact]
    public void Unconfirmed_subscriptions_are_purged_after_the_period_confirmed_ones_never()
    {
        var now = new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);
        Assert.True(RetentionRules.PurgeSubscription(now.AddDays(-7), null, now, 7));
        Assert.False(RetentionRules.PurgeSubscription(now.AddDays(-7).AddSeconds(1), null, now, 7));
        Assert.False(RetentionRules.PurgeSubscription(now.AddDays(-400), now.AddDays(-399), now, 7));
    }

    [Fact]
    public void Invitations_are_purged_once_expired_for_the_period_accepted_ones_never()
    {
        var now = new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);
        Assert.True(RetentionRules.PurgeInvitation(now.AddDays(-30), null, now, 30));
        Assert.False(RetentionRules.PurgeInvitation(now.AddDays(-29), null, now, 30));
        Assert.False(RetentionRules.PurgeInvitation(now.AddDays(-90), now.AddDays(-95), now, 30));
        Assert.True(RetentionRules.PurgeInvitation(now, null, now, 0));
    }

    [Fact]
    public void Mail_files_and_export_archives_are_purged_after_their_time()
    {
        var now = new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);
        Assert.True(RetentionRules.PurgeMailFile(now.AddDays(-30), now, 30));
        Assert.False(RetentionRules.PurgeMailFile(now.AddDays(-29), now, 30));
        Assert.True(RetentionRules.PurgeExport(now, now));
        Assert.False(RetentionRules.PurgeExport(now.AddMinutes(1), now));
        Assert.False(RetentionRules.PurgeExport(null, now));
    }
}
