namespace DataProtection.AccessLog;

/// <summary>One read of a tenant's personal data by Digitaal Vlaanderen staff: who (user id and role), when, what kind and
/// which record id. No personal data: no names, texts or addresses.</summary>
internal sealed class AccessLogEntry : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid UserId { get; set; }
    public required string Role { get; set; }
    public required string Kind { get; set; }
    public string? RecordId { get; set; }
    /// <summary>The route pattern that was read, e.g. <c>/api/servicedesk/incidents/{id}</c>.</summary>
    public required string Resource { get; set; }
}
