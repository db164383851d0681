using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.Persistence;

namespace Platform.Identity;

/// <summary>One reporter creation per tenant at a time, so "at most 3 reporters" holds under concurrent requests: on
/// PostgreSQL a transaction-scoped advisory lock on the tenant (every node), count and creation in that transaction;
/// on SQLite (one node) a lock in this process. Whoever waits counts the reporter the first one created.</summary>
internal sealed class ReporterCreationLock : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<Guid, SemaphoreSlim> Local = new();

    private readonly SemaphoreSlim _gate;
    private readonly IDbContextTransaction? _transaction;

    private ReporterCreationLock(SemaphoreSlim gate, IDbContextTransaction? transaction) => (_gate, _transaction) = (gate, transaction);

    public static async Task<ReporterCreationLock> EnterAsync(PlatformDbContext db, Guid tenantId, CancellationToken ct)
    {
        var gate = Local.GetOrAdd(tenantId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            IDbContextTransaction? transaction = null;
            if (db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true)
            {
                transaction = await db.Database.BeginTransactionAsync(ct);
                var key = BitConverter.ToInt64(tenantId.ToByteArray(), 0) ^ 0x5265706F72746572; // "Reporter"
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", ct);
            }
            return new ReporterCreationLock(gate, transaction);
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    public Task CommitAsync(CancellationToken ct) => _transaction?.CommitAsync(ct) ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_transaction is not null) await _transaction.DisposeAsync();
        }
        finally
        {
            _gate.Release();
        }
    }
}
