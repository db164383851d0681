using Microsoft.Extensions.Configuration;

namespace StatusPage.Notifications;

/// <summary>Absolute links for mails and feeds, from <c>Platform:PublicBaseUrl</c>.</summary>
internal sealed class StatusLinks(IConfiguration configuration)
{
    public string Base { get; } = (configuration["Platform:PublicBaseUrl"] ?? "http://localhost:5080").TrimEnd('/');

    public string StatusPage => Base + "/status";

    public string Confirm(string token) => $"{Base}/status/bevestigen?token={token}";

    public string Unsubscribe(string token) => $"{Base}/status/uitschrijven?token={token}";
}
