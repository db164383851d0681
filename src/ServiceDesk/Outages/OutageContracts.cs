namespace ServiceDesk.Outages;

/// <param name="StatusIncidentId">An open incident of the status page.</param>
public sealed record LinkOutageRequest(Guid? StatusIncidentId);

/// <param name="Title">Title on the status page; the incident's title when empty.</param>
/// <param name="Impact"><c>DegradedPerformance</c>, <c>PartialOutage</c> or <c>MajorOutage</c>.</param>
/// <param name="ComponentIds">The status page components affected.</param>
/// <param name="Message">The first public update on the status page.</param>
public sealed record CreateOutageRequest(string? Title, string? Impact, List<Guid>? ComponentIds, string? Message);

/// <param name="UpdateId">Chosen by the caller (a new GUID per update): sending the same id again sends nothing twice.</param>
/// <param name="Text">Mailed to every linked reporter in their own thread and recorded as a public message on each incident.</param>
/// <param name="Publish">Also post it as a public update on the status incident.</param>
public sealed record OutageUpdateRequest(Guid? UpdateId, string? Text, bool? Publish);

/// <param name="Explanation">The resolution explanation each reporter receives by mail.</param>
public sealed record ResolveLinkedRequest(string? Explanation);

/// <summary>The outage an incident is linked to, as the status page knows it now.</summary>
public sealed record OutageLinkResponse(Guid IncidentId, Guid StatusIncidentId, string Title, bool IsOpen, string Stage, string Permalink);

public sealed record LinkedIncident(Guid Id, string Number, string Tenant, string TenantName, string ReporterName, string Status, string StatusText);

public sealed record OutageUpdateInfo(Guid Id, DateTimeOffset At, string By, string Text, bool Published, int Recipients);

public sealed record OutageResponse(
    Guid StatusIncidentId, string Title, bool IsOpen, string Stage, string Permalink, DateTimeOffset StartedAt, DateTimeOffset? ResolvedAt,
    IReadOnlyList<LinkedIncident> Incidents, IReadOnlyList<OutageUpdateInfo> Updates);

/// <param name="Messaged">Incidents that received the update with this request (0 when it was sent before).</param>
/// <param name="AlreadySent">The update id was sent before: nothing was sent again.</param>
public sealed record SentOutageUpdate(Guid UpdateId, bool Published, int Messaged, bool AlreadySent);

/// <param name="Skipped">Numbers of linked incidents already resolved or closed.</param>
public sealed record LinkedResolution(IReadOnlyList<string> Resolved, IReadOnlyList<string> Skipped);

/// <summary>An open status incident an agent can link to, with how many incidents are linked to it.</summary>
public sealed record OpenOutage(Guid StatusIncidentId, string Title, string Stage, DateTimeOffset StartedAt, int LinkedIncidents);
