using System.Collections.Frozen;
using ServiceDesk.Domain;
using static ServiceDesk.Domain.IncidentStatus;

namespace ServiceDesk.Tests.Domain;

/// <summary>Incident clocks; 2 March 2026 is a Monday.</summary>
public class SlaClockTests
{
    private static readonly ClockPolicy PausesOnWaiting =
        ClockPolicy.Contract with { PausingStatuses = new[] { WaitingForReporter }.ToFrozenSet() };

    [Fact]
    public void Due_is_reported_time_plus_working_hours()
    {
        var clocks = Compute("2026-03-02T10:00:00+01:00", Priority.P2, reply: null, now: "2026-03-02T11:00:00+01:00");

        AssertReading(clocks.Response, ClockState.Running, elapsedMinutes: 60, due: "2026-03-02T14:00:00+01:00", dueSoon: false);
        Assert.Equal(TimeSpan.FromHours(3), clocks.Response.Remaining);
        Assert.Equal(TimeSpan.FromHours(4), clocks.Response.Target);
        Assert.Null(clocks.Response.StoppedAt);
        AssertReading(clocks.Resolution, ClockState.Running, elapsedMinutes: 60, due: "2026-03-09T10:00:00+01:00", dueSoon: false);
        Assert.Equal(TimeSpan.FromHours(40), clocks.Resolution.Target);
    }

    [Theory]
    [InlineData("2026-03-02T12:59:00+01:00", "Running", false)]
    [InlineData("2026-03-02T13:00:00+01:00", "Running", true)]
    [InlineData("2026-03-02T14:00:00+01:00", "Running", true)]
    [InlineData("2026-03-02T14:00:01+01:00", "Breached", false)]
    [InlineData("2026-03-03T09:00:00+01:00", "Breached", false)]
    public void Due_soon_from_75_percent_and_breach_only_beyond_the_target(string now, string state, bool dueSoon)
    {
        var response = Compute("2026-03-02T10:00:00+01:00", Priority.P2, reply: null, now).Response;
        Assert.Equal(Enum.Parse<ClockState>(state), response.State);
        Assert.Equal(dueSoon, response.DueSoon);
        Assert.Equal("2026-03-02T14:00:00+01:00", Time.Iso(response.DueAt));
    }

    [Theory]
    [InlineData("2026-03-02T12:00:00+01:00", "Met", 120)]
    [InlineData("2026-03-02T14:00:00+01:00", "Met", 240)]
    [InlineData("2026-03-02T14:01:00+01:00", "Breached", 241)]
    [InlineData("2026-03-03T09:30:00+01:00", "Breached", 450)]
    [InlineData("2026-03-02T09:00:00+01:00", "Met", 0)] // before the reported time: counts nothing
    public void First_public_reply_stops_the_response_clock(string reply, string state, int elapsedMinutes)
    {
        var clocks = Compute("2026-03-02T10:00:00+01:00", Priority.P2, reply, now: "2026-03-04T12:00:00+01:00");

        AssertReading(clocks.Response, Enum.Parse<ClockState>(state), elapsedMinutes, "2026-03-02T14:00:00+01:00", dueSoon: false);
        Assert.NotNull(clocks.Response.StoppedAt);
        // The resolution clock keeps running: Monday 7 h, Tuesday 8 h, Wednesday 3 h.
        AssertReading(clocks.Resolution, ClockState.Running, 18 * 60, "2026-03-09T10:00:00+01:00", dueSoon: false);
    }

    [Fact]
    public void A_reply_after_now_has_not_happened_yet()
    {
        var response = Compute("2026-03-02T10:00:00+01:00", Priority.P2, "2026-03-02T12:00:00+01:00", now: "2026-03-02T11:00:00+01:00").Response;
        AssertReading(response, ClockState.Running, 60, "2026-03-02T14:00:00+01:00", dueSoon: false);
    }

    [Fact]
    public void An_email_received_outside_hours_counts_from_the_next_working_moment()
    {
        var clocks = Compute("2026-03-06T18:30:00+01:00", Priority.P1, reply: null, now: "2026-03-09T10:45:00+01:00");

        AssertReading(clocks.Response, ClockState.Running, 105, "2026-03-09T11:00:00+01:00", dueSoon: true);
        AssertReading(clocks.Resolution, ClockState.Running, 105, "2026-03-09T17:00:00+01:00", dueSoon: false);
    }

    [Fact]
    public void A_reply_on_the_weekend_after_an_evening_report_counts_nothing()
    {
        var response = Compute("2026-03-06T18:30:00+01:00", Priority.P1, "2026-03-07T10:00:00+01:00", now: "2026-03-09T10:00:00+01:00").Response;
        AssertReading(response, ClockState.Met, 0, "2026-03-09T11:00:00+01:00", dueSoon: false);
    }

    [Theory]
    [InlineData("P3", "Running", true, "2026-03-02T17:00:00+01:00", "Running", false, "2026-03-27T17:00:00+01:00")]
    [InlineData("P1", "Breached", false, "2026-03-02T11:00:00+01:00", "Running", true, "2026-03-02T17:00:00+01:00")]
    [InlineData("P2", "Breached", false, "2026-03-02T13:00:00+01:00", "Running", false, "2026-03-06T17:00:00+01:00")]
    [InlineData("P4", "Running", true, "2026-03-02T17:00:00+01:00", "Running", false, "2026-04-13T17:00:00+02:00")]
    public void A_priority_change_recomputes_both_targets_from_the_reported_time(
        string priority, string responseState, bool responseSoon, string responseDue,
        string resolutionState, bool resolutionSoon, string resolutionDue)
    {
        // Eight working hours have passed without a reply; the priority is whatever it is now.
        var clocks = Compute("2026-03-02T09:00:00+01:00", Enum.Parse<Priority>(priority), reply: null, now: "2026-03-03T09:00:00+01:00");

        AssertReading(clocks.Response, Enum.Parse<ClockState>(responseState), 480, responseDue, responseSoon);
        AssertReading(clocks.Resolution, Enum.Parse<ClockState>(resolutionState), 480, resolutionDue, resolutionSoon);
    }

    [Fact]
    public void Resolving_in_time_meets_the_target_and_closing_keeps_the_resolution_time()
    {
        var clocks = Compute("2026-03-02T10:00:00+01:00", Priority.P1, "2026-03-02T10:30:00+01:00", now: "2026-03-06T12:00:00+01:00",
            history: [("2026-03-02T10:30:00+01:00", InProgress), ("2026-03-02T15:00:00+01:00", Resolved), ("2026-03-04T10:00:00+01:00", Closed)]);

        AssertReading(clocks.Response, ClockState.Met, 30, "2026-03-02T12:00:00+01:00", dueSoon: false);
        AssertReading(clocks.Resolution, ClockState.Met, 300, "2026-03-03T10:00:00+01:00", dueSoon: false);
        Assert.Equal(Time.At("2026-03-02T15:00:00+01:00"), clocks.Resolution.StoppedAt);
    }

    [Fact]
    public void Resolving_late_is_a_breach()
    {
        var resolution = Compute("2026-03-02T10:00:00+01:00", Priority.P1, "2026-03-02T10:30:00+01:00", now: "2026-03-06T12:00:00+01:00",
            history: [("2026-03-02T10:30:00+01:00", InProgress), ("2026-03-03T11:00:00+01:00", Resolved)]).Resolution;

        AssertReading(resolution, ClockState.Breached, 540, "2026-03-03T10:00:00+01:00", dueSoon: false);
        Assert.Equal(TimeSpan.FromHours(-1), resolution.Remaining);
        Assert.Equal(Time.At("2026-03-03T11:00:00+01:00"), resolution.StoppedAt);
    }

    [Theory]
    [InlineData("2026-03-03T15:00:00+01:00", "Met", 480, "2026-03-06T17:00:00+01:00")] // stood resolved since Monday 17:00
    [InlineData("2026-03-04T13:00:00+01:00", "Running", 720, "2026-03-09T17:00:00+01:00")] // reopened Wednesday 9:00
    [InlineData("2026-03-06T12:00:00+01:00", "Met", 1020, "2026-03-09T17:00:00+01:00")] // resolved again Thursday 10:00
    public void Reopening_continues_the_clock_and_the_resolved_time_does_not_count(string now, string state, int elapsedMinutes, string due)
    {
        (string, IncidentStatus)[] history =
        [
            ("2026-03-02T09:30:00+01:00", InProgress), ("2026-03-02T17:00:00+01:00", Resolved),
            ("2026-03-04T09:00:00+01:00", InProgress), ("2026-03-05T10:00:00+01:00", Resolved),
        ];
        var clocks = Compute("2026-03-02T09:00:00+01:00", Priority.P2, "2026-03-02T09:30:00+01:00", now, history: history);
        var shuffled = Compute("2026-03-02T09:00:00+01:00", Priority.P2, "2026-03-02T09:30:00+01:00", now, history: [.. history.Reverse()]);

        AssertReading(clocks.Resolution, Enum.Parse<ClockState>(state), elapsedMinutes, due, dueSoon: false);
        Assert.Equal(clocks.Resolution, shuffled.Resolution);
        AssertReading(clocks.Response, ClockState.Met, 30, "2026-03-02T13:00:00+01:00", dueSoon: false);
    }

    [Fact]
    public void A_reopened_breach_stays_breached()
    {
        var resolution = Compute("2026-03-02T09:00:00+01:00", Priority.P1, "2026-03-02T09:10:00+01:00", now: "2026-03-03T12:00:00+01:00",
            history: [("2026-03-03T10:00:00+01:00", Resolved), ("2026-03-03T11:00:00+01:00", InProgress)]).Resolution;

        AssertReading(resolution, ClockState.Breached, 600, "2026-03-02T17:00:00+01:00", dueSoon: false);
        Assert.Null(resolution.StoppedAt);
    }

    [Theory]
    [InlineData("2026-03-03T14:00:00+01:00", "Running", 300, "2026-03-09T17:00:00+01:00", "Running", 780)]
    [InlineData("2026-03-03T10:00:00+01:00", "Paused", 180, "2026-03-09T15:00:00+01:00", "Running", 540)]
    public void A_policy_can_pause_the_resolution_clock_while_waiting_for_the_reporter(
        string now, string pausedState, int pausedElapsed, string pausedDue, string contractState, int contractElapsed)
    {
        (string, IncidentStatus)[] history =
        [
            ("2026-03-02T10:00:00+01:00", InProgress), ("2026-03-02T12:00:00+01:00", WaitingForReporter),
            ("2026-03-03T12:00:00+01:00", InProgress),
        ];
        var paused = Compute("2026-03-02T09:00:00+01:00", Priority.P2, "2026-03-02T10:00:00+01:00", now, PausesOnWaiting, history);
        var contract = Compute("2026-03-02T09:00:00+01:00", Priority.P2, "2026-03-02T10:00:00+01:00", now, history: history);

        AssertReading(paused.Resolution, Enum.Parse<ClockState>(pausedState), pausedElapsed, pausedDue, dueSoon: false);
        AssertReading(contract.Resolution, Enum.Parse<ClockState>(contractState), contractElapsed, "2026-03-06T17:00:00+01:00", dueSoon: false);
        Assert.Equal(contract.Response, paused.Response);
    }

    [Fact]
    public void The_pause_set_does_not_pause_the_response_clock()
    {
        var response = Compute("2026-03-02T09:00:00+01:00", Priority.P2, reply: null, now: "2026-03-02T14:00:00+01:00", PausesOnWaiting,
            history: [("2026-03-02T10:00:00+01:00", WaitingForReporter)]).Response;
        AssertReading(response, ClockState.Breached, 300, "2026-03-02T13:00:00+01:00", dueSoon: false);
    }

    // Issue 20: a silent resolve is no answer. P2 reported Monday 10:00, target 4 working hours (due 14:00).
    [Theory]
    [InlineData("2026-03-02T11:00:00+01:00", "2026-03-02T12:00:00+01:00", "Running", 120)] // resolved before the target, read before it
    [InlineData("2026-03-02T11:00:00+01:00", "2026-03-02T14:00:00+01:00", "Running", 240)] // at the target exactly: not yet breached
    [InlineData("2026-03-02T11:00:00+01:00", "2026-03-04T12:00:00+01:00", "Breached", 1080)] // resolved in time, never told
    [InlineData("2026-03-03T11:00:00+01:00", "2026-03-04T12:00:00+01:00", "Breached", 1080)] // resolved after the target, never told
    [InlineData("2026-03-02T11:00:00+01:00", "2026-03-06T12:00:00+01:00", "Breached", 2040)] // closed later: still counting
    public void A_silent_resolve_never_stops_the_response_clock(string resolved, string now, string state, int elapsedMinutes)
    {
        var response = Compute("2026-03-02T10:00:00+01:00", Priority.P2, reply: null, now,
            history: [(resolved, Resolved), ("2026-03-05T10:00:00+01:00", Closed)]).Response;
        AssertReading(response, Enum.Parse<ClockState>(state), elapsedMinutes, "2026-03-02T14:00:00+01:00", dueSoon: state == "Running" && elapsedMinutes >= 180);
        Assert.Null(response.StoppedAt);
    }

    // The resolution mail: delivered = the answer, at its delivery; bounced (never delivered) = no answer.
    [Theory]
    [InlineData("2026-03-02T11:00:30+01:00", "Met", 60.5)] // delivered right after resolving
    [InlineData("2026-03-02T14:00:00+01:00", "Met", 240)] // delivered by a retry exactly at the target
    [InlineData("2026-03-02T15:00:00+01:00", "Breached", 300)] // delivered by a retry after the target
    [InlineData(null, "Breached", 1080)] // bounced: never delivered
    public void The_resolution_mail_answers_only_once_delivered(string? delivered, string state, double elapsedMinutes)
    {
        var response = Compute("2026-03-02T10:00:00+01:00", Priority.P2, delivered, now: "2026-03-04T12:00:00+01:00",
            history: [("2026-03-02T11:00:00+01:00", Resolved)]).Response;
        Assert.Equal(Enum.Parse<ClockState>(state), response.State);
        Assert.Equal(TimeSpan.FromMinutes(elapsedMinutes), response.Elapsed);
        Assert.Equal(delivered is null ? null : Time.At(delivered), response.StoppedAt);
        // The resolution clock stopped at the resolve either way.
        var resolution = Compute("2026-03-02T10:00:00+01:00", Priority.P2, delivered, now: "2026-03-04T12:00:00+01:00",
            history: [("2026-03-02T11:00:00+01:00", Resolved)]).Resolution;
        AssertReading(resolution, ClockState.Met, 60, "2026-03-09T10:00:00+01:00", dueSoon: false);
    }

    [Theory]
    [InlineData(null, "Breached", 210)] // the case: recorded P1 received 16:30, set to "Opgelost" at 16:45 with no mail
    [InlineData("2026-03-02T16:46:00+01:00", "Met", 16)]
    [InlineData("2026-03-03T10:00:00+01:00", "Met", 90)]
    [InlineData("2026-03-03T10:31:00+01:00", "Breached", 121)]
    public void An_agent_recorded_p1_resolved_in_the_evening_is_answered_only_by_the_delivered_mail(string? delivered, string state, int elapsedMinutes)
    {
        var response = Compute("2026-03-02T16:30:00+01:00", Priority.P1, delivered, now: "2026-03-03T12:00:00+01:00",
            history: [("2026-03-02T16:45:00+01:00", Resolved)]).Response;
        AssertReading(response, Enum.Parse<ClockState>(state), elapsedMinutes, "2026-03-03T10:30:00+01:00", dueSoon: false);
    }

    [Fact]
    public void Status_changes_after_now_have_not_happened_yet()
    {
        var resolution = Compute("2026-03-02T10:00:00+01:00", Priority.P2, reply: null, now: "2026-03-02T12:00:00+01:00",
            history: [("2026-03-02T15:00:00+01:00", Resolved)]).Resolution;
        AssertReading(resolution, ClockState.Running, 120, "2026-03-09T10:00:00+01:00", dueSoon: false);
    }

    [Fact]
    public void Status_changes_before_the_reported_time_count_from_the_reported_time()
    {
        var resolution = Compute("2026-03-02T10:00:00+01:00", Priority.P1, reply: null, now: "2026-03-02T12:00:00+01:00",
            PausesOnWaiting, history: [("2026-03-02T08:00:00+01:00", WaitingForReporter), ("2026-03-02T11:00:00+01:00", InProgress)]).Resolution;
        AssertReading(resolution, ClockState.Running, 60, "2026-03-03T11:00:00+01:00", dueSoon: false);
    }

    [Fact]
    public void Now_before_the_reported_time_counts_nothing()
    {
        var clocks = Compute("2026-03-02T10:00:00+01:00", Priority.P1, reply: null, now: "2026-03-02T09:00:00+01:00");
        AssertReading(clocks.Response, ClockState.Running, 0, "2026-03-02T12:00:00+01:00", dueSoon: false);
        AssertReading(clocks.Resolution, ClockState.Running, 0, "2026-03-03T10:00:00+01:00", dueSoon: false);
    }

    [Fact]
    public void Ascension_day_does_not_count()
    {
        var response = Compute("2026-05-13T15:00:00+02:00", Priority.P2, reply: null, now: "2026-05-14T12:00:00+02:00").Response;
        AssertReading(response, ClockState.Running, 120, "2026-05-15T11:00:00+02:00", dueSoon: false);
    }

    [Fact]
    public void Clocks_run_on_wall_clock_hours_across_the_dst_weekend()
    {
        var response = Compute("2026-03-27T13:00:00+01:00", Priority.P3, reply: null, now: "2026-03-30T12:00:00+02:00").Response;
        AssertReading(response, ClockState.Running, 420, "2026-03-30T13:00:00+02:00", dueSoon: true);
    }

    [Fact]
    public void Extra_closing_days_of_the_policy_calendar_do_not_count()
    {
        var policy = ClockPolicy.ForContract(new WorkingCalendar(closingDays: [new DateOnly(2026, 3, 3)]));
        var resolution = Compute("2026-03-02T16:00:00+01:00", Priority.P1, reply: null, now: "2026-03-04T10:00:00+01:00", policy).Resolution;
        AssertReading(resolution, ClockState.Running, 120, "2026-03-04T16:00:00+01:00", dueSoon: false);
    }

    private static IncidentClocks Compute(
        string reported, Priority priority, string? reply, string now, ClockPolicy? policy = null,
        params (string At, IncidentStatus Status)[] history)
    {
        var facts = new IncidentClockFacts(
            Time.At(reported), priority, reply is null ? null : Time.At(reply),
            history.Select(h => new StatusChange(Time.At(h.At), h.Status)).ToList());
        return SlaClock.Compute(policy ?? ClockPolicy.Contract, facts, Time.At(now));
    }

    private static void AssertReading(ClockReading reading, ClockState state, int elapsedMinutes, string due, bool dueSoon)
    {
        Assert.Equal(state, reading.State);
        Assert.Equal(TimeSpan.FromMinutes(elapsedMinutes), reading.Elapsed);
        Assert.Equal(due, Time.Iso(reading.DueAt));
        Assert.Equal(dueSoon, reading.DueSoon);
        Assert.Equal(reading.Target - reading.Elapsed, reading.Remaining);
    }
}
