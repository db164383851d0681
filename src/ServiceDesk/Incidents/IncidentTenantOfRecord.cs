using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Privacy;
using ServiceDesk.Persistence;

namespace ServiceDesk.Incidents;

/// <summary>The tenant of an incident (by id or number) or of an attachment, for the access log of staff reads
/// (<see cref="ReadsTenantPersonalDataAttribute"/>): staff open them without a tenant in the route.</summary>
internal sealed class IncidentTenantOfRecord(ServiceDeskDbContext db) : ITenantOfRecord
{
    public IReadOnlyCollection<string> Kinds { get; } = ["incident", "attachment"];

    public async Task<Guid?> TenantOfAsync(string recordId, CancellationToken cancellationToken = default)
    {
        // Staff read across tenants; this finds the one tenant whose log the read goes to.
        var incidents = AcrossTenants.Incidents(db);
        if (Guid.TryParse(recordId, out var id))
            return await incidents.Where(i => i.Id == id).Select(i => (Guid?)i.TenantId).FirstOrDefaultAsync(cancellationToken)
                ?? await AcrossTenants.Attachments(db).Where(a => a.Id == id).Select(a => (Guid?)a.TenantId).FirstOrDefaultAsync(cancellationToken);
        return IncidentNumbers.Normalize(recordId) is { } number
            ? await incidents.Where(i => i.Number == number).Select(i => (Guid?)i.TenantId).FirstOrDefaultAsync(cancellationToken)
            : null;
    }
}
