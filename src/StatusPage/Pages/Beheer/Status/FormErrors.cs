using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace StatusPage.Pages.Beheer.Status;

/// <summary>The status management forms' per-field messages: the first error of a field (null: none), for the message
/// next to it, <c>aria-invalid</c> and <c>aria-describedby</c>; the same messages show in the form's error summary.</summary>
internal static class FormErrors
{
    public static string? For(ModelStateDictionary state, string field) =>
        state.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>Puts a use case's errors (keyed by API field, e.g. <c>componentIds</c>) under the page's property names.</summary>
    public static void Add(ModelStateDictionary state, IDictionary<string, string[]> errors, IReadOnlyDictionary<string, string> names)
    {
        foreach (var (field, messages) in errors)
            foreach (var m in messages)
                state.AddModelError(names.TryGetValue(field, out var name) ? name : "", m);
    }

    public const string Done = "done";
}
