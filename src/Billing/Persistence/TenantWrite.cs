using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Tenancy;

namespace Billing.Persistence;

/// <summary>A context of one tenant on the caller's connection and open transaction: for finance work that writes
/// tenant-owned rows of several tenants (a bank statement pays many) all or nothing.</summary>
internal sealed class TenantWrite(AsyncServiceScope scope, BillingDbContext db) : IAsyncDisposable
{
    public BillingDbContext Db { get; } = db;

    public static async Task<TenantWrite> JoinAsync(ITenantScopeFactory scopes, BillingDbContext outer, Guid tenantId, CancellationToken ct)
    {
        var transaction = outer.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Join a tenant inside the caller's transaction.");
        var scope = await scopes.BeginAsync(tenantId, ct);
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        db.Database.SetDbConnection(outer.Database.GetDbConnection(), contextOwnsConnection: false);
        await db.Database.UseTransactionAsync(transaction.GetDbTransaction(), ct);
        return new(scope, db);
    }

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
