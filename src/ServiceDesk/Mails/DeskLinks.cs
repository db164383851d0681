using Platform.Kernel.Net;

namespace ServiceDesk.Mails;

/// <summary>Absolute links for the service desk's mails, over the kernel's <see cref="PublicLinks"/>.</summary>
internal sealed class DeskLinks(PublicLinks links)
{
    public string Base => links.Base;

    public string Incident(Guid id) => links.To($"servicedesk/incidenten/{id}");
}
