using Tenants.Domain.Identity;

namespace Tenants.Tests.Domain.Identity;

public class SlugTests
{
    [Theory]
    [InlineData("gent", "gent")]
    [InlineData("Gent", "gent")]
    [InlineData("  sint-niklaas ", "sint-niklaas")]
    [InlineData("ocmw-gent", "ocmw-gent")]
    [InlineData("as", "as")] // As, Limburg: two letters is the minimum
    [InlineData("district-2060", "district-2060")]
    [InlineData("1830", "1830")]
    public void Accepts_and_lowercases(string input, string expected)
    {
        Assert.True(Slug.TryParse(input, out var slug, out var error), error);
        Assert.Equal(expected, slug.Value);
    }

    [Fact]
    public void Accepts_63_characters_and_refuses_64()
    {
        Assert.True(Slug.TryParse(new string('a', 63), out _, out _));
        Assert.False(Slug.TryParse(new string('a', 64), out _, out var error));
        Assert.Equal("Een adresnaam telt 2 tot 63 tekens, niet 64.", error);
    }

    [Theory]
    [InlineData("g", "Een adresnaam telt 2 tot 63 tekens, niet 1.")]
    [InlineData("", "Vul een adresnaam in (de korte naam in webadressen).")]
    [InlineData(null, "Vul een adresnaam in (de korte naam in webadressen).")]
    [InlineData("sint niklaas", "Een adresnaam bevat enkel kleine letters a-z, cijfers en koppeltekens (geen spaties of accenten).")]
    [InlineData("oudenaarde_", "Een adresnaam bevat enkel kleine letters a-z, cijfers en koppeltekens (geen spaties of accenten).")]
    [InlineData("hélécine", "Een adresnaam bevat enkel kleine letters a-z, cijfers en koppeltekens (geen spaties of accenten).")]
    [InlineData("gent.be", "Een adresnaam bevat enkel kleine letters a-z, cijfers en koppeltekens (geen spaties of accenten).")]
    [InlineData("gent/admin", "Een adresnaam bevat enkel kleine letters a-z, cijfers en koppeltekens (geen spaties of accenten).")]
    [InlineData("-gent", "Een adresnaam begint en eindigt niet met een koppelteken.")]
    [InlineData("gent-", "Een adresnaam begint en eindigt niet met een koppelteken.")]
    [InlineData("xn--gnt-6oa", "Een adresnaam bevat geen twee koppeltekens na elkaar.")]
    [InlineData("sint--niklaas", "Een adresnaam bevat geen twee koppeltekens na elkaar.")]
    public void Refuses_with_a_Dutch_reason(string? input, string expected)
    {
        Assert.False(Slug.TryParse(input, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("api")]
    [InlineData("admin")]
    [InlineData("status")]
    [InlineData("jobs")]
    [InlineData("www")]
    [InlineData("WWW")]
    [InlineData("hangfire")]
    public void Refuses_reserved_words(string input)
    {
        Assert.False(Slug.TryParse(input, out _, out var error));
        Assert.Equal($"\"{input.ToLowerInvariant()}\" is voorbehouden voor het platform; kies een andere adresnaam.", error);
    }

    [Fact]
    public void Every_reserved_word_would_otherwise_be_a_valid_slug()
    {
        // A reserved word that breaks the shape rules would be dead weight in the list.
        foreach (var word in Slug.Reserved)
        {
            Assert.False(Slug.TryParse(word, out _, out var error));
            Assert.Contains("voorbehouden", error);
        }
    }

    [Theory]
    [InlineData("Stad Gent", "stad-gent")]
    [InlineData("Sint-Niklaas", "sint-niklaas")]
    [InlineData("OCMW Zelzate", "ocmw-zelzate")]
    [InlineData("Hélécine", "helecine")]
    [InlineData("  Gemeente  Wuustwezel ", "gemeente-wuustwezel")]
    [InlineData("Scherpenheuvel-Zichem", "scherpenheuvel-zichem")]
    [InlineData("'s Gravenwezel", "s-gravenwezel")]
    public void Suggests_a_slug_from_a_name(string name, string expected)
    {
        var suggestion = Slug.Suggest(name);
        Assert.Equal(expected, suggestion);
        Assert.True(Slug.TryParse(suggestion, out _, out _));
    }

    [Fact]
    public void Suggestion_is_cut_to_63_characters_without_a_trailing_hyphen()
    {
        var suggestion = Slug.Suggest(new string('a', 62) + " bcd");
        Assert.Equal(new string('a', 62), suggestion);
    }
}
