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

    internal void AddErrors(IDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors) Errors[field] = messages;
    }

    /// <summary>The page's errors reach the kernel's tag helpers through the model state.</summary>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context) => Errors.Into(ModelState);
}
