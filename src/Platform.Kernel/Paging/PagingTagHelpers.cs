using System.Globalization;
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

/// <summary>The pager under a list: "Pagina 2 van 13 (26–50 van 311)" with previous/next/first/last links that keep every
/// filter and the sort in the URL. <c>&lt;pager page="r.Page" size="r.Size" total="r.TotalCount" label="Pagina's van de lokale besturen" /&gt;</c>
/// (the three numbers of a <see cref="PagedList{T}"/>).</summary>
[HtmlTargetElement("pager", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PagerTagHelper : TagHelper
{
    [HtmlAttributeName("page")] public int Page { get; set; } = 1;

    [HtmlAttributeName("size")] public int Size { get; set; } = PageRequest.DefaultSize;

    [HtmlAttributeName("total")] public int Total { get; set; }

    [HtmlAttributeName("label")] public string Label { get; set; } = "Pagina's";

    [ViewContext, HtmlAttributeNotBound] public ViewContext? ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "nav";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "pager");
        output.Attributes.SetAttribute("aria-label", Label);
        if (ViewContext is null || Size < 1) { output.SuppressOutput(); return; }
        var totalPages = Math.Max(1, (Total + Size - 1) / Size);
        var first = Total == 0 ? 0 : (Page - 1) * Size + 1;
        var last = Math.Min(Total, Page * Size);
        var request = ViewContext.HttpContext.Request;
        string Link(int page) => WebUtility.HtmlEncode(request.WithQuery(("page", page == 1 ? null : page.ToString(CultureInfo.InvariantCulture))));
        var html = new System.Text.StringBuilder();
        if (Page > 1)
        {
            html.Append($"<a href=\"{Link(1)}\">Eerste pagina</a>");
            html.Append($"<a href=\"{Link(Page - 1)}\" rel=\"prev\">Vorige pagina</a>");
        }
        html.Append(CultureInfo.GetCultureInfo("nl-BE"), $"<span aria-current=\"page\">Pagina {Page} van {totalPages} ({first}–{last} van {Total})</span>");
        if (Page < totalPages)
        {
            html.Append($"<a href=\"{Link(Page + 1)}\" rel=\"next\">Volgende pagina</a>");
            html.Append($"<a href=\"{Link(totalPages)}\">Laatste pagina</a>");
        }
        output.Content.SetHtmlContent(html.ToString());
    }
}
