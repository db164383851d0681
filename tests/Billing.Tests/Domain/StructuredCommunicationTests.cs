using Billing.Domain;

namespace Billing.Tests.Domain;

public class StructuredCommunicationTests
{
    [Theory]
    [InlineData(1234567890L, 2, "+++123/4567/89002+++", "123456789002")]
    [InlineData(2027000001L, 22, "+++202/7000/00122+++", "202700000122")]
    [InlineData(9999999999L, 48, "+++999/9999/99948+++", "999999999948")]
    [InlineData(0L, 97, "+++000/0000/00097+++", "000000000097")] // remainder 0 → 97
    [InlineData(97L, 97, "+++000/0000/09797+++", "000000009797")]
    [InlineData(9700000000L, 97, "+++970/0000/00097+++", "970000000097")]
    public void Check_digits_are_the_base_mod_97_and_97_instead_of_0(long baseNumber, int check, string formatted, string plain)
    {
        var ogm = StructuredCommunication.FromBase(baseNumber);

        Assert.Equal(check, ogm.CheckDigits);
        Assert.Equal(formatted, ogm.ToString());
        Assert.Equal(plain, ogm.Plain);
        Assert.Equal(ogm, StructuredCommunication.Parse(formatted));
        Assert.Equal(ogm, StructuredCommunication.Parse(plain));
    }

    [Theory]
    [InlineData(2023, 1, "+++202/3000/00111+++")]
    [InlineData(2023, 42, "+++202/3000/04252+++")]
    [InlineData(2027, 1, "+++202/7000/00122+++")]
    [InlineData(2027, 999_999, "+++202/7999/99947+++")]
    public void From_invoice_uses_year_and_six_digit_sequence(int year, int sequence, string expected)
    {
        Assert.Equal(expected, StructuredCommunication.FromInvoice(year, sequence).ToString());
    }

    [Fact]
    public void From_invoice_is_unique_per_year_and_sequence()
    {
        int[] sequences = [1, 2, 9, 10, 99_999, 100_000, 999_998, 999_999];
        var all = (from year in Enumerable.Range(2023, 10) from seq in sequences select StructuredCommunication.FromInvoice(year, seq).Plain).ToList();

        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Theory]
    [InlineData(2023, 0)]
    [InlineData(2023, 1_000_000)]
    [InlineData(999, 1)]
    [InlineData(10_000, 1)]
    public void From_invoice_refuses_what_does_not_fit_ten_digits(int year, int sequence)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StructuredCommunication.FromInvoice(year, sequence));
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(10_000_000_000L)]
    public void From_base_refuses_more_than_ten_digits(long baseNumber)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StructuredCommunication.FromBase(baseNumber));
    }

    [Theory]
    [InlineData("+++123/4567/89002+++")]
    [InlineData("***123/4567/89002***")]
    [InlineData("+++ 123 / 4567 / 89002 +++")]
    [InlineData("123456789002")]
    [InlineData(" 1234 5678 9002 ")]
    public void Accepts_the_usual_ways_of_writing_it(string text)
    {
        Assert.True(StructuredCommunication.IsValid(text));
        Assert.Equal(1234567890L, StructuredCommunication.Parse(text).Base);
    }

    [Theory]
    [InlineData("+++123/4567/89012+++")] // the example in the contract summary: check digits should be 02
    [InlineData("+++123/4567/89003+++")]
    [InlineData("000000000000")] // remainder 0 is written 97, never 00
    [InlineData("+++000/0000/00000+++")]
    [InlineData("12345678900")]
    [InlineData("1234567890022")]
    [InlineData("+++123/4567/8900+++")]
    [InlineData("+++123-4567-89002+++")]
    [InlineData("+++123/4567/89002***")]
    [InlineData("++123/4567/89002++")]
    [InlineData("12345678900A")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_wrong_check_digits_and_malformed_text(string? text)
    {
        Assert.False(StructuredCommunication.IsValid(text));
        Assert.False(StructuredCommunication.TryParse(text, out _));
    }

    [Fact]
    public void Parse_throws_a_format_exception_in_Dutch()
    {
        var error = Assert.Throws<FormatException>(() => StructuredCommunication.Parse("+++123/4567/89012+++"));
        Assert.Contains("geen geldige gestructureerde mededeling", error.Message);
    }
}
