using Microsoft.AspNetCore.Routing;

namespace Billing.Api;

/// <summary>Peppol UBL downloads (filled in by the endpoints work).</summary>
internal static class EInvoiceApi
{
    public static void MapEInvoiceApi(this RouteGroupBuilder billing)
    {
    }
}
