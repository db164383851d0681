using System.Net;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Platform.Kernel.Paging;

/// <summary>A sortable column header: <c>&lt;th sort-key="naam" sort-by="Model.Request"&gt;Naam&lt;/th&gt;</c> becomes a header with
/// <c>aria-sort</c> and a link that sorts on it (again: the other way round), keeping every filter in the URL.</summary>
[HtmlTargetElement("th", Attributes = "sort-key,sort-by")]
public sealed class SortHeaderTagHelper : TagHelper
{
    [HtmlAttributeName("sort-key")] public string Key { get; set; } = "";

    [HtmlAttributeName("sort-by")] public PageRequest? Current { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext? ViewContext { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (Current is null || ViewContext is null) return;
        var text = (await output.GetChildContentAsync()).GetContent();
        var sorted = string.Equals(Current.Sort, Key, StringComparison.OrdinalIgnoreCase);
        var next = sorted && !Current.Descending ? "aflopend" : "oplopend";
        output.Attributes.SetAttribute("scope", "col");
        output.Attributes.SetAttribute("aria-sort", Current.AriaSort(Key));
        var href = WebUtility.HtmlEncode(ViewContext.HttpContext.Request.SortLink(Current, Key));
        var arrow = !sorted ? "" : Current.Descending ? " <span aria-hidden=\"true\">▼</span>" : " <span aria-hidden=\"true\">▲</span>";
        output.Content.SetHtmlContent($"<a class=\"sort\" href=\"{href}\">{text}{arrow}<span class=\"sr-only\"> ({next} sorteren)</span></a>");
    }
}
