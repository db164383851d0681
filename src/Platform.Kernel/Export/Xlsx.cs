using ClosedXML.Excel;

namespace Platform.Kernel.Export;

/// <summary>The XLSX alternative of an <see cref="ExportTable"/>: numbers and dates are typed cells (Excel sums and sorts them
/// without import settings), texts are text cells and so never formulas, whatever they start with.</summary>
public static class Xlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(ExportTable table)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName(table.Name));
        for (var c = 0; c < table.Columns.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(table.Columns[c]);
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
        }
        for (var r = 0; r < table.Rows.Count; r++)
            for (var c = 0; c < table.Rows[r].Count; c++)
                Set(sheet.Cell(r + 2, c + 1), table.Rows[r][c]);
        sheet.SheetView.FreezeRows(1);
        for (var c = 1; c <= table.Columns.Count; c++)
            sheet.Column(c).Width = Math.Clamp(table.Columns[c - 1].Length + 4, 12, 40);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Set(IXLCell cell, ExportCell value)
    {
        switch (value.Kind)
        {
            case ExportCellKind.Text:
                cell.SetValue(value.Text!);
                cell.DataType = XLDataType.Text;
                break;
            case ExportCellKind.Number:
                cell.SetValue(value.Number);
                cell.Style.NumberFormat.Format = value.Decimals == 0 ? "0" : "#,##0." + new string('0', value.Decimals);
                break;
            case ExportCellKind.Date:
                cell.SetValue(value.Date.ToDateTime(TimeOnly.MinValue));
                cell.Style.NumberFormat.Format = "dd/mm/yyyy";
                break;
        }
    }

    /// <summary>Excel allows 31 characters and none of <c>[]:*?/\</c> in a sheet name.</summary>
    private static string SheetName(string name)
    {
        var clean = new string([.. name.Where(ch => "[]:*?/\\".IndexOf(ch) < 0)]).Trim();
        return clean.Length == 0 ? "Export" : clean[..Math.Min(31, clean.Length)];
    }
}
