namespace Platform.Kernel.Privacy;

/// <summary>Who receives a tenant's data-protection notices (sub-processor and charter changes, breaches, data-subject
/// requests): its DPO contacts, else its SPOC. Implemented by the Tenants module, read by DataProtection.</summary>
public interface ITenantPrivacyContacts
{
    Task<IReadOnlyList<PrivacyContact>> RecipientsAsync(Guid tenantId, CancellationToken cancellationToken = default);
}

/// <param name="IsDpo">False when the SPOC stands in because no DPO contact was recorded.</param>
public sealed record PrivacyContact(string Name, string Email, bool IsDpo);
