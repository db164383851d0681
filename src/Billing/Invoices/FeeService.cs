using Platform.Kernel.Tenancy;
using Billing.Domain;

namespace Billing.Invoices;

/// <summary>Feeds a tenant's directory data into the pure <see cref="FeeCalculator"/>.</summary>
internal static class FeeService
{
    public static FeeCalculation Calculate(TenantSummary tenant, int year, PriceList priceList) =>
        FeeCalculator.Calculate(year,
            tenant.InhabitantsByYear.TryGetValue(year, out var count) ? count : null,
            tenant.GoLive ?? GoLive.From(tenant.AppStore, tenant.PlayStore),
            tenant.TerminationEffectiveOn, priceList);

    public static void ApplyTo(Invoice invoice, TenantSummary tenant, FeeCalculation fee)
    {
        invoice.CustomerName = tenant.Name;
        invoice.CustomerKbo = tenant.Kbo;
        invoice.CustomerStreet = tenant.Street;
        invoice.CustomerPostalCode = tenant.PostalCode;
        invoice.CustomerCity = tenant.City;
        invoice.Inhabitants = fee.Inhabitants ?? 0;
        invoice.TierNumber = fee.Tier?.Number ?? 0;
        invoice.TierName = fee.Tier?.Name ?? "";
        invoice.AnnualFee = fee.AnnualFee;
        invoice.Months = fee.Months;
        invoice.Amount = fee.Amount;
        invoice.PeriodStart = fee.Period!.Start;
        invoice.PeriodEnd = fee.Period.End;
        invoice.Explanation = fee.Explanation;
    }

    public static Invoice NewDraft(TenantSummary tenant, FeeCalculation fee, DateTimeOffset now, Guid? runId)
    {
        var invoice = new Invoice
        {
            Id = Guid.CreateVersion7(now), TenantId = tenant.Id, Year = fee.Year, Status = InvoiceStatus.Draft,
            CustomerName = "", CustomerKbo = "", CustomerStreet = "", CustomerPostalCode = "", CustomerCity = "",
            TierName = "", Explanation = "", CreatedAt = now, RunId = runId,
        };
        ApplyTo(invoice, tenant, fee);
        return invoice;
    }

    public static DateOnly Today(TimeProvider clock) => Platform.Kernel.Formatting.Dutch.Today(clock);
}
