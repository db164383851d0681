using System.Globalization;
using Billing.Invoices;
using Billing.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;

namespace Billing.Api;

/// <summary>Issued invoices and credit notes of a year for the accounting system: semicolon-separated, UTF-8,
/// ISO dates and amounts with a decimal point so any import reads them the same way.</summary>
internal static class ExportApi
{
    public static void MapExportApi(this RouteGroupBuilder billing) =>
        billing.MapGet("/export", Export).RequireAuthorization(Policies.Finance)
            .WithSummary("CSV of the issued invoices and credit notes dated in a year, for the accounting system.")
            .Produces(200, contentType: "text/csv");

    internal sealed record Row(string Type, string Number, string Date, string? DueDate, string Customer, string Kbo,
        int InvoicedYear, string Amount, string? StructuredCommunication, string? CorrectsInvoice, string? Reason);

    private static async Task<IResult> Export(int? year, BillingDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var y = year ?? FeeService.Today(clock).Year;
        var rows = await RowsAsync(db, y, ct);
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"facturen-{y}.csv\"";
        await using var writer = new StreamWriter(http.Response.Body, new System.Text.UTF8Encoding(false));
        await writer.WriteAsync(Line(["Soort", "Nummer", "Datum", "Vervaldatum", "Klant", "KBO", "Gefactureerd jaar", "Bedrag",
            "Gestructureerde mededeling", "Corrigeert factuur", "Reden"]));
        foreach (var r in rows)
            await writer.WriteAsync(Line([r.Type, r.Number, r.Date, r.DueDate, r.Customer, r.Kbo,
                r.InvoicedYear.ToString(CultureInfo.InvariantCulture), r.Amount, r.StructuredCommunication, r.CorrectsInvoice, r.Reason]));
        return Results.Empty;
    }

    internal static async Task<List<Row>> RowsAsync(BillingDbContext db, int year, CancellationToken ct)
    {
        var invoices = await db.Invoices.IgnoreQueryFilters().AsNoTracking()
            .Where(i => i.Status == InvoiceStatus.Issued && i.NumberYear == year).ToListAsync(ct);
        var notes = await db.CreditNotes.IgnoreQueryFilters().AsNoTracking().Where(c => c.NumberYear == year).ToListAsync(ct);
        var noteInvoiceIds = notes.Select(n => n.InvoiceId).Distinct().ToList();
        var corrected = await db.Invoices.IgnoreQueryFilters().AsNoTracking().Where(i => noteInvoiceIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var rows = invoices.OrderBy(i => i.Sequence).Select(i => new Row("Factuur", i.Number!, Iso(i.InvoiceDate!.Value), Iso(i.DueDate!.Value),
            i.CustomerName, i.CustomerKbo, i.Year, Amount(i.Amount), i.Ogm?.ToString(), null, null)).ToList();
        rows.AddRange(notes.OrderBy(c => c.Sequence).Select(c =>
        {
            var i = corrected[c.InvoiceId];
            return new Row("Creditnota", c.Number, Iso(c.Date), null, i.CustomerName, i.CustomerKbo, i.Year, Amount(-c.Amount), null, i.Number, c.Reason);
        }));
        return rows;
    }

    /// <summary>RFC 4180 quoting with ';' as separator; a leading formula character is neutralised (CSV injection).</summary>
    internal static string Line(IEnumerable<string?> fields) => string.Join(";", fields.Select(Field)) + "\r\n";

    private static string Field(string? value)
    {
        var v = value ?? "";
        if (v.Length > 0 && "=+-@".Contains(v[0]) && !decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            v = "'" + v;
        return v.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Amount(decimal a) => Euro.Of(a).ToString("0.00", CultureInfo.InvariantCulture);
}
