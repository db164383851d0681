using Platform.Kernel.Text;

namespace Tenants.Tests.Text;

public sealed class DutchNumbersTests
{
    [Theory]
    [InlineData("89000", 89_000)]
    [InlineData("89.000", 89_000)]
    [InlineData("89 000", 89_000)]
    [InlineData("89\u00A0000", 89_000)]
    [InlineData("89\u202F000", 89_000)]
    [InlineData(" 1.234.567 ", 1_234_567)]
    [InlineData("269 597", 269_597)]
    [InlineData("7", 7)]
    [InlineData("0", 0)]
    public void Whole_numbers_typed_the_Belgian_way_are_read(string input, int expected)
    {
        var (value, error) = DutchNumbers.Whole(input, "Het aantal inwoners");
        Assert.Null(error);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("89,000")]
    [InlineData("89.00")]
    [InlineData("8.9000")]
    [InlineData("89..000")]
    [InlineData("89.000,5")]
    [InlineData("-5")]
    [InlineData("+5")]
    [InlineData("1e5")]
    [InlineData("negentig")]
    [InlineData("99.999.999.999")]
    [InlineData(".000")]
    public void Anything_else_is_refused_with_a_message_naming_the_field(string input)
    {
        var (value, error) = DutchNumbers.Whole(input, "Het aantal inwoners");
        Assert.Null(value);
        Assert.StartsWith("Het aantal inwoners: \"", error);
        Assert.Contains("89.000", error);
    }

    [Fact]
    public void Empty_is_refused_only_when_required()
    {
        Assert.Equal("Het jaar is verplicht.", DutchNumbers.Whole("  ", "Het jaar").Error);
        Assert.Equal((null, null), DutchNumbers.Whole(null, "Het jaar", required: false));
    }

    [Theory]
    [InlineData("3500", "3500")]
    [InlineData("3.500", "3500")]
    [InlineData("3 500,5", "3500.5")]
    [InlineData("3.500,50", "3500.50")]
    [InlineData("€ 10.000,00", "10000.00")]
    [InlineData("€10000", "10000")]
    [InlineData("0,99", "0.99")]
    public void Amounts_take_a_decimal_comma(string input, string expected)
    {
        var (value, error) = DutchNumbers.Amount(input, "Het jaarbedrag");
        Assert.Null(error);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("3.50")]
    [InlineData("3500,505")]
    [InlineData("3500,")]
    [InlineData("3,500,00")]
    [InlineData("-3500")]
    [InlineData("EUR 3500")]
    public void Ambiguous_or_malformed_amounts_are_refused(string input)
    {
        var (value, error) = DutchNumbers.Amount(input, "Het jaarbedrag");
        Assert.Null(value);
        Assert.StartsWith("Het jaarbedrag: ", error);
    }
}
