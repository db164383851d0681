namespace Platform.Kernel.Tenancy;

/// <summary>A write touched a row of another tenant than the scope's, or a tenant-owned row was written with no tenant.</summary>
public sealed class TenantMismatchException(string message) : InvalidOperationException(message);
