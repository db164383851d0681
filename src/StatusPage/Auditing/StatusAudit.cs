using System.Text.Json;
using StatusPage.Persistence;

namespace StatusPage.Auditing;

/// <summary>Adds an audit entry to the unit of work; it is saved with the change it describes.</summary>
internal sealed class StatusAudit(StatusPageDbContext db, TimeProvider clock)
{
    public void Record(Guid? userId, string action, Guid entityId, object details) =>
        db.Audit.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            At = clock.GetUtcNow(),
            UserId = userId,
            Action = action,
            EntityId = entityId,
            Details = Truncate(JsonSerializer.Serialize(details, JsonSerializerOptions.Web), 4000),
        });

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
