using Platform.Kernel.Text;

namespace Tenants.Tests.Text;

/// <summary>The kernel's rule for names in web addresses, with the bounds each caller gives (a tenant 2–63, a status
/// product 2–80). Tenants' own reserved words are in <c>SlugTests</c>.</summary>
public class AddressNameTests
{
    [Theory]
    [InlineData("  Mijn-Burgerprofiel ", "mijn-burgerprofiel")]
    [InlineData("GENT", "gent")]
    [InlineData(null, "")]
    public void Normalizes_by_trimming_and_lower_casing(string? input, string expected) =>
        Assert.Equal(expected, AddressName.Normalize(input));

    [Theory]
    [InlineData("gent", 2, 63)]
    [InlineData("mijn-burgerprofiel", 2, 80)]
    [InlineData("e-loket-2", 2, 80)]
    [InlineData("ab", 2, 2)]
    public void Accepts_names_within_the_bounds(string name, int min, int max) =>
        Assert.Null(AddressName.Check(name, min, max));

    [Theory]
    [InlineData("", 2, 80, "Vul een adresnaam in (de korte naam in webadressen).")]
    [InlineData("a", 2, 80, "Een adresnaam telt 2 tot 80 tekens, niet 1.")]
    [InlineData("abcd", 2, 3, "Een adresnaam telt 2 tot 3 tekens, niet 4.")]
    [InlineData("e loket", 2, 80, "Een adresnaam bevat enkel kleine letters a-z, cijfers en koppeltekens (geen spaties of accenten).")]
    [InlineData("café", 2, 80, "Een adresnaam bevat enkel kleine letters a-z, cijfers en koppeltekens (geen spaties of accenten).")]
    [InlineData("E-loket", 2, 80, "Een adresnaam bevat enkel kleine letters a-z, cijfers en koppeltekens (geen spaties of accenten).")]
    [InlineData("-loket", 2, 80, "Een adresnaam begint en eindigt niet met een koppelteken.")]
    [InlineData("loket-", 2, 80, "Een adresnaam begint en eindigt niet met een koppelteken.")]
    [InlineData("xn--loket", 2, 80, "Een adresnaam bevat geen twee koppeltekens na elkaar.")]
    public void Refuses_with_a_Dutch_reason(string name, int min, int max, string expected) =>
        Assert.Equal(expected, AddressName.Check(name, min, max));
}
