using Platform.Kernel.Formatting;
using ServiceDesk.Persistence;

namespace ServiceDesk.Mails;

/// <summary>The Dutch mails about an incident, queued in the incident's mail log with the change that causes them. Every mail
/// of an incident is one thread: the acknowledgement's Message-ID is the thread root, every later mail refers to it, and the
/// incident number is in every subject.</summary>
internal static class IncidentMails
{
    public const string Domain = "servicedesk.burgerprofiel.vlaanderen.be";

    private const string Signature = "Met vriendelijke groeten,\nServicedesk Digitaal Vlaanderen\n";

    public static string ThreadRoot(Guid incidentId) => $"<incident-{incidentId:N}@{Domain}>";

    /// <summary>The incident whose thread root this Message-ID is, if it is one.</summary>
    public static Guid? IncidentOfThreadRoot(string messageId) =>
        messageId.Trim().TrimStart('<').TrimEnd('>') is var id && id.StartsWith("incident-", StringComparison.OrdinalIgnoreCase)
        && id.EndsWith("@" + Domain, StringComparison.OrdinalIgnoreCase)
        && Guid.TryParseExact(id["incident-".Length..^(Domain.Length + 1)], "N", out var g) ? g : null;

    /// <summary>Whether a Message-ID is one of ours (a reply to it, or a loop, can be recognised).</summary>
    public static bool IsOurs(string? messageId) =>
        messageId is not null && messageId.Trim().TrimEnd('>').EndsWith("@" + Domain, StringComparison.OrdinalIgnoreCase);

    public static IncidentMail Acknowledgement(Incident incident, IncidentClocks clocks, WorkingCalendar calendar, DateTimeOffset now, DeskLinks links)
    {
        var start = calendar.NextWorkingMoment(now);
        var outside = start > now
            ? $"Je incident kwam binnen buiten de openingsuren van de servicedesk (werkdagen van 9 tot 17 uur). We starten ermee op {Dutch.DateTime(start)}.\n\n"
            : "";
        return Queue(incident, incident.ReporterEmail!, IncidentMailKind.Acknowledgement, "ack", $"[{incident.Number}] Ontvangen: {incident.Title}",
            $"Beste {incident.ReporterName},\n\nWe hebben je incident \"{incident.Title}\" goed ontvangen onder nummer {incident.Number}.\n\n" +
            $"Prioriteit: {incident.Priority}\nReactie uiterlijk: {Dutch.DateTime(clocks.Response.DueAt)}\nOplossing uiterlijk: {Dutch.DateTime(clocks.Resolution.DueAt)}\n" +
            "(termijnen in werkuren: werkdagen van 9 tot 17 uur)\n\n" + outside +
            $"Vermeld het nummer {incident.Number} als je ons hierover contacteert, of antwoord op deze e-mail.\n" +
            $"Bekijk het incident: {links.Incident(incident.Id)}\n\n{Signature}", now, messageId: ThreadRoot(incident.Id));
    }

    public static IncidentMail Reply(Incident incident, Guid eventId, string text, DateTimeOffset now, DeskLinks links) =>
        Queue(incident, incident.ReporterEmail!, IncidentMailKind.Reply, eventId.ToString("N"), $"[{incident.Number}] Antwoord op je incident: {incident.Title}",
            $"Beste {incident.ReporterName},\n\nDe servicedesk heeft geantwoord op je incident {incident.Number} \"{incident.Title}\":\n\n{text}\n\n" +
            $"Bekijk het incident: {links.Incident(incident.Id)}\n\n{Signature}", now);

    public static IncidentMail Resolution(Incident incident, Guid eventId, string explanation, DateTimeOffset now, DeskLinks links) =>
        Queue(incident, incident.ReporterEmail!, IncidentMailKind.Resolution, eventId.ToString("N"), $"[{incident.Number}] Opgelost: {incident.Title}",
            $"Beste {incident.ReporterName},\n\nJe incident {incident.Number} \"{incident.Title}\" is opgelost.\n\nWat we gedaan hebben:\n{explanation}\n\n" +
            "Is het probleem niet opgelost? Open het incident en kies \"Heropenen\", met een korte uitleg, of antwoord op deze e-mail met die uitleg.\n" +
            "Is het opgelost? Kies \"Oplossing bevestigen\" in het incident, of antwoord met enkel het woord OPGELOST.\n" +
            $"Bekijk het incident: {links.Incident(incident.Id)}\n\n{Signature}", now);

    /// <summary>An update about the outage the incident is linked to: a public reply in the incident's own thread, keyed by the
    /// outage update so that it is queued once per incident whatever happens.</summary>
    public static IncidentMail OutageUpdate(Incident incident, Guid updateId, string outageTitle, string text, DateTimeOffset now, DeskLinks links) =>
        Queue(incident, incident.ReporterEmail!, IncidentMailKind.Reply, OutageKey(updateId), $"[{incident.Number}] Update over de storing: {incident.Title}",
            $"Beste {incident.ReporterName},\n\nJe incident {incident.Number} \"{incident.Title}\" hoort bij de storing \"{outageTitle}\". " +
            $"De servicedesk meldt:\n\n{text}\n\nBekijk het incident: {links.Incident(incident.Id)}\n\n{Signature}", now);

    public static string OutageKey(Guid updateId) => $"outage-{updateId:N}";

    /// <summary>The desk's alert for a new incident: at once, or waiting for the digest.</summary>
    public static IncidentMail DeskAlert(Incident incident, string tenantName, IncidentClocks clocks, string deskAddress, bool immediately, DateTimeOffset now, DeskLinks links) =>
        Queue(incident, deskAddress, immediately ? IncidentMailKind.DeskAlert : IncidentMailKind.DeskDigest, "desk-alert",
            $"[{incident.Number}] Nieuw {incident.Priority}-incident: {incident.Title}",
            $"Nieuw incident {incident.Number} van {tenantName}, prioriteit {incident.Priority}.\n\n{incident.Title}\n\n" +
            $"Ontvangen: {Dutch.DateTime(incident.ReportedAt)} via {incident.Channel.Name()}\n" +
            $"Reactie uiterlijk: {Dutch.DateTime(clocks.Response.DueAt)}\nOplossing uiterlijk: {Dutch.DateTime(clocks.Resolution.DueAt)}\n\n" +
            $"Open het incident: {links.Incident(incident.Id)}\n", now);

    public static IReadOnlyDictionary<string, string> Headers(IncidentMail mail)
    {
        var root = ThreadRoot(mail.IncidentId);
        var headers = new Dictionary<string, string> { ["Message-ID"] = mail.MessageId };
        // RFC 3834: automatic mails say so, so that auto-responders do not answer them (replies by people are not marked).
        if (mail.Kind is not (IncidentMailKind.Reply or IncidentMailKind.Resolution)) headers["Auto-Submitted"] = "auto-generated";
        if (mail.MessageId != root)
        {
            headers["In-Reply-To"] = root;
            headers["References"] = root;
        }
        return headers;
    }

    private static IncidentMail Queue(Incident incident, string to, IncidentMailKind kind, string key, string subject, string body, DateTimeOffset now,
        string? messageId = null)
    {
        var id = Guid.CreateVersion7(now);
        return new IncidentMail
        {
            Id = id, TenantId = incident.TenantId, IncidentId = incident.Id, Kind = kind, Key = key, To = to,
            Subject = subject.Length > 300 ? subject[..300] : subject, Body = body, MessageId = messageId ?? $"<{id:N}@{Domain}>", QueuedAt = now,
            ClaimToken = Guid.NewGuid(),
        };
    }
}
