namespace ServiceDesk.Incidents;

/// <param name="Tenant">Slug of the tenant; required for agents, optional (and must be their own) for reporters.</param>
/// <param name="ReceivedAt">Agents only: when the e-mail or call came in, ISO 8601 with offset. A reporter's incident is received now.</param>
/// <param name="Channel">Agents only: <c>email</c> (default) or <c>phone</c>.</param>
/// <param name="ReporterName">Agents only: who contacted the service desk.</param>
/// <param name="ReporterEmail">Agents only: where public replies are sent.</param>
public sealed record CreateIncidentRequest(
    string? Tenant, string? Title, string? Description, int? Urgency, int? Impact, string? AffectedFeature,
    string? ReceivedAt, string? Channel, string? ReporterName, string? ReporterEmail);

public sealed record ClockResponse(
    double TargetHours, DateTimeOffset DueAt, double ElapsedHours, double RemainingHours, string State, string StateText,
    bool DueSoon, DateTimeOffset? StoppedAt);

/// <param name="Number">The incident number people quote, <c>MBP-2026-00042</c>; the API accepts it wherever it takes an id.</param>
public sealed record IncidentCreatedResponse(
    Guid Id, string Number, string Tenant, string Priority, string Status, DateTimeOffset ReportedAt,
    DateTimeOffset ResponseDueAt, DateTimeOffset ResolutionDueAt);

public sealed record HistoryEntry(DateTimeOffset At, string Kind, string Actor, string? From, string? To, string? Text);

public sealed record AttachmentInfo(Guid Id, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt, string UploadedBy);

public sealed record IncidentResponse(
    Guid Id, string Number, string Tenant, string TenantName, string Title, string Description, int Urgency, int Impact,
    string Priority, string? PriorityOverrideReason, string? AffectedFeature, string Status, string StatusText,
    string Channel, DateTimeOffset ReportedAt, string ReporterName, Guid? AssigneeId, string? AssigneeName,
    DateTimeOffset ResponseDueAt, DateTimeOffset ResolutionDueAt, ClockResponse Response, ClockResponse Resolution,
    IReadOnlyList<string> NextStatuses, IReadOnlyList<HistoryEntry> History, IReadOnlyList<AttachmentInfo> Attachments,
    DateTimeOffset? AnsweredAt, IReadOnlyList<MailInfo> Mails);

/// <summary>A mail to the reporter about the incident and how its delivery went (agents only).</summary>
/// <param name="Kind"><c>Reply</c> or <c>Resolution</c>.</param>
/// <param name="LastError">Why the last attempt failed, in Dutch; null once delivered.</param>
public sealed record MailInfo(
    Guid Id, string Kind, string Subject, DateTimeOffset QueuedAt, DateTimeOffset? DeliveredAt, int Attempts,
    DateTimeOffset? NextAttemptAt, string? LastError);

public sealed record IncidentSummary(
    Guid Id, string Number, string Tenant, string Title, string Priority, string Status, string StatusText, DateTimeOffset ReportedAt,
    string? AssigneeName, DateTimeOffset NextDueAt, string NextDueClock, ClockResponse Response, ClockResponse Resolution,
    bool Breached, bool DueSoon);

public sealed record ReplyRequest(string? Text, bool? Public);

public sealed record StatusRequest(string? Status, string? Reason);

public sealed record PriorityRequest(string? Priority, string? Reason);

public sealed record AssignRequest(Guid? AssigneeId);

public sealed record AttachmentUpload(string? FileName, string? ContentBase64);
