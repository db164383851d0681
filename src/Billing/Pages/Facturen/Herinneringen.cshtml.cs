using System.ComponentModel.DataAnnotations;
using Billing.Dunning;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Platform.Kernel.Security;
using Platform.Kernel.Web;

namespace Billing.Pages.Facturen;

/// <summary>Finance edits the Dutch text of each dunning step, with a preview for an example invoice.</summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class HerinneringenModel(ReminderTexts texts, IOptions<DunningOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "stap"), Display(Name = "Herinneringsstap")] public int Step { get; set; } = 1;
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? Body { get; set; }
    [TempData] public string? Message { get; set; }

    public IReadOnlyList<StepText> Steps { get; private set; } = [];
    public StepText Current { get; private set; } = null!;
    public ReminderPreview? Preview { get; private set; }
    public Dictionary<string, string[]> Errors { get; } = new();

    /// <summary>The page's errors reach the kernel's <c>&lt;error-summary /&gt;</c> and <c>error-for</c> through the model
    /// state (ADR 0023).</summary>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context) => Errors.Into(ModelState);
    public int FriendlyNoticeDays => options.Value.FriendlyNoticeDaysBeforeDue;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        (Subject, Body) = (Current.Subject, Current.Body);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        var result = texts.Preview(Step, new ReminderTextRequest(Subject, Body));
        if (result.NotFound) return NotFound();
        if (result.Errors is not null) foreach (var (k, v) in result.Errors) Errors[k] = v;
        Preview = result.Value;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var result = await texts.SaveAsync(Step, new ReminderTextRequest(Subject, Body), PlatformClaims.UserId(User), ct);
        if (result.NotFound) return NotFound();
        if (result.Ok)
        {
            Message = $"De tekst van \"{result.Value!.Name}\" is bewaard.";
            return RedirectToPage(new { stap = Step });
        }
        foreach (var (k, v) in result.FieldErrors()) Errors[k] = v;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostResetAsync(CancellationToken ct)
    {
        var result = await texts.ResetAsync(Step, ct);
        if (result.NotFound) return NotFound();
        Message = $"\"{result.Value!.Name}\" gebruikt weer de standaardtekst.";
        return RedirectToPage(new { stap = Step });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Steps = await texts.AllAsync(ct);
        Current = Steps.FirstOrDefault(s => s.Step == Step)!;
        return Current is not null;
    }
}
