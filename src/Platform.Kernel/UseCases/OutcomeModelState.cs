using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Platform.Kernel.UseCases;

/// <summary>How a page handler shows an <see cref="Outcome{T}"/> (ADR 0021): every refusal becomes a model error next to
/// its field (named the way the form names it, e.g. <c>Input.Title</c>) or on "" for the page's error summary.</summary>
public static class OutcomeModelState
{
    /// <summary>Puts the outcome's refusals into <paramref name="modelState"/> and says whether it succeeded.
    /// <paramref name="fieldName"/> maps the use case's field name (the API's camelCase) to the form's name; by default
    /// it is prefixed with <paramref name="prefix"/> and its first letter upper-cased (<c>title</c> → <c>Input.Title</c>).</summary>
    public static bool Into<T>(this Outcome<T> outcome, ModelStateDictionary modelState, string prefix = "", Func<string, string>? fieldName = null)
    {
        if (outcome.Ok) return true;
        fieldName ??= field => FormName(prefix, field);
        foreach (var (field, messages) in outcome.FieldErrors())
            foreach (var message in messages)
                modelState.AddModelError(field.Length == 0 ? "" : fieldName(field), message);
        return false;
    }

    /// <summary><c>("Input", "title")</c> → <c>Input.Title</c>; <c>("", "title")</c> → <c>Title</c>.</summary>
    public static string FormName(string prefix, string field)
    {
        var name = field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..];
        return prefix.Length == 0 ? name : $"{prefix}.{name}";
    }
}
