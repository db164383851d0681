namespace Tenants.Onboarding;

public sealed record AddressDto(string? Street, string? PostalCode, string? City);

public sealed record InhabitantsDto(int Year, int Count, string? Source = null, DateOnly? PublishedOn = null);

public sealed record OnboardTenantRequest(
    string? Slug, string? Name, string? Kbo, string? NisCode, AddressDto? Address, List<InhabitantsDto>? Inhabitants);

public sealed record GoLiveRequest(DateOnly? AppStore, DateOnly? PlayStore);

public sealed record TenantResponse(
    Guid Id, string Slug, string Name, string Kbo, string? NisCode, AddressDto Address,
    IReadOnlyList<InhabitantsDto> Inhabitants, DateOnly? AppStore, DateOnly? PlayStore, DateOnly? GoLive,
    DateOnly? ContractSignedOn, string? InvoiceReference);

/// <param name="Reference">Reference or order number for invoices (Peppol buyer reference); empty clears it.</param>
public sealed record InvoiceReferenceRequest(string? Reference);
