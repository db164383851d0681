namespace Platform.Kernel.Tenancy;

/// <summary>Which tenants are served under a contract, and who receives a tenant's monthly service report. Implemented by
/// the Tenants module, read by the service desk's monthly mailing.</summary>
public interface ITenantServiceContacts
{
    /// <summary>The tenants whose contract ran on at least one day of <paramref name="from"/>..<paramref name="to"/>: signed on
    /// or before <paramref name="to"/> and not ended (termination effective) before <paramref name="from"/>.</summary>
    Task<IReadOnlyList<TenantInfo>> UnderContractAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>The tenant's service delivery manager, else its SPOC (the first by name); null when neither was recorded.</summary>
    Task<ServiceContact?> ServiceReportRecipientAsync(Guid tenantId, CancellationToken cancellationToken = default);
}

/// <param name="IsServiceDeliveryManager">False when the SPOC stands in because no service delivery manager was recorded.</param>
public sealed record ServiceContact(string Name, string Email, bool IsServiceDeliveryManager);
