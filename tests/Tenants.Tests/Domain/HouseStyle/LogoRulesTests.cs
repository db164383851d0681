using System.Text;
using Tenants.Domain.HouseStyle;

namespace Tenants.Tests.Domain.HouseStyle;

public class LogoRulesTests
{
    private const string Svg = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40"><rect width="100" height="40" fill="#1A4F8B"/></svg>""";

    [Theory]
    [InlineData(64u, 64u)]
    [InlineData(2048u, 2048u)]
    [InlineData(300u, 120u)]
    [InlineData(64u, 2048u)]
    public void Accepts_a_png_within_the_pixel_limits(uint width, uint height)
    {
        var check = LogoRules.Check(PngFiles.Make(width, height));
        Assert.True(check.IsValid, check.Error);
        Assert.Equal(new Logo(LogoFormat.Png, check.Logo!.Content, (int)width, (int)height), check.Logo);
        Assert.Equal("image/png", check.Logo.ContentType);
    }

    [Theory]
    [InlineData(63u, 100u, "Het logo is 63×100 pixels; minimaal 64×64 is vereist.")]
    [InlineData(100u, 63u, "Het logo is 100×63 pixels; minimaal 64×64 is vereist.")]
    [InlineData(2049u, 100u, "Het logo is 2049×100 pixels; maximaal 2048×2048 is toegestaan.")]
    [InlineData(100u, 4000u, "Het logo is 100×4000 pixels; maximaal 2048×2048 is toegestaan.")]
    public void Refuses_a_png_outside_the_pixel_limits(uint width, uint height, string expected)
    {
        Assert.Equal(expected, LogoRules.Check(PngFiles.Make(width, height)).Error);
    }

    [Fact]
    public void Accepts_512_KB_and_refuses_one_byte_more()
    {
        var header = PngFiles.Make(100, 100, padding: 0).Length;
        Assert.True(LogoRules.Check(PngFiles.Make(100, 100, padding: LogoRules.MaxBytes - header)).IsValid);

        var tooBig = LogoRules.Check(PngFiles.Make(100, 100, padding: LogoRules.MaxBytes - header + 1));
        Assert.Equal("Het logo is 513 KB groot; maximaal 512 KB is toegestaan.", tooBig.Error);
    }

    [Fact]
    public void Accepts_an_svg_and_stores_the_sanitised_version()
    {
        var check = LogoRules.Check(Encoding.UTF8.GetBytes("\uFEFF  \n" + Svg.Replace("<rect", "<script>x()</script><rect")));

        Assert.True(check.IsValid, check.Error);
        Assert.Equal(LogoFormat.Svg, check.Logo!.Format);
        Assert.Equal("image/svg+xml", check.Logo.ContentType);
        Assert.Equal(Svg.Replace("\"/>", "\" />"), Encoding.UTF8.GetString(check.Logo.Content));
        Assert.Equal(["element <script>"], check.Removed);
        Assert.Null(check.Logo.Width);
    }

    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"/>""")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 0 40"/>""")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100"/>""")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 a 40"/>""")]
    public void Refuses_an_svg_without_a_usable_viewBox(string svg)
    {
        Assert.Equal("Het SVG-logo heeft geen geldige viewBox, waardoor de app het niet kan schalen.",
            LogoRules.Check(Encoding.UTF8.GetBytes(svg)).Error);
    }

    [Fact]
    public void Accepts_a_comma_separated_viewBox()
    {
        Assert.True(LogoRules.Check(Encoding.UTF8.GetBytes(Svg.Replace("0 0 100 40", "0,0,100,40"))).IsValid);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 })] // JPEG
    [InlineData(new byte[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a' })]
    [InlineData(new byte[] { (byte)'%', (byte)'P', (byte)'D', (byte)'F' })]
    public void Refuses_other_formats_whatever_the_file_is_called(byte[] content)
    {
        Assert.Equal("Het logo moet een PNG- of SVG-bestand zijn.", LogoRules.Check(content).Error);
    }

    [Fact]
    public void Refuses_an_empty_file()
    {
        Assert.Equal("Het bestand is leeg.", LogoRules.Check([]).Error);
    }

    [Fact]
    public void Passes_on_the_svg_error()
    {
        Assert.Equal("Het bestand is geen SVG-afbeelding: het hoofdelement moet <svg> zijn in de SVG-namespace.",
            LogoRules.Check("<html><body/></html>"u8.ToArray()).Error);
    }

    [Fact]
    public void A_corrupt_png_is_refused_as_png()
    {
        Assert.Equal("Het PNG-bestand is onvolledig: het einde (IEND) ontbreekt.", LogoRules.Check(PngFiles.Make(100, 100)[..^1]).Error);
    }
}
