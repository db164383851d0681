using Platform.Kernel.Tenancy;
using Billing.Domain;

namespace Billing.Forecast;

/// <param name="InhabitantsYear">The year of the latest known count the forecast uses.</param>
/// <param name="Fee">The fee rule's own result for <paramref name="Year"/> with that count (no tier arithmetic here).</param>
internal sealed record FeeForecast(TenantSummary Tenant, int Year, int Inhabitants, int InhabitantsYear, FeeCalculation Fee,
    PriceListVersion Prices, DateOnly InvoiceExpectedOn);

/// <summary>Next year's expected fee for a tenant: the contract's fee rule (<see cref="FeeCalculator"/>) applied to the latest
/// known number of inhabitants and the price list in force that year. Null with a Dutch reason when no forecast applies
/// (not live, contract ends before the year, no inhabitants known).</summary>
internal static class FeeForecasting
{
    public static (FeeForecast? Forecast, string? Reason) For(TenantSummary tenant, int year, PriceList prices, DateOnly invoiceExpectedOn)
    {
        var known = tenant.InhabitantsByYear.Where(k => k.Key <= year).OrderBy(k => k.Key).LastOrDefault();
        if (known.Key == 0) return (null, "Geen aantal inwoners gekend.");
        var fee = FeeCalculator.Calculate(year, known.Value, tenant.GoLive ?? GoLive.From(tenant.AppStore, tenant.PlayStore), tenant.TerminationEffectiveOn, prices);
        if (!fee.Due) return (null, fee.ReasonText ?? "Niet verschuldigd.");
        return (new FeeForecast(tenant, year, known.Value, known.Key, fee, prices.For(year), invoiceExpectedOn), null);
    }
}
