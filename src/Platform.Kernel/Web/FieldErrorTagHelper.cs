using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Platform.Kernel.Web;

/// <summary><c>error-for="key"</c> on an input, select, textarea or fieldset (or a field's wrapping div, see below): when the page's model state holds errors
/// under that key, the element gets <c>aria-invalid="true"</c> (not a fieldset) and the message's id appended to its
/// <c>aria-describedby</c> (a hint id stays first), and the message follows it as
/// <c>&lt;span id="…" class="field-error"&gt;</c> (inside a fieldset, at its end). The message id is <c>error-id</c>, else
/// the element's id + <c>-error</c>. Several elements may share a key (a fieldset and its check boxes): all are marked and
/// point to the one message, written by the first. An empty key does nothing (per-row forms: <c>error-for="@(row is the one ? "reason" : null)"</c>).
/// A <c>div</c> marked with a key only writes the message at its end: mark the field's wrapper and the control inside it
/// with the same key when the message cannot follow the control (a check box inside its label, a colour pair), or mark
/// a div alone for a key no control shows. <c>error-context</c> says where the field is when its message alone does not
/// (a feature and a row: "Contactopties, dienst 2"): the summary lists the key's messages as "{context}: {message}", the
/// field shows the message alone; it belongs to the first key. See <see cref="FormErrors"/>.</summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("select", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
[HtmlTargetElement("fieldset", Attributes = ForAttribute)]
[HtmlTargetElement("div", Attributes = ForAttribute)]
public sealed class FieldErrorTagHelper : TagHelper
{
    private const string ForAttribute = "error-for";

    /// <summary>After MVC's own input tag helpers, which write the id from <c>asp-for</c>.</summary>
    public override int Order => 1000;

    [HtmlAttributeName(ForAttribute)] public string? Key { get; set; }

    [HtmlAttributeName("error-id")] public string? ErrorId { get; set; }

    [HtmlAttributeName("error-context")] public string? Context { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (string.IsNullOrEmpty(Key)) return;
        // Several keys, separated by spaces, when one error marks many fields (a table's "tiers" error on every bound):
        // the first key's message follows the element (error-id names it), the others point to their message elsewhere.
        var keys = Key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (keys.Length == 0) return;
        var container = output.TagName is "div";
        var id = output.Attributes.TryGetAttribute("id", out var idAttribute) ? Value(idAttribute) : null;
        if (string.IsNullOrEmpty(id) && !container)
        {
            id = FormErrors.IdFor(keys[0]);
            output.Attributes.SetAttribute("id", id);
        }
        var registry = FormErrors.For(ViewContext.HttpContext);
        if (!string.IsNullOrWhiteSpace(Context)) registry.Context(keys[0], Context);
        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? Value(existing) : null;
        var ids = (describedBy ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var invalid = false;
        foreach (var (key, first) in keys.Select((k, i) => (k, i == 0)))
        {
            if (!string.IsNullOrEmpty(id)) registry.Field(key, id, control: output.TagName is not ("div" or "fieldset"));
            var messages = FormErrors.Messages(ViewContext.ViewData.ModelState, key);
            if (messages.Count == 0) continue;
            var proposed = first && !string.IsNullOrEmpty(ErrorId) ? ErrorId : (id ?? FormErrors.IdFor(key)) + "-error";
            var (errorId, write) = registry.Message(key, proposed);
            if (container)
            {
                // A field's wrapper writes the message at its end (where a check box's label or a colour pair leaves room);
                // the control inside it, marked with the same key, gets the aria attributes.
                if (write) WriteMessage(output.PostContent, errorId, messages);
                continue;
            }
            if (!ids.Contains(errorId)) ids.Add(errorId);
            invalid = true;
            if (write) WriteMessage(output.TagName == "fieldset" ? output.PostContent : output.PostElement, errorId, messages);
        }
        if (!invalid) return;
        output.Attributes.SetAttribute("aria-describedby", string.Join(' ', ids));
        if (output.TagName != "fieldset")
        {
            // Right before aria-describedby when the page wrote one (as the old markup did), else at the end.
            output.Attributes.RemoveAll("aria-invalid");
            var at = output.Attributes.IndexOfName("aria-describedby");
            output.Attributes.Insert(describedBy is null ? output.Attributes.Count : at, new TagHelperAttribute("aria-invalid", "true"));
        }
    }

    private static void WriteMessage(TagHelperContent content, string id, IReadOnlyList<string> messages) =>
        content.AppendHtml("<span id=\"").Append(id).AppendHtml("\" class=\"field-error\">")
            .Append(string.Join(" ", messages)).AppendHtml("</span>");

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
