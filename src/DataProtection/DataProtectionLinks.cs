using Microsoft.Extensions.Configuration;

namespace DataProtection;

/// <summary>Absolute links for mails, from <c>Platform:PublicBaseUrl</c>.</summary>
internal sealed class DataProtectionLinks(IConfiguration configuration)
{
    public string Base { get; } = (configuration["Platform:PublicBaseUrl"] ?? "http://localhost:5080").TrimEnd('/');

    public string Tenant(string slug) => $"{Base}/gegevensbescherming/{slug}";
}
