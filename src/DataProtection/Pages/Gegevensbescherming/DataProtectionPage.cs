using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Web;

namespace DataProtection.Pages.Gegevensbescherming;

/// <summary>Field errors of the module's forms, shown by the kernel's <c>&lt;error-summary /&gt;</c> and <c>error-for</c>
/// (ADR 0023) after they are put into the model state.</summary>
public abstract class DataProtectionPage : PageModel
{
    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string? Message { get; set; }

    /// <summary>A refused outcome's messages as the page's errors, by the kernel's own mapping (<see cref="Outcome{T}.FieldErrors"/>):
    /// field errors by field; a conflict on <paramref name="conflictField"/> when the page shows it next to one field, else
    /// where the use case put it; forbidden and not found on the form.</summary>
    internal void AddErrors<T>(Outcome<T> outcome, string? conflictField = null)
    {
        foreach (var (field, messages) in outcome.FieldErrors())
            Errors[outcome.Conflict is not null && conflictField is not null ? conflictField : field] = messages;
    }

    /// <summary>The page's errors reach the kernel's tag helpers through the model state.</summary>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context) => Errors.Into(ModelState);
}
