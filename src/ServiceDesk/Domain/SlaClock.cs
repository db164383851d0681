namespace ServiceDesk.Domain;

/// <summary>Computes an incident's response and resolution clocks from its facts; no clock inside.</summary>
internal static class SlaClock
{
    public static IncidentClocks Compute(ClockPolicy policy, IncidentClockFacts facts, DateTimeOffset now)
    {
        var reported = facts.ReportedAt;
        if (now < reported)
        {
            now = reported;
        }
        var history = facts.StatusHistory
            .Where(c => c.At <= now)
            .Select(c => c with { At = Max(c.At, reported) })
            .OrderBy(c => c.At)
            .ToList();
        var target = policy.Targets.For(facts.Priority);
        return new IncidentClocks(
            Response(policy.Calendar, target.Response, reported, facts.AnsweredAt, now),
            Resolution(policy, target.Resolution, reported, history, now));
    }

    private static ClockReading Response(
        WorkingCalendar calendar, TimeSpan target, DateTimeOffset reported, DateTimeOffset? answer, DateTimeOffset now)
    {
        // Only an answer the reporter received stops it (DOMAIN.md §3): a silent resolve or close does not, so an
        // incident resolved without telling the reporter keeps counting and breaches when the target passes.
        DateTimeOffset? stop = answer is { } a && a <= now ? Max(a, reported) : null;
        return Reading(calendar, target, [(reported, stop ?? now)], counting: stop is null, stoppedAt: stop, now);
    }

    private static ClockReading Resolution(
        ClockPolicy policy, TimeSpan target, DateTimeOffset reported, List<StatusChange> history, DateTimeOffset now)
    {
        var segments = new List<(DateTimeOffset From, DateTimeOffset To)>();
        var status = IncidentStatus.New;
        var since = reported;
        DateTimeOffset? stoppedAt = null;
        foreach (var change in history)
        {
            if (Counts(policy, status) && change.At > since)
            {
                segments.Add((since, change.At));
            }
            if (change.Status.IsDone() && !status.IsDone())
            {
                stoppedAt = change.At;
            }
            status = change.Status;
            since = change.At;
        }
        var counting = Counts(policy, status);
        if (counting && now > since)
        {
            segments.Add((since, now));
        }
        return Reading(policy.Calendar, target, segments, counting, status.IsDone() ? stoppedAt : null, now);
    }

    private static bool Counts(ClockPolicy policy, IncidentStatus status) =>
        !status.IsDone() && !policy.PausingStatuses.Contains(status);

    private static ClockReading Reading(
        WorkingCalendar calendar, TimeSpan target, IReadOnlyList<(DateTimeOffset From, DateTimeOffset To)> segments,
        bool counting, DateTimeOffset? stoppedAt, DateTimeOffset now)
    {
        var elapsed = TimeSpan.Zero;
        DateTimeOffset? due = null;
        foreach (var (from, to) in segments)
        {
            var worked = calendar.WorkingTimeBetween(from, to);
            if (due is null && elapsed + worked >= target)
            {
                due = calendar.AddWorkingTime(from, target - elapsed);
            }
            elapsed += worked;
        }
        due ??= calendar.AddWorkingTime(stoppedAt ?? now, target - elapsed);
        var state = elapsed > target ? ClockState.Breached
            : stoppedAt is not null ? ClockState.Met
            : counting ? ClockState.Running
            : ClockState.Paused;
        var dueSoon = state == ClockState.Running && elapsed.Ticks * 4 >= target.Ticks * 3;
        return new ClockReading(target, due.Value, elapsed, state, dueSoon, stoppedAt);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
