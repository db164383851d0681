using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace StatusPage.Pages.Beheer.Status;

/// <summary>The status management forms put a use case's errors into the page's model state under the form's names; the
/// kernel's <c>&lt;error-summary /&gt;</c> and <c>error-for</c> show them (docs/decisions/0023-one-way-to-show-form-errors.md).</summary>
internal static class FormErrors
{
    /// <summary>Puts a use case's errors (keyed by API field, e.g. <c>componentIds</c>) under the page's property names.</summary>
    public static void Add(ModelStateDictionary state, IDictionary<string, string[]> errors, IReadOnlyDictionary<string, string> names)
    {
        foreach (var (field, messages) in errors)
            foreach (var m in messages)
                state.AddModelError(names.TryGetValue(field, out var name) ? name : "", m);
    }

    public const string Done = "done";
}
