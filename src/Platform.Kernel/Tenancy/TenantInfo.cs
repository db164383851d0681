namespace Platform.Kernel.Tenancy;

/// <summary>A resolved tenant: the fixed <see cref="Id"/> stored in every tenant-owned row and the
/// changeable <see cref="Identifier"/> (slug) used in URLs and host names.</summary>
public sealed record TenantInfo(Guid Id, string Identifier, string Name);
