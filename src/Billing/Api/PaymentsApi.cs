using Microsoft.AspNetCore.Routing;

namespace Billing.Api;

/// <summary>Bank statements, review list, ageing, Stripe (filled in by the endpoints work).</summary>
internal static class PaymentsApi
{
    public static void MapPaymentsApi(this RouteGroupBuilder billing)
    {
    }
}
