using Billing.Domain;

namespace Billing.Tests.Domain;

public class InvoiceNumberTests
{
    [Theory]
    [InlineData(false, 2027, 1, "2027-000001")]
    [InlineData(false, 2023, 42, "2023-000042")]
    [InlineData(false, 2027, 999_999, "2027-999999")]
    [InlineData(true, 2027, 1, "CN-2027-000001")]
    [InlineData(true, 2031, 123_456, "CN-2031-123456")]
    public void Formats_and_parses_both_series(bool creditNote, int year, int sequence, string text)
    {
        var kind = creditNote ? InvoiceKind.CreditNote : InvoiceKind.Invoice;
        var number = new InvoiceNumber(kind, year, sequence);

        Assert.Equal(text, number.ToString());
        Assert.Equal(number, InvoiceNumber.Parse(text));
        Assert.Equal(kind, InvoiceNumber.Parse(text).Kind);
        Assert.Equal(year, InvoiceNumber.Parse(text).Year);
        Assert.Equal(sequence, InvoiceNumber.Parse(text).Sequence);
    }

    [Theory]
    [InlineData(" 2027-000001 ", "2027-000001")]
    [InlineData("cn-2027-000001", "CN-2027-000001")]
    public void Parse_is_lenient_about_spaces_and_case(string text, string canonical)
    {
        Assert.Equal(canonical, InvoiceNumber.Parse(text).ToString());
    }

    [Theory]
    [InlineData("2027-1")]
    [InlineData("27-000001")]
    [InlineData("2027000001")]
    [InlineData("2027-0000001")]
    [InlineData("2027-000000")]
    [InlineData("0999-000001")]
    [InlineData("CN2027-000001")]
    [InlineData("XX-2027-000001")]
    [InlineData("CN-CN-2027-000001")]
    [InlineData("2027-00000a")]
    [InlineData("2027/000001")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_malformed_numbers(string? text)
    {
        Assert.False(InvoiceNumber.TryParse(text, out _));
    }

    [Fact]
    public void Parse_throws_a_format_exception_in_Dutch()
    {
        Assert.Contains("geen geldig factuurnummer", Assert.Throws<FormatException>(() => InvoiceNumber.Parse("2027-1")).Message);
    }

    [Theory]
    [InlineData(2027, 0)]
    [InlineData(2027, 1_000_000)]
    [InlineData(999, 1)]
    [InlineData(10_000, 1)]
    public void Refuses_numbers_outside_the_series(int year, int sequence)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new InvoiceNumber(InvoiceKind.Invoice, year, sequence));
    }

    [Fact]
    public void Series_start_at_one_and_have_no_gaps()
    {
        var first = InvoiceNumber.First(InvoiceKind.CreditNote, 2027);

        Assert.Equal("CN-2027-000001", first.ToString());
        Assert.Equal("CN-2027-000002", first.Next().ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new InvoiceNumber(InvoiceKind.Invoice, 2027, 999_999).Next());
    }

    [Fact]
    public void Invoice_and_credit_note_with_the_same_sequence_differ()
    {
        Assert.NotEqual(new InvoiceNumber(InvoiceKind.Invoice, 2027, 1), new InvoiceNumber(InvoiceKind.CreditNote, 2027, 1));
    }
}
