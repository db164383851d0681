using Platform.Kernel.Net;

namespace DataProtection;

/// <summary>Absolute links for mails, over the kernel's <see cref="PublicLinks"/>.</summary>
internal sealed class DataProtectionLinks(PublicLinks links)
{
    public string Base => links.Base;

    public string Tenant(string slug) => links.To($"gegevensbescherming/{slug}");
}
