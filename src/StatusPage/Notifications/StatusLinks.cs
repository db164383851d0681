using Platform.Kernel.Net;

namespace StatusPage.Notifications;

/// <summary>Absolute links for mails and feeds, over the kernel's <see cref="PublicLinks"/>.</summary>
internal sealed class StatusLinks(PublicLinks links)
{
    public string Base => links.Base;

    public string StatusPage => links.To("status");

    public string Confirm(string token) => links.To($"status/bevestigen?token={token}");

    public string Unsubscribe(string token) => links.To($"status/uitschrijven?token={token}");
}
