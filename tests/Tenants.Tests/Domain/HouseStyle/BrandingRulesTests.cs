using System.Text.Json;
using Tenants.Domain;
using Tenants.Domain.HouseStyle;

namespace Tenants.Tests.Domain.HouseStyle;

public class BrandingRulesTests
{
    private static HexColor C(string hex) => HexColor.Parse(hex);

    private static readonly Branding Good = new(
        AppName: "Gent",
        Primary: C("#1A4F8B"), TextOnPrimary: C("#FFFFFF"),
        Secondary: C("#FFD200"), TextOnSecondary: C("#000000"),
        Accent: C("#595959"), TextOnAccent: C("#FFFFFF"),
        Background: C("#FFFFFF"), Text: C("#1A1A1A"));

    [Fact]
    public void A_house_style_with_enough_contrast_everywhere_is_valid()
    {
        Assert.Empty(BrandingRules.Validate(Good));
    }

    [Fact]
    public void Defines_five_pairs()
    {
        Assert.Equal(
            ["text", "textOnPrimary", "textOnSecondary", "textOnAccent", "primary"],
            BrandingRules.Pairs.Select(p => p.Field));
    }

    [Fact]
    public void Names_the_failing_pair_and_its_ratio()
    {
        var errors = BrandingRules.Validate(Good with { Primary = C("#009DE0") });

        // #009DE0 fails as a surface for white text and as link colour on the white background.
        Assert.Equal(
            [
                new ValidationError("textOnPrimary", "Tekst op primaire kleur: contrast 3,04:1, minimaal 4,5:1 vereist."),
                new ValidationError("primary", "Primaire kleur (links) op achtergrond: contrast 3,04:1, minimaal 4,5:1 vereist."),
            ],
            errors);
    }

    [Theory]
    [InlineData("text", "#777777", "Tekst op achtergrond: contrast 4,47:1, minimaal 4,5:1 vereist.")]
    [InlineData("textOnSecondary", "#FFFFFF", "Tekst op secundaire kleur: contrast 1,45:1, minimaal 4,5:1 vereist.")]
    [InlineData("textOnAccent", "#000000", "Tekst op accentkleur: contrast 2,99:1, minimaal 4,5:1 vereist.")]
    public void Each_pair_is_checked(string field, string hex, string expected)
    {
        var branding = field switch
        {
            "text" => Good with { Text = C(hex) },
            "textOnSecondary" => Good with { TextOnSecondary = C(hex) },
            _ => Good with { TextOnAccent = C(hex) },
        };
        Assert.Equal([new ValidationError(field, expected)], BrandingRules.Validate(branding));
    }

    [Fact]
    public void Exactly_the_lightest_passing_grey_is_accepted()
    {
        Assert.Empty(BrandingRules.Validate(Good with { Text = C("#767676") }));
    }

    [Theory]
    [InlineData("", "Vul de naam van de app in.")]
    [InlineData("   ", "Vul de naam van de app in.")]
    [InlineData("G", "De naam van de app telt 2 tot 30 tekens, niet 1.")]
    [InlineData("Mijn Stad Gent in uw broekzak!!", "De naam van de app telt 2 tot 30 tekens, niet 31.")]
    [InlineData("Gent\u0007", "De naam van de app bevat ongeldige tekens.")]
    public void App_name_is_checked(string name, string expected)
    {
        Assert.Equal([new ValidationError("appName", expected)], BrandingRules.Validate(Good with { AppName = name }));
    }

    [Fact]
    public void Thirty_characters_is_fine()
    {
        Assert.Empty(BrandingRules.Validate(Good with { AppName = new string('x', 30) }));
    }

    [Fact]
    public void Ratios_lists_every_pair()
    {
        var ratios = BrandingRules.Ratios(Good);
        Assert.Equal(BrandingRules.Pairs.Count, ratios.Count);
        Assert.All(ratios, r => Assert.True(r.Ratio.Meets(4.5)));
    }

    [Fact]
    public void Round_trips_through_camel_case_json()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var json = JsonSerializer.Serialize(Good, options);
        Assert.Contains("\"textOnPrimary\":\"#FFFFFF\"", json);
        Assert.Equal(Good, JsonSerializer.Deserialize<Branding>(json, options));
    }
}
