using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Persistence;

namespace ServiceDesk.Incidents;

/// <summary>
/// Finds an incident for an actor. Tenant-bound users go through the request's tenant filter, so another tenant's
/// incident does not exist for them. Staff read across tenants and write inside the incident's own tenant scope.
/// </summary>
internal sealed class IncidentAccess(ServiceDeskDbContext db, ITenantScopeFactory scopes)
{
    public async Task<Outcome<T>> WithIncidentAsync<T>(
        Guid id, Actor actor, Func<ServiceDeskDbContext, Incident, Task<Outcome<T>>> work, CancellationToken ct)
    {
        if (!actor.IsStaff)
        {
            var own = await db.Incidents.Include(i => i.Events).FirstOrDefaultAsync(i => i.Id == id, ct);
            return own is null ? Outcome<T>.Missing() : await work(db, own);
        }
        var tenantId = await AcrossTenants.Incidents(db).Where(i => i.Id == id)
            .Select(i => (Guid?)i.TenantId).FirstOrDefaultAsync(ct);
        if (tenantId is null) return Outcome<T>.Missing();
        await using var scope = await scopes.BeginAsync(tenantId.Value, ct);
        var tenantDb = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        var incident = await tenantDb.Incidents.Include(i => i.Events).FirstAsync(i => i.Id == id, ct);
        return await work(tenantDb, incident);
    }

    /// <summary>Incidents the actor may read: the own tenant's, or all for staff.</summary>
    public IQueryable<Incident> Readable(Actor actor) =>
        actor.IsStaff ? AcrossTenants.Incidents(db) : db.Incidents;
}
