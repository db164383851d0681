using ServiceDesk.Persistence;

namespace ServiceDesk.Incidents;

/// <summary>From stored incidents to the domain's clock facts, and from readings to what the API and pages show.</summary>
internal static class ClockReadings
{
    public static IncidentClockFacts Facts(Incident i, IEnumerable<StatusChange> history) =>
        new(i.ReportedAt, i.Priority, i.AnsweredAt, history.ToList());

    public static IncidentClockFacts Facts(Incident i) =>
        Facts(i, i.Events.Where(e => e.Kind == IncidentEventKind.StatusChanged && e.Status is not null)
            .Select(e => new StatusChange(e.At, e.Status!.Value)));

    public static ClockResponse ToResponse(ClockReading r) => new(
        Hours(r.Target), InBrussels(r.DueAt), Hours(r.Elapsed), Hours(r.Remaining),
        r.State.ToString().ToLowerInvariant(), StateText(r), r.DueSoon, r.StoppedAt is { } s ? InBrussels(s) : null);

    /// <summary>Text, not colour alone: "Op tijd", "Bijna vervallen", "Overschreden", ...</summary>
    public static string StateText(ClockReading r) => r.State switch
    {
        ClockState.Breached => "Overschreden",
        ClockState.Met => "Gehaald",
        ClockState.Paused => "Gepauzeerd",
        _ when r.DueSoon => "Bijna vervallen",
        _ => "Loopt",
    };

    /// <summary>The badge class of site.css that goes with the state (always shown together with the text).</summary>
    public static string Badge(ClockReading r) => r.State switch
    {
        ClockState.Breached => "badge danger",
        ClockState.Met => "badge ok",
        _ when r.DueSoon => "badge warn",
        _ => "badge",
    };

    /// <summary>The clock that falls due first among those still running; null when none runs.</summary>
    public static (string Clock, DateTimeOffset DueAt)? NextDue(IncidentClocks c)
    {
        var running = new List<(string, DateTimeOffset)>();
        if (c.Response.StoppedAt is null) running.Add(("response", c.Response.DueAt));
        if (c.Resolution.StoppedAt is null) running.Add(("resolution", c.Resolution.DueAt));
        return running.Count == 0 ? null : running.MinBy(x => x.Item2);
    }

    public static DateTimeOffset InBrussels(DateTimeOffset t) => Platform.Kernel.Formatting.Dutch.ToBrussels(t);

    public static double Hours(TimeSpan t) => Math.Round(t.TotalHours, 2);

    public static string Name(this IncidentChannel channel) => channel switch
    {
        IncidentChannel.Email => "e-mail",
        IncidentChannel.Phone => "telefoon",
        _ => "portaal",
    };

    public static string Dutch(this IncidentEventKind kind) => kind switch
    {
        IncidentEventKind.Created => "Gemeld",
        IncidentEventKind.StatusChanged => "Status gewijzigd",
        IncidentEventKind.PriorityChanged => "Prioriteit gewijzigd",
        IncidentEventKind.Assigned => "Toegewezen",
        IncidentEventKind.PublicReply => "Antwoord",
        IncidentEventKind.InternalNote => "Interne notitie",
        IncidentEventKind.AttachmentAdded => "Bijlage toegevoegd",
        _ => kind.ToString(),
    };
}
