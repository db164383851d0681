using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using StatusPage.Persistence;

namespace StatusPage.Auditing;

/// <summary>The status page's audit trail: who changed what, newest first.</summary>
internal static class StatusAuditApi
{
    public static void MapStatusAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", Audit).WithSummary("Audit trail of status page changes, newest first.");
    }

    private static async Task<List<AuditResponse>> Audit(Guid? entityId, StatusPageDbContext db, CancellationToken ct)
    {
        var query = db.Audit.AsNoTracking();
        if (entityId is { } e) query = query.Where(a => a.EntityId == e);
        return await query.OrderByDescending(a => a.At).Take(500)
            .Select(a => new AuditResponse(a.Id, a.At, a.UserId, a.Action, a.EntityId, a.Details)).ToListAsync(ct);
    }
}
