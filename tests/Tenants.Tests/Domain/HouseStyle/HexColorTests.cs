using System.Text.Json;
using Tenants.Domain.HouseStyle;

namespace Tenants.Tests.Domain.HouseStyle;

public class HexColorTests
{
    [Theory]
    [InlineData("#1A4F8B", 0x1A, 0x4F, 0x8B, "#1A4F8B")]
    [InlineData("#1a4f8b", 0x1A, 0x4F, 0x8B, "#1A4F8B")]
    [InlineData(" #009de0 ", 0x00, 0x9D, 0xE0, "#009DE0")]
    [InlineData("#fff", 255, 255, 255, "#FFFFFF")]
    [InlineData("#000", 0, 0, 0, "#000000")]
    [InlineData("#F0a", 0xFF, 0x00, 0xAA, "#FF00AA")]
    public void Parses_long_and_short_forms(string input, int r, int g, int b, string shown)
    {
        Assert.True(HexColor.TryParse(input, out var color, out var error), error);
        Assert.Equal(new HexColor((byte)r, (byte)g, (byte)b), color);
        Assert.Equal(shown, color.ToString());
    }

    [Theory]
    [InlineData("1A4F8B")]
    [InlineData("#1A4F8")]
    [InlineData("#1A4F8B00")] // no alpha
    [InlineData("#GGGGGG")]
    [InlineData("#12")]
    [InlineData("rgb(0,0,0)")]
    [InlineData("blue")]
    [InlineData("##fff")]
    public void Refuses_anything_else(string input)
    {
        Assert.False(HexColor.TryParse(input, out _, out var error));
        Assert.Equal($"\"{input}\" is geen kleur: gebruik #RRGGBB of #RGB, bijvoorbeeld #1A4F8B.", error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Asks_for_a_colour_when_empty(string? input)
    {
        Assert.False(HexColor.TryParse(input, out _, out var error));
        Assert.Equal("Vul een kleur in, bijvoorbeeld #1A4F8B.", error);
    }

    [Theory]
    [InlineData("#000000", 0.0)]
    [InlineData("#FFFFFF", 1.0)]
    [InlineData("#FF0000", 0.2126)]
    [InlineData("#00FF00", 0.7152)]
    [InlineData("#0000FF", 0.0722)]
    [InlineData("#808080", 0.2158605001)]
    [InlineData("#0A0A0A", 0.0030353)] // below the linear threshold: 10/255/12.92
    public void Relative_luminance_per_WCAG(string color, double expected)
    {
        Assert.Equal(expected, HexColor.Parse(color).RelativeLuminance, 6);
    }

    [Fact]
    public void Json_is_the_hex_string()
    {
        Assert.Equal("\"#1A4F8B\"", JsonSerializer.Serialize(HexColor.Parse("#1a4f8b")));
        Assert.Equal(HexColor.Parse("#abc"), JsonSerializer.Deserialize<HexColor>("\"#abc\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<HexColor>("\"red\""));
    }
}
