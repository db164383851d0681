using Microsoft.EntityFrameworkCore;
using Tenants.Domain.Identity;
using Tenants.Persistence;

namespace Tenants.Directory;

internal sealed class TenantDirectory(TenantsDbContext db) : ITenantDirectory
{
    public async Task<TenantSummary?> FindAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        (await Query().FirstOrDefaultAsync(t => t.Id == tenantId, cancellationToken)) is { } t ? ToSummary(t) : null;

    public async Task<TenantSummary?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        (await Query().FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken)) is { } t ? ToSummary(t) : null;

    public async Task<IReadOnlyList<TenantSummary>> AllAsync(CancellationToken cancellationToken = default) =>
        (await Query().OrderBy(t => t.Name).ToListAsync(cancellationToken)).Select(ToSummary).ToList();

    private IQueryable<Tenant> Query() => db.Tenants.AsNoTracking().Include(t => t.Inhabitants);

    private static TenantSummary ToSummary(Tenant t) => new(
        t.Id, t.Slug, t.Name, KboNumber.Parse(t.Kbo).ToString(), t.Address.Street, t.Address.PostalCode, t.Address.City,
        t.AppStoreDate, t.PlayStoreDate, t.GoLive, t.ContractSignedOn, t.TerminationEffectiveOn,
        t.Inhabitants.ToDictionary(i => i.Year, i => i.Count));
}
