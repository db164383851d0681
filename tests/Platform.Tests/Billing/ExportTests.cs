using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Billing;

/// <summary>The accounting export in the platform's CSV convention and as XLSX, and the year meaning the same on the invoices
/// page, in the list API and in the export: "gefactureerd jaar" or "factuurdatum", chosen explicitly.</summary>
public abstract class ExportTests(PlatformApp app) : DatabaseTest(app)
{
    /// <summary>An invoice for 2025 issued now (dated this year): the two year bases put it in different years.</summary>
    private async Task<(HttpClient Finance, JsonElement Invoice, int DatedIn)> LateInvoiceAsync()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var tenant = await BillingSetup.LiveTenantAsync(Api, 20_000, new DateOnly(2025, 3, 1));
        await BillingSetup.SetInhabitantsAsync(Api, tenant.Slug, 2025, 20_000);
        await BillingSetup.RunAsync(finance, 2025);
        var draft = await BillingSetup.DraftOfAsync(finance, tenant, 2025);
        var invoice = await BillingSetup.IssueAsync(finance, draft.Id());
        var datedIn = DateOnly.Parse(invoice.Str("invoiceDate")).Year;
        Assert.NotEqual(2025, datedIn);
        return (finance, invoice, datedIn);
    }

    [SkippableFact]
    public async Task Csv_export_follows_the_convention_and_keeps_the_structured_communication_as_it_is()
    {
        var (finance, invoice, datedIn) = await LateInvoiceAsync();
        var reason = "=HYPERLINK(\"https://evil.example\";\"klik\"); korting";
        await Api.EnsureAsync(await finance.PostAsJsonAsync($"/api/billing/invoices/{invoice.Id()}/credit-notes", new { amount = 1234.5m, reason }), HttpStatusCode.Created);

        var response = await finance.GetAsync("/api/billing/export?year=2025&yearBasis=invoicedYear");
        await Api.EnsureAsync(response, HttpStatusCode.OK);
        Assert.Equal(("text/csv", "utf-8"), (response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentType?.CharSet));
        Assert.Equal("facturen-2025-gefactureerd-jaar.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("Soort;Nummer;Datum;Vervaldatum;Klant;KBO;Gefactureerd jaar;Bedrag;Gestructureerde mededeling;Corrigeert factuur;Reden", lines[0]);
        var date = DateOnly.Parse(invoice.Str("invoiceDate"));
        var mine = lines.Single(l => l.StartsWith($"Factuur;{invoice.Str("number")};", StringComparison.Ordinal));
        // 20 000 inhabitants, live since March 2025: 5 000 × 10/12; the structured communication exactly as on the invoice.
        var f = mine.Split(';');
        Assert.Equal(["Factuur", invoice.Str("number"), date.ToString("dd/MM/yyyy"), date.AddDays(30).ToString("dd/MM/yyyy"), invoice.Str("tenantName")],
            f[..5]);
        Assert.Matches(@"^\d{4}\.\d{3}\.\d{3}$|^\d{10}$", f[5]);
        Assert.Equal(["2025", "4166,67", invoice.Str("structuredCommunication"), "", ""], f[6..]);
        Assert.StartsWith("+++", invoice.Str("structuredCommunication"));
        var note = lines.Single(l => l.StartsWith("Creditnota;", StringComparison.Ordinal) && l.Contains(invoice.Str("number"), StringComparison.Ordinal));
        Assert.EndsWith($";2025;-1234,50;;{invoice.Str("number")};\"'=HYPERLINK(\"\"https://evil.example\"\";\"\"klik\"\"); korting\"", note);

        // By invoice date it is in the year it was dated, not in 2025.
        var byDate2025 = await finance.GetStringAsync("/api/billing/export?year=2025&yearBasis=invoiceDate");
        Assert.DoesNotContain(invoice.Str("number"), byDate2025);
        var byDate = await finance.GetStringAsync($"/api/billing/export?year={datedIn}&yearBasis=invoiceDate");
        Assert.Contains($"Factuur;{invoice.Str("number")};", byDate);
        Assert.Contains($";-1234,50;;{invoice.Str("number")};", byDate);

        // Wrong choices are a 400 naming the field, in Dutch.
        foreach (var (query, field) in new[] { ("yearBasis=kalender", "yearBasis"), ("format=pdf", "format"), ("year=99999", "year") })
        {
            var bad = await finance.GetAsync($"/api/billing/export?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), query);
        }
    }

    [SkippableFact]
    public async Task Xlsx_export_has_typed_numbers_and_dates_and_text_stays_text()
    {
        var (finance, invoice, _) = await LateInvoiceAsync();
        await Api.EnsureAsync(await finance.PostAsJsonAsync($"/api/billing/invoices/{invoice.Id()}/credit-notes", new { amount = 100m, reason = "=1+1" }), HttpStatusCode.Created);
        var response = await finance.GetAsync("/api/billing/export?year=2025&format=xlsx");
        await Api.EnsureAsync(response, HttpStatusCode.OK);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(1);
        Assert.Equal("Facturen 2025", sheet.Name);
        Assert.Equal("Gestructureerde mededeling", sheet.Cell(1, 9).GetString());
        var row = sheet.RowsUsed().Single(r => r.Cell(2).GetString() == invoice.Str("number") && r.Cell(1).GetString() == "Factuur");
        Assert.Equal(XLDataType.Number, row.Cell(8).DataType);
        Assert.Equal(4166.67m, row.Cell(8).GetValue<decimal>());
        Assert.Equal(XLDataType.DateTime, row.Cell(3).DataType);
        Assert.Equal(DateOnly.Parse(invoice.Str("invoiceDate")).ToDateTime(TimeOnly.MinValue), row.Cell(3).GetDateTime());
        Assert.Equal(XLDataType.Number, row.Cell(7).DataType);
        Assert.Equal((XLDataType.Text, invoice.Str("structuredCommunication")), (row.Cell(9).DataType, row.Cell(9).GetString()));
        var note = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "Creditnota" && r.Cell(10).GetString() == invoice.Str("number"));
        Assert.Equal(-100m, note.Cell(8).GetValue<decimal>());
        Assert.False(note.Cell(11).HasFormula);
        Assert.Equal((XLDataType.Text, "=1+1"), (note.Cell(11).DataType, note.Cell(11).GetString()));
    }

    [SkippableFact]
    public async Task The_page_and_the_list_api_use_the_same_explicit_year_choice_as_the_export()
    {
        var (finance, invoice, datedIn) = await LateInvoiceAsync();
        var number = invoice.Str("number");

        Assert.Contains(await BillingSetup.InvoicesAsync(finance, 2025), i => i.Id() == invoice.Id());
        var list = await finance.GetFromJsonAsync<JsonElement>($"/api/billing/invoices?year={datedIn}&yearBasis=invoiceDate");
        Assert.Equal("invoiceDate", list.Str("yearBasis"));
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.Id() == invoice.Id());
        var list2025 = await finance.GetFromJsonAsync<JsonElement>("/api/billing/invoices?year=2025&yearBasis=invoiceDate");
        Assert.DoesNotContain(list2025.GetProperty("items").EnumerateArray(), i => i.Id() == invoice.Id());
        Assert.Equal(HttpStatusCode.BadRequest, (await finance.GetAsync("/api/billing/invoices?year=2025&yearBasis=boekjaar")).StatusCode);
        foreach (var extreme in new[] { int.MaxValue, int.MinValue, 0, 10000 })
        {
            var none = await finance.GetFromJsonAsync<JsonElement>($"/api/billing/invoices?year={extreme}&yearBasis=invoiceDate");
            Assert.Equal(0, none.GetProperty("count").GetInt32());
            Assert.Equal(HttpStatusCode.OK, (await finance.GetAsync($"/facturen?jaar={extreme}&jaarbasis=factuurdatum")).StatusCode);
        }

        // The list is paged (25 a page): search the number, as a person would.
        var invoiced = await finance.GetStringAsync($"/facturen?jaar=2025&q={number}");
        Assert.Contains($">{number}<", invoiced);
        Assert.Contains("/api/billing/export?year=2025&amp;yearBasis=invoicedYear&amp;format=csv", invoiced);
        Assert.Contains("/api/billing/export?year=2025&amp;yearBasis=invoicedYear&amp;format=xlsx", invoiced);
        // The search box repeats the number; the rows must not.
        Assert.DoesNotContain($">{number}<", await finance.GetStringAsync($"/facturen?jaar=2025&jaarbasis=factuurdatum&q={number}"));
        var dated = await finance.GetStringAsync($"/facturen?jaar={datedIn}&jaarbasis=factuurdatum&q={number}");
        Assert.Contains($">{number}<", dated);
        Assert.Contains($"/api/billing/export?year={datedIn}&amp;yearBasis=invoiceDate&amp;format=csv", dated);
        Assert.Contains("<option value=\"factuurdatum\" selected=\"selected\">Factuurdatum</option>", dated);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ExportOnSqlite(SqliteApp app) : ExportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ExportOnPostgres(PostgresApp app) : ExportTests(app);
