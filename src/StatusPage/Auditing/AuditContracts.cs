namespace StatusPage.Auditing;

internal sealed record AuditResponse(Guid Id, DateTimeOffset At, Guid? UserId, string Action, Guid EntityId, string Details);
