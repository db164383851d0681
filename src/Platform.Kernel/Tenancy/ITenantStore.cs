namespace Platform.Kernel.Tenancy;

/// <summary>Turns an identifier (slug) or id into a <see cref="TenantInfo"/>. Implemented by the Tenants module.</summary>
public interface ITenantStore
{
    ValueTask<TenantInfo?> FindByIdentifierAsync(string identifier, CancellationToken cancellationToken = default);

    ValueTask<TenantInfo?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Forgets cached entries, e.g. after a slug changed.</summary>
    void Invalidate(Guid id);
}
