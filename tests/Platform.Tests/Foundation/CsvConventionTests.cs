using System.Text;
using Platform.Kernel.Export;

namespace Platform.Tests.Foundation;

/// <summary>The kernel's one CSV convention (docs/decisions/0009-csv-convention.md).</summary>
public sealed class CsvConventionTests
{
    [Theory]
    [InlineData("gewoon", "gewoon")]
    [InlineData("+++202/6000/00192+++", "+++202/6000/00192+++")] // a structured communication is data
    [InlineData("+32 2 553 00 00", "+32 2 553 00 00")]
    [InlineData("-12,50", "-12,50")]
    [InlineData("(1/2)%", "(1/2)%")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("+A1", "'+A1")]
    [InlineData("\tTAB", "'\tTAB")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("zegt \"hallo\"", "\"zegt \"\"hallo\"\"\"")]
    [InlineData("twee\nregels", "\"twee\nregels\"")]
    [InlineData("", "")]
    [InlineData("Stad =Gent", "Stad =Gent")]
    public void Texts_are_quoted_and_only_what_a_spreadsheet_would_run_is_prefixed(string text, string field) =>
        Assert.Equal(field, Csv.Field(text));

    [Theory]
    [InlineData(10000, 2, "10000,00")]
    [InlineData(-12.5, 2, "-12,50")]
    [InlineData(0.005, 2, "0,01")]
    [InlineData(1234567.891, 3, "1234567,891")]
    [InlineData(42, 0, "42")]
    public void Numbers_have_a_decimal_comma_and_no_thousands_separator(double value, int decimals, string field) =>
        Assert.Equal(field, Csv.Field(ExportCell.Decimal((decimal)value, decimals)));

    [Fact]
    public void Typed_values_are_never_prefixed_and_dates_are_day_month_year()
    {
        Assert.Equal("-5000,00", Csv.Field(ExportCell.Amount(-5000m)));
        Assert.Equal("29/02/2028", Csv.Field(ExportCell.Day(new DateOnly(2028, 2, 29))));
        Assert.Equal("", Csv.Field(ExportCell.Day((DateOnly?)null)));
        Assert.Equal("", Csv.Field(ExportCell.Empty));
    }

    [Fact]
    public void A_file_has_a_bom_semicolons_and_crlf()
    {
        var bytes = Csv.Write(new ExportTable("x", ["Naam", "Bedrag", "Datum"], [["Gemeente Zele", ExportCell.Amount(3500m), ExportCell.Day(new DateOnly(2027, 1, 2))]]));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("Naam;Bedrag;Datum\r\nGemeente Zele;3500,00;02/01/2027\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}
