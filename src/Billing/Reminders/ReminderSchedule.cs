using Billing.Payments;

namespace Billing.Reminders;

/// <summary>First reminder <see cref="FirstAfterDueDays"/> after the due date, then one per interval after the previous one was sent.</summary>
internal sealed record ReminderPolicy(int FirstAfterDueDays, IReadOnlyList<int> ThenAfterDays)
{
    public static ReminderPolicy Default { get; } = new(1, [14, 30]);

    public int Steps => 1 + ThenAfterDays.Count;
}

internal sealed record SentReminder(int Step, DateOnly SentOn);

internal sealed record ReminderDue(int Step, DateOnly DueOn);

/// <summary>Which reminder step is due now; the sent log (unique per invoice and step in the database) keeps it once.</summary>
internal static class ReminderSchedule
{
    /// <returns>The next step not yet sent when it is due on <paramref name="today"/>; null otherwise. Steps are never skipped.</returns>
    public static ReminderDue? DueNow(PaymentStatus status, DateOnly dueDate, IReadOnlyCollection<SentReminder> sent, DateOnly today, ReminderPolicy policy)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(policy.FirstAfterDueDays, 1);
        if (policy.ThenAfterDays.Any(d => d < 1))
            throw new ArgumentOutOfRangeException(nameof(policy), "Reminder intervals must be at least one day.");
        if (status != PaymentStatus.Overdue)
            return null;
        var last = sent.MaxBy(s => s.Step);
        var step = (last?.Step ?? 0) + 1;
        if (step > policy.Steps)
            return null;
        // After a late first reminder (the job was down) the next one still waits a full interval.
        var dueOn = last is null ? dueDate.AddDays(policy.FirstAfterDueDays) : last.SentOn.AddDays(policy.ThenAfterDays[step - 2]);
        return today >= dueOn ? new(step, dueOn) : null;
    }
}
