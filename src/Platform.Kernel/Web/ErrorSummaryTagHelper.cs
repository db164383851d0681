using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Platform.Kernel.Web;

/// <summary><c>&lt;error-summary /&gt;</c>: when the page's model state holds errors, a focusable <c>role="alert"</c> box
/// with a Dutch heading and one item per message, linked to the field that shows it (<c>href="#field-id"</c>, the id of
/// the element marked <c>error-for</c> with that key, else the key as MVC makes ids). Errors without a key ("") are listed
/// without a link. An item whose field names an <c>error-context</c> reads "{context}: {message}" (the field shows the
/// message alone). Nothing is written when there are no errors. <c>heading</c> replaces "Er ging iets mis".
/// See <see cref="FormErrors"/>.</summary>
[HtmlTargetElement("error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    public const string DefaultHeading = "Er ging iets mis";

    [HtmlAttributeName("heading")] public string? Heading { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var modelState = ViewContext.ViewData.ModelState;
        var errors = modelState
            .Where(e => e.Value is { Errors.Count: > 0 })
            .SelectMany(e => FormErrors.Messages(modelState, e.Key).Select(m => (e.Key, Message: m)))
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }
        var registry = FormErrors.For(ViewContext.HttpContext);
        var number = registry.NextSummary();
        var headingId = number == 1 ? "error-summary-title" : $"error-summary-title-{number}";
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "error-summary");
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("aria-labelledby", headingId);
        output.Content.SetHtmlContent($"<h2 id=\"{headingId}\">").Append(Heading ?? DefaultHeading).AppendHtml("</h2>");
        // The list is written when the page is written, after the fields below the summary said which id shows which key.
        output.Content.AppendHtml(new ErrorList(errors, registry));
    }

    private sealed class ErrorList(IReadOnlyList<(string Key, string Message)> errors, FormErrors.Registry registry) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, System.Text.Encodings.Web.HtmlEncoder encoder)
        {
            writer.Write("<ul>");
            foreach (var (key, message) in errors.OrderBy(e => registry.Position(e.Key))) // stable: one key's messages keep their order
            {
                writer.Write("<li>");
                if (key.Length == 0)
                    encoder.Encode(writer, message);
                else
                {
                    writer.Write("<a href=\"#");
                    encoder.Encode(writer, registry.FieldId(key));
                    writer.Write("\">");
                    encoder.Encode(writer, registry.SummaryText(key, message));
                    writer.Write("</a>");
                }
                writer.Write("</li>");
            }
            writer.Write("</ul>");
        }
    }
}
