using Platform.Kernel.Tenancy;
using System.Text.Json;
using Billing.Domain;
using Billing.Invoices;
using Billing.Pricing;
using Billing.Web;

namespace Billing.Tests.Invoices;

public class InvoiceModelTests
{
    private static TenantSummary Tenant(DateOnly? appStore, DateOnly? playStore, DateOnly? termination = null, params (int Year, int Count)[] inhabitants) =>
        new(Guid.NewGuid(), "gent", "Stad Gent", "0207.451.227", "Botermarkt 1", "9000", "Gent", appStore, playStore,
            appStore is { } a && playStore is { } p ? (a > p ? a : p) : null, null, termination, inhabitants.ToDictionary(i => i.Year, i => i.Count));

    [Theory]
    [InlineData(2023, true, 10_000.00)]   // Gent: live in both stores on 2 May 2023 → 8 months; 269 597 inhabitants → tier 4
    [InlineData(2024, true, 10_000.00)]
    [InlineData(2022, false, 0)]
    public void Fee_for_a_tenant_comes_from_the_directory_data(int year, bool due, double annual)
    {
        var gent = Tenant(new DateOnly(2023, 4, 18), new DateOnly(2023, 5, 2), null, (2023, 269_597), (2024, 271_000));
        var fee = FeeService.Calculate(gent, year, PriceList.Default());
        Assert.Equal(due, fee.Due);
        Assert.Equal((decimal)annual, fee.AnnualFee);
        if (year == 2023) Assert.Equal(6_666.67m, fee.Amount);
        if (year == 2024) Assert.Equal(10_000m, fee.Amount);
    }

    [Fact]
    public void A_missing_count_is_flagged_not_guessed()
    {
        var fee = FeeService.Calculate(Tenant(new DateOnly(2023, 1, 5), new DateOnly(2023, 1, 9), null, (2023, 12_000)), 2024, PriceList.Default());
        Assert.False(fee.Due);
        Assert.True(fee.NeedsAttention);
    }

    [Fact]
    public void Go_live_falls_back_to_the_later_store_date_when_the_directory_has_none()
    {
        var t = Tenant(new DateOnly(2025, 3, 17), new DateOnly(2025, 3, 19), null, (2025, 9_000)) with { GoLive = null };
        Assert.Equal(10, FeeService.Calculate(t, 2025, PriceList.Default()).Months);
    }

    [Theory]
    [InlineData("3500", "3500.00")]
    [InlineData("3333.3333", "3333.33")]
    [InlineData("0.005", "0.01")]
    [InlineData("10000.0", "10000.00")]
    public void Euro_amounts_serialise_with_two_decimals(string input, string json)
    {
        var amount = Euro.Of(decimal.Parse(input, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(json, JsonSerializer.Serialize(amount));
    }

    [Fact]
    public void Display_status_is_derived_from_the_facts_and_today()
    {
        var today = new DateOnly(2027, 3, 1);
        var invoice = new Invoice
        {
            CustomerName = "", CustomerKbo = "", CustomerStreet = "", CustomerPostalCode = "", CustomerCity = "", TierName = "", Explanation = "",
            Status = InvoiceStatus.Draft, Amount = 100m,
        };
        Assert.Equal(DisplayStatus.Draft, invoice.DisplayStatusOn(today));
        invoice.Status = InvoiceStatus.Issued;
        invoice.DueDate = today;
        Assert.Equal(DisplayStatus.Issued, invoice.DisplayStatusOn(today));
        Assert.Equal(DisplayStatus.Overdue, invoice.DisplayStatusOn(today.AddDays(1)));
        invoice.PaidAmount = 40m;
        Assert.Equal(DisplayStatus.PartiallyPaid, invoice.DisplayStatusOn(today));
        Assert.Equal(DisplayStatus.Overdue, invoice.DisplayStatusOn(today.AddDays(1)));
        invoice.PaidAmount = 100m;
        invoice.PaidOn = today;
        Assert.Equal(DisplayStatus.Paid, invoice.DisplayStatusOn(today.AddDays(1)));
        invoice.PaidAmount = 60m;
        invoice.CreditedAmount = 40m;
        Assert.Equal(DisplayStatus.Paid, invoice.DisplayStatusOn(today.AddDays(1)));
        invoice.CreditedAmount = 100m;
        Assert.Equal(DisplayStatus.Credited, invoice.DisplayStatusOn(today.AddDays(1)));
        invoice.Status = InvoiceStatus.RecordedOutside;
        Assert.Equal(DisplayStatus.RecordedOutside, invoice.DisplayStatusOn(today));
    }

    [Theory]
    [InlineData("draft", "Draft")]
    [InlineData("Overdue", "Overdue")]
    [InlineData("recordedOutside", "RecordedOutside")]
    public void Status_names_of_the_api_parse(string text, string expected)
    {
        Assert.True(DisplayStatusText.TryParse(text, out var status));
        Assert.Equal(expected, status.ToString());
        Assert.False(DisplayStatusText.TryParse("betaald", out _));
    }

    [Fact]
    public void Price_list_versions_round_trip_through_their_stored_json()
    {
        var version = new PriceListVersion(2028, [new PriceTier(1, 0, 20_000, 4_000m), new PriceTier(2, 20_001, null, 9_000.50m)]);
        var entry = new PriceListEntry { EffectiveYear = 2028, TiersJson = PriceListStore.ToJson(version) };
        Assert.Equal(version, PriceListStore.ToVersion(entry));
    }

    [Theory]
    [InlineData(new[] { "a", "b" }, "a;b\r\n")]
    [InlineData(new[] { "Korting; \"akkoord\"", "" }, "\"Korting; \"\"akkoord\"\"\";\r\n")]
    [InlineData(new[] { "=HYPERLINK(1)", "-100,00" }, "'=HYPERLINK(1);-100,00\r\n")]
    public void Csv_lines_quote_separators_and_defuse_formulas(string[] fields, string line) =>
        Assert.Equal(line, Platform.Kernel.Export.Csv.Line(fields.Select(Platform.Kernel.Export.ExportCell.Of)));
}
