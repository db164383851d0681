using Tenants.Domain.HouseStyle;

namespace Tenants.Tests.Domain.HouseStyle;

public class PngInfoTests
{
    [Fact]
    public void Reads_the_size_of_a_real_png()
    {
        Assert.True(PngInfo.TryRead(PngFiles.Real300x120, out var info, out var error), error);
        Assert.Equal(new PngInfo(300, 120), info);
    }

    [Fact]
    public void Test_builder_writes_the_same_header_as_a_real_encoder()
    {
        Assert.Equal(PngFiles.Real300x120[..33], PngFiles.Make(300, 120)[..33]);
    }

    [Theory]
    [InlineData(1u, 1u)]
    [InlineData(64u, 64u)]
    [InlineData(2048u, 512u)]
    [InlineData(100_000u, 3u)]
    public void Reads_any_size(uint width, uint height)
    {
        Assert.True(PngInfo.TryRead(PngFiles.Make(width, height), out var info, out _));
        Assert.Equal(new PngInfo((int)width, (int)height), info);
    }

    [Fact]
    public void Refuses_what_is_not_a_png()
    {
        Assert.False(PngInfo.TryRead("GIF89a......"u8, out _, out var error));
        Assert.Equal("Het bestand is geen PNG-afbeelding.", error);
        Assert.False(PngInfo.TryRead([], out _, out _));
    }

    [Fact]
    public void Refuses_a_header_with_a_wrong_checksum()
    {
        var png = PngFiles.Make(300, 120);
        png[19] = 0xFF; // width changed after the CRC was written
        Assert.False(PngInfo.TryRead(png, out _, out var error));
        Assert.Equal("Het PNG-bestand is beschadigd: de kop (IHDR) ontbreekt of klopt niet.", error);
    }

    [Fact]
    public void Refuses_a_file_that_is_only_a_signature()
    {
        Assert.False(PngInfo.TryRead(PngFiles.Make(10, 10)[..20], out _, out var error));
        Assert.Equal("Het PNG-bestand is beschadigd: de kop (IHDR) ontbreekt of klopt niet.", error);
    }

    [Fact]
    public void Refuses_a_truncated_file()
    {
        var png = PngFiles.Make(300, 120, padding: 200);
        Assert.False(PngInfo.TryRead(png[..^20], out _, out var error));
        Assert.Equal("Het PNG-bestand is onvolledig: het einde (IEND) ontbreekt.", error);
    }

    [Theory]
    [InlineData(0u, 10u)]
    [InlineData(10u, 0u)]
    [InlineData(0x8000_0000u, 10u)]
    public void Refuses_impossible_sizes(uint width, uint height)
    {
        Assert.False(PngInfo.TryRead(PngFiles.Make(width, height), out _, out var error));
        Assert.Equal("Het PNG-bestand heeft een ongeldige breedte of hoogte.", error);
    }
}
