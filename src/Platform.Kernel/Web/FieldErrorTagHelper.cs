using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Platform.Kernel.Web;

/// <summary><c>error-for="key"</c> on an input, select, textarea or fieldset: when the page's model state holds errors
/// under that key, the element gets <c>aria-invalid="true"</c> (not a fieldset) and the message's id appended to its
/// <c>aria-describedby</c> (a hint id stays first), and the message follows it as
/// <c>&lt;span id="…" class="field-error"&gt;</c> (inside a fieldset, at its end). The message id is <c>error-id</c>, else
/// the element's id + <c>-error</c>. Several elements may share a key (radio buttons): all are marked, the message is
/// written once. An empty key does nothing (per-row forms: <c>error-for="@(row is the one ? "reason" : null)"</c>).
/// See <see cref="FormErrors"/>.</summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("select", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
[HtmlTargetElement("fieldset", Attributes = ForAttribute)]
public sealed class FieldErrorTagHelper : TagHelper
{
    private const string ForAttribute = "error-for";

    /// <summary>After MVC's own input tag helpers, which write the id from <c>asp-for</c>.</summary>
    public override int Order => 1000;

    [HtmlAttributeName(ForAttribute)] public string? Key { get; set; }

    [HtmlAttributeName("error-id")] public string? ErrorId { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (string.IsNullOrEmpty(Key)) return;
        var id = output.Attributes.TryGetAttribute("id", out var idAttribute) ? Value(idAttribute) : null;
        if (string.IsNullOrEmpty(id))
        {
            id = FormErrors.IdFor(Key);
            output.Attributes.SetAttribute("id", id);
        }
        var registry = FormErrors.For(ViewContext.HttpContext);
        registry.Field(Key, id);
        var messages = FormErrors.Messages(ViewContext.ViewData.ModelState, Key);
        if (messages.Count == 0) return;

        var errorId = string.IsNullOrEmpty(ErrorId) ? id + "-error" : ErrorId;
        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? Value(existing) : null;
        var ids = (describedBy ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (!ids.Contains(errorId)) ids.Add(errorId);
        output.Attributes.SetAttribute("aria-describedby", string.Join(' ', ids));
        if (output.TagName != "fieldset")
            output.Attributes.SetAttribute("aria-invalid", "true");

        if (!registry.ShowMessage(Key)) return;
        var content = output.TagName == "fieldset" ? output.PostContent : output.PostElement;
        content.AppendHtml("<span id=\"").Append(errorId).AppendHtml("\" class=\"field-error\">")
            .Append(string.Join(" ", messages)).AppendHtml("</span>");
    }

    private static string? Value(TagHelperAttribute attribute) => attribute.Value switch
    {
        null => null,
        string s => s,
        Microsoft.AspNetCore.Html.IHtmlContent html => Render(html),
        var other => other.ToString(),
    };

    private static string Render(Microsoft.AspNetCore.Html.IHtmlContent html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return System.Net.WebUtility.HtmlDecode(writer.ToString());
    }
}
