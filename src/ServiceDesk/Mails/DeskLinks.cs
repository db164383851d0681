using Microsoft.Extensions.Configuration;

namespace ServiceDesk.Mails;

/// <summary>Absolute links for the service desk's mails, from <c>Platform:PublicBaseUrl</c>.</summary>
internal sealed class DeskLinks(IConfiguration configuration)
{
    public string Base { get; } = (configuration["Platform:PublicBaseUrl"] ?? "http://localhost:5080").TrimEnd('/');

    public string Incident(Guid id) => $"{Base}/servicedesk/incidenten/{id}";
}
