namespace Tenants.Domain.Features;

/// <summary>
/// A feature's own settings, stored per tenant as camelCase JSON (<see cref="FeatureSettingsJson"/>).
/// </summary>
internal interface IFeatureSettings
{
    /// <summary>Everything wrong with the settings, with camelCase field paths and Dutch messages; empty when valid.</summary>
    IReadOnlyList<ValidationError> Validate();

    /// <summary>What the mobile app may see: the settings without internal fields such as API keys or the
    /// mailboxes reports are routed to. Only call on valid settings.</summary>
    object PublicView();
}
