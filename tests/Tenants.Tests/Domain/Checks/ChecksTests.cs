using Tenants.Domain.Checks;

namespace Tenants.Tests.Domain.Checks;

public class ChecksTests
{
    [Theory]
    [InlineData("https://www.gent.be/afspraak")]
    [InlineData("https://afspraken.stad.gent/?dienst=burgerzaken#start")]
    [InlineData("  https://gent.be  ")]
    [InlineData("https://xn--hlcine-bvab.be/")]
    public void Https_url_accepts(string url) => Assert.Null(Check.HttpsUrl(url, "De link"));

    [Theory]
    [InlineData("http://www.gent.be", "De link moet een volledig https-adres zijn, bijvoorbeeld https://www.gent.be/afspraak.")]
    [InlineData("www.gent.be", "De link moet een volledig https-adres zijn, bijvoorbeeld https://www.gent.be/afspraak.")]
    [InlineData("/afspraak", "De link moet een volledig https-adres zijn, bijvoorbeeld https://www.gent.be/afspraak.")]
    [InlineData("ftp://gent.be", "De link moet een volledig https-adres zijn, bijvoorbeeld https://www.gent.be/afspraak.")]
    [InlineData("javascript:alert(1)", "De link moet een volledig https-adres zijn, bijvoorbeeld https://www.gent.be/afspraak.")]
    [InlineData("https://user:secret@gent.be", "De link mag geen gebruikersnaam of wachtwoord bevatten.")]
    [InlineData("https://10.0.0.1/feed", "De link moet naar een publieke domeinnaam verwijzen, niet naar een IP-adres of een interne server.")]
    [InlineData("https://[::1]/feed", "De link moet naar een publieke domeinnaam verwijzen, niet naar een IP-adres of een interne server.")]
    [InlineData("https://localhost/feed", "De link moet naar een publieke domeinnaam verwijzen, niet naar een IP-adres of een interne server.")]
    [InlineData("https://intranet/feed", "De link moet naar een publieke domeinnaam verwijzen, niet naar een IP-adres of een interne server.")]
    [InlineData("https://api.localhost/feed", "De link moet naar een publieke domeinnaam verwijzen, niet naar een IP-adres of een interne server.")]
    [InlineData("", "De link is verplicht.")]
    [InlineData(null, "De link is verplicht.")]
    public void Https_url_refuses(string? url, string expected) => Assert.Equal(expected, Check.HttpsUrl(url, "De link"));

    [Fact]
    public void Https_url_has_a_length_limit()
    {
        Assert.Null(Check.HttpsUrl("https://gent.be/" + new string('a', Check.MaxUrlLength - 16), "De link"));
        Assert.Equal("De link telt hoogstens 2000 tekens.", Check.HttpsUrl("https://gent.be/" + new string('a', Check.MaxUrlLength - 15), "De link"));
    }

    [Theory]
    [InlineData("meldingen@stad.gent")]
    [InlineData("dienst.burgerzaken@gemeente-zelzate.be")]
    [InlineData(" info@gent.be ")]
    public void Email_accepts(string email) => Assert.Null(Check.Email(email, "Het e-mailadres"));

    [Theory]
    [InlineData("meldingen")]
    [InlineData("meldingen@gent")]
    [InlineData("Gent <info@gent.be>")]
    [InlineData("info@@gent.be")]
    [InlineData("in fo@gent.be")]
    [InlineData("info@gent.be.")]
    public void Email_refuses(string email) =>
        Assert.Equal("Het e-mailadres is geen geldig e-mailadres (bijvoorbeeld dienst@gemeente.be).", Check.Email(email, "Het e-mailadres"));

    [Theory]
    [InlineData("1000", true)]
    [InlineData("9000", true)]
    [InlineData("9992", true)]
    [InlineData(" 2000 ", true)]
    [InlineData("0999", false)]
    [InlineData("999", false)]
    [InlineData("9993", false)]
    [InlineData("90000", false)]
    [InlineData("9O00", false)]
    [InlineData("B-9000", false)]
    [InlineData(null, false)]
    public void Belgian_postal_code(string? code, bool valid)
    {
        Assert.Equal(valid, Check.PostalCode(code) is null);
    }

    [Fact]
    public void Postal_code_message_names_the_value()
    {
        Assert.Equal("De postcode \"0999\" is geen Belgische postcode (4 cijfers, 1000 tot 9992).", Check.PostalCode("0999"));
    }

    [Theory]
    [InlineData("09 210 10 10", "+3292101010", "09 210 10 10")]
    [InlineData("+32 9 210 10 10", "+3292101010", "09 210 10 10")]
    [InlineData("0032 9 210 10 10", "+3292101010", "09 210 10 10")]
    [InlineData("+32 (0)9 210 10 10", "+3292101010", "09 210 10 10")]
    [InlineData("09/210.10.10", "+3292101010", "09 210 10 10")]
    [InlineData("0470 12 34 56", "+32470123456", "0470 12 34 56")]
    [InlineData("+32470123456", "+32470123456", "0470 12 34 56")]
    [InlineData("02 511 11 11", "+3225111111", "02 511 11 11")]
    [InlineData("03 338 33 33", "+3233383333", "03 338 33 33")]
    [InlineData("050 44 80 00", "+3250448000", "050 44 80 00")]
    [InlineData("016-27.20.00", "+3216272000", "016 27 20 00")]
    [InlineData("0800 12 345", "+3280012345", "0800 12 345")]
    [InlineData("078 15 15 15", "+3278151515", "078 15 15 15")]
    public void Belgian_phone_is_normalised(string input, string e164, string display)
    {
        Assert.True(BelgianPhone.TryParse(input, out var phone, out var error), error);
        Assert.Equal(new BelgianPhone(e164, display), phone);
    }

    [Theory]
    [InlineData("1700")]
    [InlineData("092101010 1")]
    [InlineData("921010100")] // no leading 0 or +32
    [InlineData("09 210 10 1")] // 7 digits
    [InlineData("09 210 10 10 10")] // 10 digits
    [InlineData("0570 12 34 56")] // 9 digits are mobiles, starting with 4
    [InlineData("+31 20 123 4567")] // Dutch number
    [InlineData("0033 1 23 45 67 89")] // French number
    [InlineData("09 2IO 10 10")]
    [InlineData("+32 0")]
    public void Belgian_phone_refuses(string input)
    {
        Assert.False(BelgianPhone.TryParse(input, out _, out var error));
        Assert.Equal($"\"{input}\" is geen Belgisch telefoonnummer (bijvoorbeeld 09 210 10 10 of +32 470 12 34 56).", error);
    }

    [Fact]
    public void Belgian_phone_is_required()
    {
        Assert.False(BelgianPhone.TryParse(" ", out _, out var error));
        Assert.Equal("Het telefoonnummer is verplicht.", error);
    }
}
