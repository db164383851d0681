using Billing.Domain;
using Billing.Runs;

namespace Billing.Web;

/// <summary>Amounts are JSON numbers in euro with two decimals (decimal keeps its scale when serialised).</summary>
internal static class Euro
{
    public static decimal Of(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero) + 0.00m;
}
