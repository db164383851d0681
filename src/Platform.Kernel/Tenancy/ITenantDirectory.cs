namespace Platform.Kernel.Tenancy;

/// <summary>What other modules may read about tenants (billing: customer identity, inhabitants, go-live,
/// termination). They never read the Tenants module's tables.</summary>
public interface ITenantDirectory
{
    Task<TenantSummary?> FindAsync(Guid tenantId, CancellationToken cancellationToken = default);

    Task<TenantSummary?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TenantSummary>> AllAsync(CancellationToken cancellationToken = default);

    /// <summary>Who receives invoices and payment reminders: the billing contacts, or the SPOC when there is none.</summary>
    Task<IReadOnlyList<InvoiceRecipient>> InvoiceRecipientsAsync(Guid tenantId, CancellationToken cancellationToken = default);

    /// <summary>The billing contacts and the SPOC together (e.g. the yearly fee forecast goes to both), each address once.</summary>
    Task<IReadOnlyList<InvoiceRecipient>> BillingContactsAndSpocAsync(Guid tenantId, CancellationToken cancellationToken = default);
}

/// <param name="IsBillingContact">False when the SPOC stands in because no billing contact was recorded.</param>
public sealed record InvoiceRecipient(string Name, string Email, bool IsBillingContact);

/// <param name="Kbo">Formatted <c>0207.451.227</c>.</param>
/// <param name="GoLive">The later of the two store publication dates; null while not live in both.</param>
/// <param name="InhabitantsByYear">De jure population on 1 January of each year that is known.</param>
/// <param name="InvoiceReference">The tenant's reference or order number for invoices (Peppol buyer reference), if given.</param>
public sealed record TenantSummary(
    Guid Id, string Slug, string Name, string Kbo, string Street, string PostalCode, string City,
    DateOnly? AppStore, DateOnly? PlayStore, DateOnly? GoLive, DateOnly? ContractSignedOn, DateOnly? TerminationEffectiveOn,
    IReadOnlyDictionary<int, int> InhabitantsByYear, string? InvoiceReference = null);
