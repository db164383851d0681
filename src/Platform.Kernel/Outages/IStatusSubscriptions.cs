namespace Platform.Kernel.Outages;

/// <summary>For other modules: subscribe someone whose address is already known and verified (a tenant contact at
/// onboarding) without the double opt-in mail, and end that subscription again when the contact goes. Every
/// notification still carries a one-click unsubscribe link. Implemented by the StatusPage module.</summary>
public interface IStatusSubscriptions
{
    /// <param name="product">The product's slug or name, e.g. "Mijn Burgerprofiel"; null = every product.</param>
    /// <returns>False when the product is unknown or the address invalid.</returns>
    /// <param name="forTenantId">A tenant contact: told only of events touching the features the tenant's published app uses.</param>
    Task<bool> SubscribeConfirmedAsync(string email, string? product, CancellationToken cancellationToken = default, Guid? forTenantId = null);

    /// <summary>Ends the subscriptions made by <see cref="SubscribeConfirmedAsync"/> for this address and tenant (the
    /// subscriptions the person took out themselves stay). <paramref name="product"/> null = for every product.</summary>
    /// <returns>How many subscriptions ended.</returns>
    Task<int> UnsubscribeForTenantAsync(string email, Guid forTenantId, string? product = null, CancellationToken cancellationToken = default);
}
