using Billing.Payments;
using Billing.Reminders;

namespace Billing.Tests.Reminders;

public sealed class ReminderScheduleTests
{
    private static readonly DateOnly Due = new(2026, 2, 1);

    private static ReminderDue? DueNow(string today, params SentReminder[] sent) =>
        ReminderSchedule.DueNow(PaymentStatus.Overdue, Due, sent, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), ReminderPolicy.Default);

    [Fact]
    public void First_reminder_the_day_after_the_due_date()
    {
        Assert.Null(DueNow("2026-02-01"));
        Assert.Equal(new ReminderDue(1, new DateOnly(2026, 2, 2)), DueNow("2026-02-02"));
        Assert.Equal(new ReminderDue(1, new DateOnly(2026, 2, 2)), DueNow("2026-04-30"));
    }

    [Fact]
    public void Next_steps_follow_the_configured_intervals_after_the_previous_reminder()
    {
        var first = new SentReminder(1, new DateOnly(2026, 2, 2));
        Assert.Null(DueNow("2026-02-15", first));
        Assert.Equal(new ReminderDue(2, new DateOnly(2026, 2, 16)), DueNow("2026-02-16", first));
        var second = new SentReminder(2, new DateOnly(2026, 2, 16));
        Assert.Null(DueNow("2026-03-17", first, second));
        Assert.Equal(new ReminderDue(3, new DateOnly(2026, 3, 18)), DueNow("2026-03-18", first, second));
        Assert.Null(DueNow("2027-01-01", first, second, new SentReminder(3, new DateOnly(2026, 3, 18))));
    }

    [Fact]
    public void A_step_already_sent_is_never_due_again_and_steps_are_never_skipped()
    {
        var first = new SentReminder(1, new DateOnly(2026, 2, 2));
        Assert.Null(DueNow("2026-02-02", first));
        // Months late: still only the next step, never two at once.
        Assert.Equal(2, DueNow("2026-12-31", first)!.Step);
    }

    [Fact]
    public void A_late_first_reminder_pushes_the_next_one()
    {
        var late = new SentReminder(1, new DateOnly(2026, 3, 10));
        Assert.Null(DueNow("2026-03-23", late));
        Assert.Equal(new ReminderDue(2, new DateOnly(2026, 3, 24)), DueNow("2026-03-24", late));
    }

    [Theory]
    [InlineData(nameof(PaymentStatus.Issued))]
    [InlineData(nameof(PaymentStatus.PartiallyPaid))]
    [InlineData(nameof(PaymentStatus.Paid))]
    [InlineData(nameof(PaymentStatus.Credited))]
    public void Only_overdue_invoices_get_reminders(string status) =>
        Assert.Null(ReminderSchedule.DueNow(Enum.Parse<PaymentStatus>(status), Due, [], new DateOnly(2026, 6, 1), ReminderPolicy.Default));

    [Fact]
    public void Policy_is_configurable_and_checked()
    {
        var policy = new ReminderPolicy(8, [7]);
        Assert.Null(ReminderSchedule.DueNow(PaymentStatus.Overdue, Due, [], new DateOnly(2026, 2, 8), policy));
        Assert.Equal(1, ReminderSchedule.DueNow(PaymentStatus.Overdue, Due, [], new DateOnly(2026, 2, 9), policy)!.Step);
        Assert.Null(ReminderSchedule.DueNow(PaymentStatus.Overdue, Due, [new(1, new(2026, 2, 9)), new(2, new(2026, 2, 16))], new DateOnly(2026, 9, 9), policy));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReminderSchedule.DueNow(PaymentStatus.Overdue, Due, [], Due, new ReminderPolicy(0, [])));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReminderSchedule.DueNow(PaymentStatus.Overdue, Due, [], Due, new ReminderPolicy(1, [14, 0])));
    }
}
