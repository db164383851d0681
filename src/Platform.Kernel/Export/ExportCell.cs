namespace Platform.Kernel.Export;

/// <summary>One value of an export, typed: CSV writes it in the platform's convention, XLSX as a real number, date or text.</summary>
public readonly record struct ExportCell
{
    private ExportCell(ExportCellKind kind, string? text, decimal number, int decimals, DateOnly date)
    {
        Kind = kind;
        Text = text;
        Number = number;
        Decimals = decimals;
        Date = date;
    }

    public ExportCellKind Kind { get; }

    /// <summary>The text of a <see cref="ExportCellKind.Text"/> cell (null: empty).</summary>
    public string? Text { get; }

    public decimal Number { get; }

    /// <summary>Digits after the decimal comma (2 for an amount, 0 for a count).</summary>
    public int Decimals { get; }

    public DateOnly Date { get; }

    public static readonly ExportCell Empty = new(ExportCellKind.Empty, null, 0m, 0, default);

    public static ExportCell Of(string? text) => text is null ? Empty : new(ExportCellKind.Text, text, 0m, 0, default);

    /// <summary>An amount in euro: two decimals.</summary>
    public static ExportCell Amount(decimal euro) => new(ExportCellKind.Number, null, euro, 2, default);

    public static ExportCell Amount(decimal? euro) => euro is { } e ? Amount(e) : Empty;

    public static ExportCell Decimal(decimal value, int decimals) => new(ExportCellKind.Number, null, value, decimals, default);

    public static ExportCell Integer(long value) => new(ExportCellKind.Number, null, value, 0, default);

    public static ExportCell Day(DateOnly date) => new(ExportCellKind.Date, null, 0m, 0, date);

    public static ExportCell Day(DateOnly? date) => date is { } d ? Day(d) : Empty;

    public static implicit operator ExportCell(string? text) => Of(text);
}

public enum ExportCellKind
{
    Empty,
    Text,
    Number,
    Date,
}

/// <summary>A table to export: a title row of column names and rows of typed cells (shorter rows are padded when written).</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<ExportCell>> Rows);
