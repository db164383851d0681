using Tenants.Domain.HouseStyle;

namespace Tenants.Tests.Domain.HouseStyle;

public class ContrastRatioTests
{
    [Theory]
    [InlineData("#000000", "#FFFFFF", 21.0)]
    [InlineData("#FFFFFF", "#000000", 21.0)] // order does not matter
    [InlineData("#FFFFFF", "#FFFFFF", 1.0)]
    [InlineData("#777777", "#FFFFFF", 4.478089)]
    [InlineData("#767676", "#FFFFFF", 4.542225)] // the lightest grey that passes AA on white
    [InlineData("#FF0000", "#FFFFFF", 3.998477)]
    [InlineData("#0000FF", "#FFFFFF", 8.592471)]
    [InlineData("#009DE0", "#FFFFFF", 3.043852)]
    [InlineData("#595959", "#FFFFFF", 7.004729)]
    [InlineData("#FFD200", "#000000", 14.470637)]
    public void Known_ratios(string foreground, string background, double expected)
    {
        var ratio = ContrastRatio.Between(HexColor.Parse(foreground), HexColor.Parse(background));
        Assert.Equal(expected, ratio.Value, 5);
    }

    [Theory]
    [InlineData("#777777", false)]
    [InlineData("#767676", true)]
    [InlineData("#000000", true)]
    public void Meets_AA_for_normal_text_on_white(string foreground, bool meets)
    {
        Assert.Equal(meets, ContrastRatio.Between(HexColor.Parse(foreground), HexColor.White).Meets(ContrastRatio.AaNormalText));
    }

    [Theory]
    [InlineData(21.0, "21:1")]
    [InlineData(4.478089, "4,47:1")] // truncated, never rounded up to a passing 4,48 / 4,5
    [InlineData(4.4999, "4,49:1")]
    [InlineData(4.5, "4,5:1")]
    [InlineData(3.2, "3,2:1")]
    [InlineData(1.0, "1:1")]
    public void Shown_in_Dutch_notation(double value, string expected)
    {
        Assert.Equal(expected, new ContrastRatio(value).ToString());
    }
}
