using Microsoft.Extensions.DependencyInjection;

namespace Platform.Kernel.Tenancy;

/// <summary>Enters a tenant explicitly, for background jobs and seeding.</summary>
public interface ITenantScopeFactory
{
    /// <summary>A new DI scope whose <see cref="TenantContext"/> is the given tenant. Throws when the tenant does not exist.</summary>
    Task<AsyncServiceScope> BeginAsync(Guid tenantId, CancellationToken cancellationToken = default);
}

internal sealed class TenantScopeFactory(IServiceScopeFactory scopes, ITenantStore store) : ITenantScopeFactory
{
    public async Task<AsyncServiceScope> BeginAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var tenant = await store.FindByIdAsync(tenantId, cancellationToken)
            ?? throw new InvalidOperationException($"Tenant {tenantId} does not exist.");
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        return scope;
    }
}
