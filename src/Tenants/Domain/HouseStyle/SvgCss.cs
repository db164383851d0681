using System.Text.RegularExpressions;

namespace Tenants.Domain.HouseStyle;

/// <summary>Decides whether CSS (a <c>style</c> attribute, a <c>&lt;style&gt;</c> element or a presentation attribute
/// such as <c>fill="url(#g)"</c>) can make the renderer fetch or run anything. Unsafe CSS is dropped whole,
/// never repaired: a logo does not need clever CSS.</summary>
internal static partial class SvgCss
{
    private static readonly string[] Forbidden =
    [
        "@import", "@font-face", "@namespace", "expression(", "javascript:", "vbscript:", "behavior", "-moz-binding",
        "image-set(", "image(", "cross-fade(", "element(", "src(",
    ];

    public static bool IsSafe(string css)
    {
        // Escapes (\75rl) and comments (u/**/rl) can spell any keyword past the checks below.
        if (css.Contains('\\') || css.Contains("/*", StringComparison.Ordinal)) return false;

        var lower = css.ToLowerInvariant();
        if (Forbidden.Any(f => lower.Contains(f, StringComparison.Ordinal))) return false;

        var urls = lower.Split("url(").Length - 1;
        var local = LocalUrl().Count(lower);
        return urls == local;
    }

    /// <summary>Only <c>url(#id)</c>, optionally quoted: a reference inside the same document.</summary>
    [GeneratedRegex("""url\(\s*(?:'#[^'()]*'|"#[^"()]*"|#[^'"()\s]*)\s*\)""")]
    private static partial Regex LocalUrl();
}
