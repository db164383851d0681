namespace StatusPage.Auditing;

/// <summary>Who changed what on the status page, when.</summary>
internal sealed class AuditEntry
{
    public Guid Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? UserId { get; set; }
    public required string Action { get; set; }
    public Guid EntityId { get; set; }
    public required string Details { get; set; }
}
