using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataProtection.Pages.Gegevensbescherming;

/// <summary>Field errors of the module's forms, shown with the shared <c>_Errors</c> summary and per field.</summary>
public abstract class DataProtectionPage : PageModel
{
    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string? Message { get; set; }

    internal void AddErrors(IDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors) Errors[field] = messages;
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;

    public string? Invalid(string field) => Errors.ContainsKey(field) ? "true" : null;
}
