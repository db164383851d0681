using Billing.Domain;
using Billing.EInvoicing;

namespace Billing.Tests.EInvoicing;

public sealed class EInvoiceRulesTests
{
    private static IEnumerable<string> Fields(EInvoice e) => EInvoiceRules.Validate(e).Select(v => v.Field);

    [Fact]
    public void Sample_invoice_and_credit_note_are_valid()
    {
        Assert.Empty(EInvoiceRules.Validate(UblInvoiceWriterTests.Invoice()));
        Assert.Empty(EInvoiceRules.Validate(UblInvoiceWriterTests.CreditNote()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Buyer_reference_is_required_for_Peppol(string reference)
    {
        var e = UblInvoiceWriterTests.Invoice() with { BuyerReference = reference };
        Assert.Contains("buyerReference", Fields(e));
        var ex = Assert.Throws<EInvoiceException>(() => UblInvoiceWriter.Write(e));
        Assert.Contains("Peppol weigert", ex.Message);
    }

    [Fact]
    public void An_order_reference_alone_satisfies_Peppol_and_both_are_written()
    {
        var onlyOrder = UblInvoiceWriterTests.Invoice() with { BuyerReference = "", OrderReference = "PO 4500123987" };
        Assert.DoesNotContain("buyerReference", Fields(onlyOrder));
        var xml = UblInvoiceWriter.Write(onlyOrder);
        System.Xml.Linq.XNamespace cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
        System.Xml.Linq.XNamespace cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
        Assert.Null(xml.Root!.Element(cbc + "BuyerReference")); // no empty element (R008)
        Assert.Equal("PO 4500123987", xml.Root.Element(cac + "OrderReference")!.Element(cbc + "ID")!.Value);

        var both = UblInvoiceWriterTests.Invoice() with { OrderReference = "PO 1" };
        var root = UblInvoiceWriter.Write(both).Root!;
        Assert.NotNull(root.Element(cbc + "BuyerReference"));
        Assert.Equal("PO 1", root.Element(cac + "OrderReference")!.Element(cbc + "ID")!.Value);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("10.005")]
    public void Amount_must_be_positive_with_at_most_two_decimals(string amount)
    {
        var e = UblInvoiceWriterTests.Invoice(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("amount", Fields(e));
    }

    [Fact]
    public void Invoice_needs_due_date_and_communication_credit_note_needs_cited_invoice()
    {
        Assert.Contains("dueDate", Fields(UblInvoiceWriterTests.Invoice() with { DueDate = null }));
        Assert.Contains("dueDate", Fields(UblInvoiceWriterTests.Invoice() with { DueDate = new DateOnly(2023, 5, 21) }));
        Assert.Contains("communication", Fields(UblInvoiceWriterTests.Invoice() with { Communication = null }));
        Assert.Contains("corrects", Fields(UblInvoiceWriterTests.CreditNote() with { Corrects = null }));
        Assert.Contains("period", Fields(UblInvoiceWriterTests.Invoice() with { Period = new InvoicePeriod(new DateOnly(2023, 12, 31), new DateOnly(2023, 5, 1)) }));
    }

    [Theory]
    [InlineData("0207.451.227", true)]
    [InlineData("0207451227", true)]
    [InlineData("0643.634.986", true)]
    [InlineData("0207.451.228", false)]
    [InlineData("BE0207451227", false)]
    [InlineData("207451227", false)]
    [InlineData("", false)]
    public void KBO_numbers_are_checked_with_mod_97(string kbo, bool valid)
    {
        Assert.Equal(valid, EInvoiceRules.IsValidKbo(kbo));
        var e = UblInvoiceWriterTests.Invoice() with { Buyer = UblInvoiceWriterTests.Invoice().Buyer with { Kbo = kbo } };
        Assert.Equal(!valid, Fields(e).Contains("buyer.kbo"));
    }

    [Theory]
    [InlineData("BE86 3751 1175 0850", true)]
    [InlineData("BE86375111750850", true)]
    [InlineData("BE87 3751 1175 0850", false)]
    [InlineData("BE86 3751 1175 085", false)]
    public void IBAN_is_checked(string iban, bool valid) => Assert.Equal(valid, EInvoiceRules.IsValidIban(iban));

    [Theory]
    [InlineData("30", true)]
    [InlineData("58", true)]
    [InlineData("31", false)]
    [InlineData("1", false)]
    public void Payment_means_code_is_30_or_58(string code, bool valid) =>
        Assert.Equal(!valid, Fields(UblInvoiceWriterTests.Invoice() with { PaymentMeansCode = code }).Contains("paymentMeansCode"));

    [Fact]
    public void Attachment_must_be_a_PDF_and_address_complete()
    {
        Assert.Contains("pdf", Fields(UblInvoiceWriterTests.Invoice() with { Pdf = "<html>"u8.ToArray() }));
        Assert.Contains("buyer.address", Fields(UblInvoiceWriterTests.Invoice() with { Buyer = UblInvoiceWriterTests.Invoice().Buyer with { PostalCode = "" } }));
        Assert.Contains("buyer.country", Fields(UblInvoiceWriterTests.Invoice() with { Buyer = UblInvoiceWriterTests.Invoice().Buyer with { CountryCode = "be" } }));
    }

    [Fact]
    public void Party_address_is_split_from_the_PDF_lines()
    {
        var p = EInvoiceParty.From(new Billing.Pdf.Party("Gemeente Sint-Martens-Latem", "0207.451.227", ["Dorp 1", "9830 Sint-Martens-Latem"]));
        Assert.Equal(("Dorp 1", "9830", "Sint-Martens-Latem", "0207451227"), (p.Street, p.PostalCode, p.City, p.KboDigits));
        Assert.Throws<ArgumentException>(() => EInvoiceParty.From(new Billing.Pdf.Party("X", "0207.451.227", ["Dorp 1"])));
    }
}
