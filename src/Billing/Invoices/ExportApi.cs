using Billing.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Export;
using Platform.Kernel.Security;
using Billing.Web;

namespace Billing.Invoices;

/// <summary>Issued invoices and credit notes of a year for the accounting system, as CSV in the platform's convention
/// (docs/decisions/0009-csv-convention.md) or as XLSX with typed cells. The year means what it means on the invoices page.</summary>
internal static class ExportApi
{
    public static void MapExportApi(this RouteGroupBuilder billing) =>
        billing.MapGet("/export", Export).RequireAuthorization(Policies.Finance)
            .WithSummary("The issued invoices and credit notes of a year for the accounting system. year (default: this year); yearBasis: " +
                "invoicedYear (default: the subscription year invoiced, as on the invoices page) or invoiceDate (the year of the invoice " +
                "or credit note date); format: csv (default; ';', decimal comma, UTF-8 with BOM, dd/MM/yyyy) or xlsx.")
            .Produces(200, contentType: "text/csv").Produces(200, contentType: Xlsx.ContentType).ProducesValidationProblem();

    internal static readonly string[] Columns = ["Soort", "Nummer", "Datum", "Vervaldatum", "Klant", "KBO", "Gefactureerd jaar", "Bedrag",
        "Gestructureerde mededeling", "Corrigeert factuur", "Reden"];

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> Export(
        int? year, string? yearBasis, string? format, BillingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!YearBases.TryParse(yearBasis, out var basis)) errors[YearBases.Field] = [YearBases.Invalid];
        var xlsx = string.Equals(format?.Trim(), "xlsx", StringComparison.OrdinalIgnoreCase);
        if (!xlsx && format is not null && !string.Equals(format.Trim(), "csv", StringComparison.OrdinalIgnoreCase)) errors["format"] = ["Kies csv of xlsx."];
        if (year is < 2000 or > 9998) errors["year"] = ["Kies een jaar tussen 2000 en 9998."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Export niet gemaakt");
        var y = year ?? FeeService.Today(clock).Year;
        var table = new ExportTable($"Facturen {y}", Columns, await RowsAsync(db, y, basis, ct));
        var name = $"facturen-{y}-{basis.PageName()}";
        return xlsx
            ? TypedResults.File(Xlsx.Write(table), Xlsx.ContentType, name + ".xlsx")
            : TypedResults.File(Csv.Write(table), Csv.ContentType, name + ".csv");
    }

    /// <summary>By invoiced year: the year's invoices and the credit notes correcting them. By invoice date: the invoices and
    /// credit notes dated in the year.</summary>
    internal static async Task<List<IReadOnlyList<ExportCell>>> RowsAsync(BillingDbContext db, int year, YearBasis basis, CancellationToken ct)
    {
        var invoices = await AcrossTenants.Invoices(db).AsNoTracking().Where(i => i.Status == InvoiceStatus.Issued)
            .InYear(year, basis).ToListAsync(ct);
        var notesQuery = AcrossTenants.CreditNotes(db).AsNoTracking();
        var allInvoices = AcrossTenants.Invoices(db); // a query inside the query: EF inlines it
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var notes = basis == YearBasis.InvoiceDate
            ? await notesQuery.Where(c => c.Date >= from && c.Date <= to).ToListAsync(ct)
            : await notesQuery.Where(c => allInvoices.Any(i => i.Id == c.InvoiceId && i.Year == year)).ToListAsync(ct);
        var noteInvoiceIds = notes.Select(n => n.InvoiceId).Distinct().ToList();
        var corrected = (await Platform.Kernel.Persistence.Batched.QueryAsync(noteInvoiceIds,
            batch => AcrossTenants.Invoices(db).AsNoTracking().Where(i => batch.Contains(i.Id)).ToListAsync(ct))).ToDictionary(i => i.Id);
        var rows = invoices.OrderBy(i => i.NumberYear).ThenBy(i => i.Sequence).Select(i => (IReadOnlyList<ExportCell>)[
            "Factuur", i.Number, ExportCell.Day(i.InvoiceDate), ExportCell.Day(i.DueDate), i.CustomerName, i.CustomerKbo,
            ExportCell.Integer(i.Year), ExportCell.Amount(Euro.Of(i.Amount)), i.Ogm?.ToString(), ExportCell.Empty, ExportCell.Empty]).ToList();
        rows.AddRange(notes.OrderBy(c => c.NumberYear).ThenBy(c => c.Sequence).Select(c =>
        {
            var i = corrected[c.InvoiceId];
            return (IReadOnlyList<ExportCell>)["Creditnota", c.Number, ExportCell.Day(c.Date), ExportCell.Empty, i.CustomerName, i.CustomerKbo,
                ExportCell.Integer(i.Year), ExportCell.Amount(Euro.Of(-c.Amount)), ExportCell.Empty, i.Number, c.Reason];
        }));
        return rows;
    }
}
