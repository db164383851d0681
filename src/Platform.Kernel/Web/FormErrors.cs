using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Platform.Kernel.Web;

/// <summary>The one way a page shows form errors (docs/decisions/0023-one-way-to-show-form-errors.md): the page's
/// <see cref="ModelStateDictionary"/> holds every error under the key the form uses, <c>&lt;error-summary /&gt;</c> lists
/// them with a link to their field, and <c>error-for="key"</c> on the field's input (or fieldset) writes the message next
/// to it. This class remembers, per request, which element id shows which key, so the summary links to the right field
/// even when a key is not an input name (e.g. <c>Subscribe</c> on a checkbox named otherwise).</summary>
public static class FormErrors
{
    private const string Key = "Platform.FormErrors.Fields";

    /// <summary>The id an element gets when its key is not the id of an input: <c>Input.Email</c> → <c>Input_Email</c>,
    /// as MVC names ids.</summary>
    public static string IdFor(string key) => TagBuilder.CreateSanitizedId(key, "_");

    /// <summary>The error messages under <paramref name="key"/>, or an empty list.</summary>
    public static IReadOnlyList<string> Messages(ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0
            ? [.. entry.Errors.Select(e => e.ErrorMessage).Where(m => !string.IsNullOrWhiteSpace(m))]
            : [];

    /// <summary>Puts a page's own error list into its model state under the same keys (for pages that collect errors
    /// in a dictionary before they show them).</summary>
    public static void Into(this IReadOnlyDictionary<string, string[]> errors, ModelStateDictionary modelState)
    {
        foreach (var (field, messages) in errors)
            foreach (var message in messages)
                if (!Messages(modelState, field).Contains(message))
                    modelState.AddModelError(field, message);
    }

    internal static Registry For(HttpContext http)
    {
        if (http.Items.TryGetValue(Key, out var value) && value is Registry registry)
            return registry;
        registry = new Registry();
        http.Items[Key] = registry;
        return registry;
    }

    internal sealed class Registry
    {
        // Model state keys compare ignoring case (a refused "timeoutMs" and the bound "TimeoutMs" are one entry).
        private readonly Dictionary<string, (string Id, bool Control)> fieldIds = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> messageIds = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> contexts = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, int> fieldOrder = new(StringComparer.OrdinalIgnoreCase);
        private int summaries;

        /// <summary>The summary links to the first form control that shows a key, else to the first container.</summary>
        public void Field(string key, string id, bool control)
        {
            if (!fieldIds.TryGetValue(key, out var known) || (control && !known.Control))
                fieldIds[key] = (id, control);
            fieldOrder.TryAdd(key, fieldOrder.Count);
        }

        /// <summary>Where a key's field stands in the form (the order the fields were written), so the summary lists the
        /// errors as the form shows them; the form's own errors ("") first, keys without a field last.</summary>
        public int Position(string key) =>
            key.Length == 0 ? -1 : fieldOrder.TryGetValue(key, out var position) ? position : int.MaxValue;

        public string FieldId(string key) => fieldIds.TryGetValue(key, out var field) ? field.Id : IdFor(key);

        /// <summary>The id of a key's message and whether this element writes it: the first element of a key writes it,
        /// the others (radio buttons, check boxes in a fieldset) point to it.</summary>
        public (string Id, bool Write) Message(string key, string proposedId) =>
            messageIds.TryAdd(key, proposedId) ? (proposedId, true) : (messageIds[key], false);

        /// <summary>What the summary puts before a key's messages (<c>error-context</c>, e.g. "Contactopties, dienst 2"):
        /// the first element that names one for the key wins.</summary>
        public void Context(string key, string context) => contexts.TryAdd(key, context);

        /// <summary>A key's message as the summary lists it: "{context}: {message}", or the message alone.</summary>
        public string SummaryText(string key, string message) =>
            contexts.TryGetValue(key, out var context) ? $"{context}: {message}" : message;

        public int NextSummary() => ++summaries;
    }
}
