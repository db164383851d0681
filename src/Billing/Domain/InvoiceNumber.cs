using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Billing.Domain;

/// <summary>Gap-free number from one series per kind and calendar year: <c>2027-000001</c>, credit notes <c>CN-2027-000001</c>.</summary>
internal readonly record struct InvoiceNumber
{
    public const int MaxSequence = 999_999;
    private const string CreditNotePrefix = "CN-";

    public InvoiceNumber(InvoiceKind kind, int year, int sequence)
    {
        if (!Enum.IsDefined(kind))
            throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        (Kind, Year, Sequence) = (kind, year, sequence);
    }

    public InvoiceKind Kind { get; }

    public int Year { get; }

    public int Sequence { get; }

    public static InvoiceNumber First(InvoiceKind kind, int year) => new(kind, year, 1);

    public InvoiceNumber Next() => new(Kind, Year, Sequence + 1);

    public override string ToString() =>
        (Kind == InvoiceKind.CreditNote ? CreditNotePrefix : "") + Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + Sequence.ToString("D6", CultureInfo.InvariantCulture);

    public static bool TryParse([NotNullWhen(true)] string? text, out InvoiceNumber number)
    {
        number = default;
        if (text is null)
            return false;
        var s = text.Trim();
        var kind = InvoiceKind.Invoice;
        if (s.StartsWith(CreditNotePrefix, StringComparison.OrdinalIgnoreCase))
            (kind, s) = (InvoiceKind.CreditNote, s[CreditNotePrefix.Length..]);
        if (s.Length != 11 || s[4] != '-' || !s.Remove(4, 1).All(char.IsAsciiDigit))
            return false;
        var year = int.Parse(s.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var sequence = int.Parse(s.AsSpan(5, 6), CultureInfo.InvariantCulture);
        if (year < 1000 || sequence < 1)
            return false;
        number = new(kind, year, sequence);
        return true;
    }

    public static InvoiceNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new FormatException($"'{text}' is geen geldig factuurnummer.");
}
