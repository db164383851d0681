using System.ComponentModel.DataAnnotations;

namespace Platform.Identity;

/// <summary>Configuration section <c>Authentication:Oidc</c>: sign-in through the government's OpenID Connect provider;
/// off while <see cref="Authority"/> is empty.</summary>
public sealed class OidcOptions : IValidatableObject
{
    public const string Section = "Authentication:Oidc";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The provider's name on the sign-in button ("Aanmelden via …").</summary>
    public string DisplayName { get; set; } = "Vlaamse overheid";

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled) yield break;
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            yield return new($"{Section}:Authority must be an absolute https URL, not '{Authority}'.", [nameof(Authority)]);
        if (string.IsNullOrWhiteSpace(ClientId))
            yield return new($"{Section}:ClientId is required when {Section}:Authority is set.", [nameof(ClientId)]);
    }
}
