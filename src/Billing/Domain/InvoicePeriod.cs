using Platform.Kernel.Formatting;

namespace Billing.Domain;

/// <summary>The days an invoice covers, both inclusive.</summary>
internal sealed record InvoicePeriod(DateOnly Start, DateOnly End)
{
    /// <summary>From the first day of <paramref name="firstMonth"/> to 31 December of <paramref name="year"/>.</summary>
    public static InvoicePeriod RestOfYear(int year, int firstMonth) => new(new DateOnly(year, firstMonth, 1), new DateOnly(year, 12, 31));

    /// <summary><c>1 mei 2023 – 31 december 2023</c>.</summary>
    public override string ToString() => $"{Dutch.LongDate(Start)} – {Dutch.LongDate(End)}";
}
