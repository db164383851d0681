using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Platform.Kernel.Web;

/// <summary>Every table scrolls sideways inside its own box, never the page (readable at 390 px): the table is wrapped in a
/// keyboard-focusable region labelled by its caption (or <c>scroll-label</c>, or the page title). Opt out with <c>no-scroll</c>.
/// Registered for every module's pages by <c>@addTagHelper *, Platform.Kernel</c>.</summary>
[HtmlTargetElement("table")]
public sealed partial class TableScrollTagHelper : TagHelper
{
    [HtmlAttributeName("scroll-label")] public string? Label { get; set; }

    [HtmlAttributeName("no-scroll")] public bool NoScroll { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext? ViewContext { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (NoScroll) return;
        var label = Label;
        if (string.IsNullOrWhiteSpace(label))
        {
            var content = (await output.GetChildContentAsync()).GetContent();
            var caption = CaptionPattern().Match(content);
            label = caption.Success ? WebUtility.HtmlDecode(TagPattern().Replace(caption.Groups[1].Value, "")).Trim() : null;
        }
        if (string.IsNullOrWhiteSpace(label))
            label = ViewContext?.ViewData["Title"] is string title ? $"Tabel: {title}" : "Tabel";
        output.PreElement.AppendHtml($"<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{WebUtility.HtmlEncode(label)}\">");
        output.PostElement.AppendHtml("</div>");
    }

    [GeneratedRegex(@"<caption[^>]*>(.*?)</caption>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
