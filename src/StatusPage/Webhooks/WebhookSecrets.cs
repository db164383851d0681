using Microsoft.AspNetCore.DataProtection;

namespace StatusPage.Webhooks;

/// <summary>Webhook secrets are needed in clear to sign, so they are encrypted at rest with the platform's
/// data-protection keys (shared by all nodes through the database), not hashed.</summary>
internal static class WebhookSecrets
{
    private const string Purpose = "StatusPage.WebhookSecret.v1";

    public static string Protect(IDataProtectionProvider provider, string secret) => provider.CreateProtector(Purpose).Protect(secret);

    public static string Unprotect(IDataProtectionProvider provider, string protectedSecret) => provider.CreateProtector(Purpose).Unprotect(protectedSecret);
}
