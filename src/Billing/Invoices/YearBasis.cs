namespace Billing.Invoices;

/// <summary>What "the year" of an invoice means in a list or an export: the subscription year it invoices
/// (<c>gefactureerd jaar</c>, the default everywhere) or the year of its invoice date (<c>factuurdatum</c>, the accountant's
/// booking year). A late invoice for 2026 dated January 2027 is in 2026 by the first and in 2027 by the second.</summary>
internal enum YearBasis
{
    InvoicedYear,
    InvoiceDate,
}

internal static class YearBases
{
    public const string Field = "yearBasis";

    public const string Invalid = "Kies invoicedYear (gefactureerd jaar) of invoiceDate (factuurdatum).";

    public static string ApiName(this YearBasis basis) => basis == YearBasis.InvoiceDate ? "invoiceDate" : "invoicedYear";

    /// <summary>The value in page addresses: <c>gefactureerd-jaar</c> or <c>factuurdatum</c>.</summary>
    public static string PageName(this YearBasis basis) => basis == YearBasis.InvoiceDate ? "factuurdatum" : "gefactureerd-jaar";

    public static string Dutch(this YearBasis basis) => basis == YearBasis.InvoiceDate ? "factuurdatum" : "gefactureerd jaar";

    /// <summary>Accepts the API and the page names, any case; null or empty is the default.</summary>
    public static bool TryParse(string? text, out YearBasis basis)
    {
        basis = YearBasis.InvoicedYear;
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "invoicedyear" or "gefactureerd-jaar":
                return true;
            case "invoicedate" or "factuurdatum":
                basis = YearBasis.InvoiceDate;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Invoices in <paramref name="year"/> by <paramref name="basis"/>; by invoice date only issued ones have a date.</summary>
    public static IQueryable<Invoice> InYear(this IQueryable<Invoice> invoices, int year, YearBasis basis)
    {
        if (basis == YearBasis.InvoicedYear)
            return invoices.Where(i => i.Year == year);
        if (year is < 1 or > 9998)
            return invoices.Where(i => false); // no invoice is dated outside the calendar
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return invoices.Where(i => i.InvoiceDate >= from && i.InvoiceDate <= to);
    }
}
