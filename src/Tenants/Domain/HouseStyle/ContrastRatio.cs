using Platform.Kernel.Formatting;

namespace Tenants.Domain.HouseStyle;

/// <summary>WCAG 2.x contrast ratio <c>(L1 + 0.05) / (L2 + 0.05)</c>, lighter luminance on top: 1 to 21.</summary>
internal readonly record struct ContrastRatio(double Value)
{
    /// <summary>WCAG 2.1 AA for normal text (success criterion 1.4.3).</summary>
    public const double AaNormalText = 4.5;

    public static ContrastRatio Between(HexColor foreground, HexColor background)
    {
        var a = foreground.RelativeLuminance;
        var b = background.RelativeLuminance;
        return new ContrastRatio((Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05));
    }

    public bool Meets(double minimum) => Value >= minimum;

    /// <summary>Dutch notation, truncated to two decimals so a failing 4.499 never reads as "4,5:1": <c>4,47:1</c>.</summary>
    public override string ToString() => Format(Value) + ":1";

    public static string Format(double ratio) => (Math.Floor(ratio * 100) / 100).ToString("0.##", Dutch.Culture);
}
