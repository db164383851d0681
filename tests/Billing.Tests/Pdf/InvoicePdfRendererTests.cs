using Billing.Domain;
using Billing.Pdf;

namespace Billing.Tests.Pdf;

public class InvoicePdfRendererTests
{
    private const string NoVat = "EV DV en Digitaal Vlaanderen zijn niet-belastingplichtige publiekrechtelijke lichamen " +
        "(artikel 6, eerste lid, van het btw-wetboek); er wordt geen btw aangerekend.";

    private readonly InvoicePdfRenderer renderer = new();

    [Fact]
    public void Invoice_carries_the_mandatory_facts_as_extractable_text()
    {
        var text = PdfTools.Normalize(PdfTools.ExtractText(renderer.RenderToArray(SampleDocuments.Invoice())));

        Assert.Contains("Factuur", text);
        Assert.Contains("2023-000001", text);
        Assert.Contains("+++202/3000/00111+++", text);
        Assert.Contains("BE86 3751 1175 0850", text);
        Assert.Contains("€ 4.666,67", text);
        Assert.Contains("22/05/2023", text);
        Assert.Contains("21/06/2023", text);
        Assert.Contains(NoVat, text);
        Assert.Contains("Betaling binnen 30 dagen, uiterlijk op 21/06/2023, op rekening BE86 3751 1175 0850 (BIC BBRUBEBB) op naam van " +
            "Eigen Vermogen Digitaal Vlaanderen met de gestructureerde mededeling +++202/3000/00111+++.", text);
        Assert.Contains("Eigen Vermogen Digitaal Vlaanderen", text);
        Assert.Contains("KBO 0643.634.986", text);
        Assert.Contains("Havenlaan 88", text);
        Assert.Contains("1000 Brussel", text);
        Assert.Contains("Stad Gent", text);
        Assert.Contains("KBO 0207.451.227", text);
        Assert.Contains("Periode: 1 mei 2023 – 31 december 2023", text);
        Assert.Contains("Inwoners op 1 januari 2023: 32.000 – Schijf 3: 25.001 – 50.000 inwoners", text);
        Assert.Contains("Jaarbedrag € 7.000,00 × 8/12 maanden", text);
        Assert.Contains("BIC BBRUBEBB", text);
        Assert.Contains("Vragen over deze factuur? Contact: Financiën EV DV, facturatie.digitaal@vlaanderen.be.", text);
        Assert.DoesNotContain("Je referentie", text); // none known at issue: nothing printed
        Assert.DoesNotContain("Bestelbonnummer", text);
    }

    [Fact]
    public void Both_references_and_the_configured_billing_contact_are_printed()
    {
        var document = SampleDocuments.Invoice() with { BuyerReference = "BB-2023/0042", OrderReference = "PO 4500123987", BillingContact = "Team Facturatie, 02 553 00 00" };
        var text = PdfTools.Normalize(PdfTools.ExtractText(renderer.RenderToArray(document)));

        Assert.Contains("Je referentie: BB-2023/0042", text);
        Assert.Contains("Bestelbonnummer: PO 4500123987", text);
        Assert.Contains("Vragen over deze factuur? Contact: Team Facturatie, 02 553 00 00.", text);
        Assert.Contains("BIC BBRUBEBB", text);
    }

    [Fact]
    public void With_online_payment_on_the_invoice_says_where_and_without_it_says_nothing()
    {
        var with = PdfTools.Normalize(PdfTools.ExtractText(renderer.RenderToArray(
            SampleDocuments.Invoice() with { OnlinePaymentUrl = "https://burgerprofiel.example/mijn-facturen" })));
        var without = PdfTools.Normalize(PdfTools.ExtractText(renderer.RenderToArray(SampleDocuments.Invoice())));

        Assert.Contains("Je kunt ook online betalen via https://burgerprofiel.example/mijn-facturen.", with);
        Assert.DoesNotContain("online betalen", without);
    }

    [Fact]
    public void Credit_note_cites_the_invoice_and_the_reason()
    {
        var text = PdfTools.Normalize(PdfTools.ExtractText(renderer.RenderToArray(SampleDocuments.CreditNote())));

        Assert.Contains("Creditnota", text);
        Assert.Contains("CN-2023-000003", text);
        Assert.Contains("Creditering van factuur 2023-000001 van 22/05/2023", text);
        Assert.Contains("Reden: Inwonersaantal verbeterd na publicatie van de Gemeente-Stadsmonitor; het verschil wordt gecrediteerd.", text);
        Assert.Contains("€ 1.250,50", text);
        Assert.Contains(NoVat, text);
        Assert.Contains("Deze creditnota vermindert het bedrag van factuur 2023-000001 van 22/05/2023 met € 1.250,50.", text);
        Assert.DoesNotContain("Betaling binnen", text);
        Assert.DoesNotContain("VERVALDATUM", text);
    }

    [Fact]
    public void Fonts_are_the_shipped_DejaVu_embedded_in_the_file()
    {
        var fonts = PdfTools.Fonts(renderer.RenderToArray(SampleDocuments.Invoice()));

        var lines = fonts.Split('\n').Where(l => l.Contains("DejaVu")).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains(lines, l => l.Contains("+DejaVuSans-Bold "));
        Assert.Contains(lines, l => l.Contains("+DejaVuSans "));
        Assert.All(lines, l => Assert.Contains("Identity-H       yes yes yes", l));
    }

    [Fact]
    public void Long_customer_names_wrap_and_accents_survive()
    {
        var document = SampleDocuments.Invoice() with
        {
            Customer = new Party("Openbaar Centrum voor Maatschappelijk Welzijn Sint-Genesius-Rode en Beërnem", "0212.156.913",
                ["Administratief Centrum, Dorpsstraat 1 bus 2 (ingang via de achterzijde)", "1640 Sint-Genesius-Rode"]),
        };

        var pdf = renderer.RenderToArray(document);
        PdfTools.RenderPng(pdf, "/tmp/billing-long-name");
        var text = PdfTools.Normalize(PdfTools.ExtractText(pdf));

        Assert.Contains("Openbaar Centrum voor Maatschappelijk Welzijn Sint-Genesius-Rode en Beërnem", text);
        Assert.Contains("Administratief Centrum, Dorpsstraat 1 bus 2 (ingang via de achterzijde) 1640 Sint-Genesius-Rode KBO 0212.156.913", text);
    }

    [Fact]
    public void Invoice_without_due_date_is_refused()
    {
        Assert.Throws<ArgumentException>(() => renderer.RenderToArray(SampleDocuments.Invoice() with { DueDate = null }));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Pdf_is_one_small_A4_page_with_subset_fonts(bool creditNote)
    {
        var pdf = renderer.RenderToArray(creditNote ? SampleDocuments.CreditNote() : SampleDocuments.Invoice());

        Assert.True(pdf.Length < 100 * 1024, $"PDF is {pdf.Length} bytes");
        var header = System.Text.Encoding.ASCII.GetString(pdf, 0, 5);
        Assert.Equal("%PDF-", header);
        var info = PdfTools.Info(pdf);
        Assert.Contains("Pages:           1", info);
        Assert.Contains("Page size:       595 x 842 pts (A4)", info);
        // Title and subject in the metadata (kernel PdfDocuments): a reader shows the title, not the file name.
        Assert.Matches(@"(?m)^Title:\s+(Factuur|Creditnota) \S+", info);
        Assert.Matches(@"(?m)^Subject:\s+(Factuur|Creditnota) \S+ – \S+", info);
    }

    [Fact]
    public void Rendering_twice_gives_the_same_bytes()
    {
        Assert.Equal(renderer.RenderToArray(SampleDocuments.Invoice()), renderer.RenderToArray(SampleDocuments.Invoice()));
    }

    [Fact]
    public void Render_streams_into_the_callers_stream_and_leaves_it_open()
    {
        using var stream = new MemoryStream();
        renderer.Render(SampleDocuments.Invoice(), stream);
        Assert.True(stream.CanWrite);
        Assert.True(stream.Length > 1000);
    }

    [Fact]
    public void Invoice_without_communication_is_refused()
    {
        Assert.Throws<ArgumentException>(() => renderer.RenderToArray(SampleDocuments.Invoice() with { Communication = null }));
    }

    [Fact]
    public void Credit_note_without_reason_is_refused()
    {
        Assert.Throws<ArgumentException>(() => renderer.RenderToArray(SampleDocuments.CreditNote() with { CreditReason = " " }));
    }

    [Fact]
    public void Number_of_the_wrong_series_is_refused()
    {
        Assert.Throws<ArgumentException>(() => renderer.RenderToArray(SampleDocuments.Invoice() with
        {
            Number = new InvoiceNumber(InvoiceKind.CreditNote, 2023, 1),
        }));
    }

    [Fact]
    public void Pages_render_to_png_for_a_visual_check()
    {
        PdfTools.RenderPng(renderer.RenderToArray(SampleDocuments.Invoice()), "/tmp/billing-invoice");
        PdfTools.RenderPng(renderer.RenderToArray(SampleDocuments.CreditNote()), "/tmp/billing-creditnote");
        Assert.True(new FileInfo("/tmp/billing-invoice.png").Length > 5_000);
        Assert.True(new FileInfo("/tmp/billing-creditnote.png").Length > 5_000);
    }
}
