using System.Globalization;
using System.Text;

namespace Platform.Kernel.Export;

/// <summary>
/// The platform's one CSV convention (docs/decisions/0009-csv-convention.md), for every CSV it produces: <c>;</c> between
/// fields, CRLF between rows, UTF-8 with a byte order mark, amounts with a decimal comma and no thousands separator
/// (<c>10000,00</c>, <c>-12,50</c>), dates <c>dd/MM/yyyy</c>, RFC 4180 quoting, and formula-safe texts (<see cref="Field"/>).
/// </summary>
public static class Csv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public const char Separator = ';';

    private static readonly CultureInfo Decimals = CultureInfo.GetCultureInfo("nl-BE");

    /// <summary>The whole file: BOM, the column names, then the rows.</summary>
    public static byte[] Write(ExportTable table) => Write([.. table.Columns.Select(ExportCell.Of)], table.Rows);

    public static byte[] Write(IReadOnlyList<ExportCell> header, IEnumerable<IReadOnlyList<ExportCell>> rows) => Write([header, .. rows]);

    /// <summary>Rows as they come (a report mixes sections of different widths).</summary>
    public static byte[] Write(IEnumerable<IReadOnlyList<ExportCell>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
            text.Append(Line(row));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string Line(IEnumerable<ExportCell> cells) => string.Join(Separator, cells.Select(Field)) + "\r\n";

    public static string Field(ExportCell cell) => cell.Kind switch
    {
        ExportCellKind.Number => cell.Number.ToString("F" + cell.Decimals.ToString(CultureInfo.InvariantCulture), Decimals),
        ExportCellKind.Date => cell.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        ExportCellKind.Text => Quote(FormulaSafe(cell.Text!)),
        _ => "",
    };

    /// <summary>
    /// A text a spreadsheet would run as a formula gets a leading apostrophe; every other text is written unchanged.
    /// The rule: a text is run when it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return —
    /// except a text made only of digits, spaces and <c>+ - * / . , ( ) %</c> after that: without a letter or any other sign
    /// it cannot name a function, a cell, a sheet or a DDE command, so at worst it is arithmetic on its own digits, and it is
    /// data we must not change (a structured communication <c>+++123/4567/89012+++</c>, a phone number <c>+32 2 553 00 00</c>).
    /// Typed numbers and dates are never texts, so never prefixed.
    /// </summary>
    public static string FormulaSafe(string text)
    {
        if (text.Length == 0 || text[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r'))
            return text;
        var inert = text[0] is '+' or '-' && text.AsSpan(1).IndexOfAnyExcept(InertCharacters) < 0;
        return inert ? text : "'" + text;
    }

    private static readonly System.Buffers.SearchValues<char> InertCharacters =
        System.Buffers.SearchValues.Create("0123456789 +-*/.,()%");

    private static readonly System.Buffers.SearchValues<char> NeedQuotes = System.Buffers.SearchValues.Create(";\"\r\n");

    /// <summary>RFC 4180: a field with the separator, a quote or a line break is quoted, quotes doubled.</summary>
    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(NeedQuotes) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
