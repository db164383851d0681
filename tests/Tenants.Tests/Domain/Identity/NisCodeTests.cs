using Tenants.Domain.Identity;

namespace Tenants.Tests.Domain.Identity;

public class NisCodeTests
{
    [Theory]
    [InlineData("44021")] // Gent
    [InlineData("11002")] // Antwerpen
    [InlineData("21004")] // Brussel
    [InlineData(" 24062 ")] // Leuven
    public void Accepts_five_digits(string input)
    {
        Assert.True(NisCode.TryParse(input, out var code, out var error), error);
        Assert.Equal(input.Trim(), code.Value);
    }

    [Theory]
    [InlineData("4402", "Een NIS-code bestaat uit precies 5 cijfers.")]
    [InlineData("440210", "Een NIS-code bestaat uit precies 5 cijfers.")]
    [InlineData("44O21", "Een NIS-code bestaat uit precies 5 cijfers.")]
    [InlineData("44 021", "Een NIS-code bestaat uit precies 5 cijfers.")]
    [InlineData("04021", "Een NIS-code begint niet met 0.")]
    [InlineData("", "Vul de NIS-code in.")]
    [InlineData(null, "Vul de NIS-code in.")]
    public void Refuses_other_shapes(string? input, string expected)
    {
        Assert.False(NisCode.TryParse(input, out _, out var error));
        Assert.Equal(expected, error);
    }
}
