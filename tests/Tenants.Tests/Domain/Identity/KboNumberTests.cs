using Tenants.Domain.Identity;

namespace Tenants.Tests.Domain.Identity;

public class KboNumberTests
{
    [Theory]
    [InlineData("0207.451.227", "0207451227", "0207.451.227")] // Stad Gent (contract)
    [InlineData("0643.634.986", "0643634986", "0643.634.986")] // EV DV (contract)
    [InlineData("0316.380.841", "0316380841", "0316.380.841")] // Digitaal Vlaanderen (contract)
    [InlineData("0207.500.123", "0207500123", "0207.500.123")] // Stad Antwerpen
    [InlineData("0207451227", "0207451227", "0207.451.227")]
    [InlineData("0207 451 227", "0207451227", "0207.451.227")]
    [InlineData("  0207.451.227  ", "0207451227", "0207.451.227")]
    [InlineData("BE 0207.451.227", "0207451227", "0207.451.227")]
    [InlineData("be0207451227", "0207451227", "0207.451.227")]
    [InlineData("0207-451-227", "0207451227", "0207.451.227")]
    [InlineData("207.451.227", "0207451227", "0207.451.227")] // nine-digit pre-2003 form
    [InlineData("207451227", "0207451227", "0207.451.227")]
    public void Accepts_valid_numbers_in_any_usual_notation(string input, string digits, string shown)
    {
        Assert.True(KboNumber.TryParse(input, out var number, out var error), error);
        Assert.Equal(digits, number.Digits);
        Assert.Equal(shown, number.ToString());
    }

    [Theory]
    [InlineData("0207.451.228")] // Gent with its last digit changed
    [InlineData("0207.451.217")]
    [InlineData("0643.634.987")]
    [InlineData("0207.489.814")] // 97 - 2074898 mod 97 = 29, not 14
    [InlineData("0207.529.227")] // 97 - 2075292 mod 97 = 23, not 27
    [InlineData("0207.541.227")] // two digits swapped
    public void Refuses_wrong_check_digits(string input)
    {
        Assert.False(KboNumber.TryParse(input, out _, out var error));
        Assert.Equal("Dit ondernemingsnummer bestaat niet: de controlecijfers kloppen niet.", error);
    }

    [Theory]
    [InlineData("02074512", "Een ondernemingsnummer heeft 10 cijfers, niet 8.")]
    [InlineData("0207.451.2270", "Een ondernemingsnummer heeft 10 cijfers, niet 11.")]
    [InlineData("0.2", "Een ondernemingsnummer heeft 10 cijfers, niet 2.")]
    [InlineData("...", "Een ondernemingsnummer heeft 10 cijfers, niet 0.")]
    // Nine digits are the old form: a leading 0 is added, and then the check digits decide.
    [InlineData("020745122", "Dit ondernemingsnummer bestaat niet: de controlecijfers kloppen niet.")]
    public void Refuses_wrong_length(string input, string expected)
    {
        Assert.False(KboNumber.TryParse(input, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("0207.45A.227")]
    [InlineData("O207451227")]
    [InlineData("0207_451_227")]
    [InlineData("+0207451227")]
    public void Refuses_letters_and_other_characters(string input)
    {
        Assert.False(KboNumber.TryParse(input, out _, out var error));
        Assert.Equal("Een ondernemingsnummer bevat enkel cijfers (en eventueel punten of spaties).", error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Asks_for_a_number_when_empty(string? input)
    {
        Assert.False(KboNumber.TryParse(input, out _, out var error));
        Assert.Equal("Vul het ondernemingsnummer in.", error);
    }

    [Fact]
    public void Refuses_an_establishment_unit_number_even_with_valid_check_digits()
    {
        // Digitaal Vlaanderen's vestigingsnummer in the contract: 97 - 22561808 mod 97 = 4.
        Assert.False(KboNumber.TryParse("2.256.180.804", out _, out var error));
        Assert.Equal("Een ondernemingsnummer begint met 0 of 1; dit lijkt een vestigingsnummer.", error);
    }

    [Fact]
    public void Check_value_is_97_when_the_body_is_a_multiple_of_97()
    {
        Assert.True(KboNumber.TryParse("0000009797", out var number, out var error), error);
        Assert.Equal("0000.009.797", number.ToString());
        Assert.False(KboNumber.TryParse("0000009700", out _, out _));
    }

    [Fact]
    public void An_enterprise_number_may_start_with_1()
    {
        // 97 - 10000000 mod 97 = 21
        Assert.True(KboNumber.TryParse("1000.000.021", out var number, out var error), error);
        Assert.Equal("1000000021", number.Digits);
    }

    [Fact]
    public void Parse_throws_with_the_Dutch_message()
    {
        var e = Assert.Throws<FormatException>(() => KboNumber.Parse("0207.451.228"));
        Assert.Contains("controlecijfers", e.Message);
    }

    [Fact]
    public void Round_trips_through_json_in_the_shown_form()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(KboNumber.Parse("0207451227"));
        Assert.Equal("\"0207.451.227\"", json);
        Assert.Equal(KboNumber.Parse("0207.451.227"), System.Text.Json.JsonSerializer.Deserialize<KboNumber>(json));
    }
}
