using Tenants.Persistence;

namespace Tenants.Audit;

/// <summary>Adds audit entries to the current unit of work, so they are saved with the change they describe.</summary>
internal static class AuditLog
{
    public static void Record(this TenantsDbContext db, Guid tenantId, Actor actor, DateTimeOffset at, string action, string details) =>
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(at), TenantId = tenantId, At = at, ActorId = actor.Id,
            Actor = Truncate(actor.Name, 254), Action = action, Details = Truncate(details, 4000),
        });

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
