using System.Text;
using MimeKit.Text;

namespace ServiceDesk.Intake;

/// <summary>The text of an HTML-only mail, by MimeKit's HTML tokenizer: only character data is kept, scripts, styles and
/// every tag and attribute are dropped, block elements become line breaks. Nothing is rendered, no HTML is kept.</summary>
internal static class HtmlText
{
    private static readonly HashSet<HtmlTagId> Blocks =
    [
        HtmlTagId.Br, HtmlTagId.P, HtmlTagId.Div, HtmlTagId.LI, HtmlTagId.TR, HtmlTagId.H1, HtmlTagId.H2, HtmlTagId.H3,
        HtmlTagId.H4, HtmlTagId.H5, HtmlTagId.H6, HtmlTagId.BlockQuote, HtmlTagId.Table, HtmlTagId.UL, HtmlTagId.OL, HtmlTagId.Pre,
    ];

    private static readonly HashSet<HtmlTagId> Skipped = [HtmlTagId.Script, HtmlTagId.Style, HtmlTagId.Head, HtmlTagId.Title];

    public static string Convert(string html)
    {
        var text = new StringBuilder();
        var skipping = 0;
        using var reader = new StringReader(html);
        var tokenizer = new HtmlTokenizer(reader) { DecodeCharacterReferences = true };
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when Skipped.Contains(tag.Id):
                    if (!tag.IsEmptyElement) skipping = Math.Max(0, skipping + (tag.IsEndTag ? -1 : 1));
                    break;
                case HtmlTagToken tag when Blocks.Contains(tag.Id):
                    if (skipping == 0) text.Append('\n');
                    break;
                case HtmlDataToken data when skipping == 0:
                    text.Append(Collapse(data.Data));
                    break;
            }
        }
        var lines = text.ToString().Split('\n').Select(l => l.Trim());
        return string.Join('\n', lines).Trim();
    }

    private static string Collapse(string data)
    {
        var sb = new StringBuilder(data.Length);
        var space = false;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c)) { if (!space) sb.Append(' '); space = true; }
            else { sb.Append(c); space = false; }
        }
        return sb.ToString();
    }
}
