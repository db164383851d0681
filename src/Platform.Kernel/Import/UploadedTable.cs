using System.Globalization;
using System.Text;
using ClosedXML.Excel;

namespace Platform.Kernel.Import;

/// <summary>A table someone uploaded (CSV with <c>;</c> or <c>,</c>, or the first sheet of an XLSX file) as rows of text
/// cells, each with its line number, so a preview can name the line of every problem. Numbers in XLSX cells come out as
/// invariant digits (<c>89000</c>), a fraction with a decimal comma, so the number parser refuses it instead of rounding.</summary>
public sealed record UploadedTable(IReadOnlyList<string> Header, IReadOnlyList<UploadedRow> Rows)
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 10_000;

    public static UploadedTable Read(string fileName, byte[] content)
    {
        if (content.Length == 0) throw new UploadedTableException("Het bestand is leeg.");
        if (content.Length > MaxBytes) throw new UploadedTableException("Het bestand is groter dan 2 MB.");
        var isXlsx = content.Length > 4 && content[0] == 'P' && content[1] == 'K'; // a zip container
        var lines = isXlsx ? ReadXlsx(content) : ReadCsv(content);
        var numbered = lines.Where(l => l.Cells.Any(c => c.Length > 0)).ToList();
        if (numbered.Count == 0) throw new UploadedTableException("Het bestand bevat geen rijen.");
        if (numbered.Count - 1 > MaxRows) throw new UploadedTableException($"Het bestand telt meer dan {MaxRows} rijen.");
        return new UploadedTable(numbered[0].Cells, numbered.Skip(1).ToList());
    }

    private static List<UploadedRow> ReadXlsx(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content);
            using var workbook = new XLWorkbook(stream);
            var sheet = workbook.Worksheets.First();
            var width = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
            return sheet.RowsUsed().Select(r => new UploadedRow(r.RowNumber(),
                Enumerable.Range(1, width).Select(c => Text(r.Cell(c))).ToList())).ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException and not UploadedTableException)
        {
            throw new UploadedTableException("Het bestand is geen leesbaar XLSX-bestand (Excel). Bewaar het opnieuw als .xlsx of als CSV.");
        }
    }

    private static string Text(IXLCell cell)
    {
        if (cell.DataType != XLDataType.Number) return cell.GetString().Trim();
        var value = cell.GetDouble();
        return value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("0.##########", CultureInfo.GetCultureInfo("nl-BE"));
    }

    private static List<UploadedRow> ReadCsv(byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(content); // an older Excel export (Windows-1252 / ISO-8859-1)
        }
        text = text.TrimStart('\uFEFF');
        if (text.Contains('\0')) throw new UploadedTableException("Het bestand is geen CSV- of XLSX-bestand.");
        var firstLine = text.Split('\n', 2)[0];
        var delimiter = firstLine.Count(c => c == ';') >= firstLine.Count(c => c == ',') && firstLine.Contains(';') ? ';' : ',';
        return [.. Split(text, delimiter)];
    }

    // RFC 4180 fields: quoted fields may hold the delimiter, newlines and doubled quotes.
    private static IEnumerable<UploadedRow> Split(string text, char delimiter)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var (line, startLine, quoted, i) = (1, 1, false, 0);
        while (i < text.Length)
        {
            var c = text[i++];
            if (quoted)
            {
                if (c == '"' && i < text.Length && text[i] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; cell.Append(c); }
            }
            else if (c == '"' && cell.Length == 0) quoted = true;
            else if (c == delimiter) { cells.Add(cell.ToString().Trim()); cell.Clear(); }
            else if (c == '\n')
            {
                cells.Add(cell.ToString().Trim());
                yield return new UploadedRow(startLine, cells);
                (cells, line) = ([], line + 1);
                cell.Clear();
                startLine = line;
            }
            else if (c != '\r') cell.Append(c);
        }
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString().Trim());
            yield return new UploadedRow(startLine, cells);
        }
    }
}

/// <param name="Line">The line (CSV) or row number (XLSX) in the file, header included, as people see it in their editor.</param>
public sealed record UploadedRow(int Line, IReadOnlyList<string> Cells)
{
    public string Cell(int? index) => index is { } i && i < Cells.Count ? Cells[i] : "";
}

/// <summary>The upload as a whole cannot be read; the message is Dutch and says what to do.</summary>
public sealed class UploadedTableException(string message) : Exception(message);
