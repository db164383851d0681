using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Formatting;
using Platform.Kernel.Import;
using Platform.Kernel.Security;
using Platform.Kernel.Web;
using Tenants.Audit;
using Tenants.Population;

namespace Tenants.Pages.Beheer;

/// <summary>The yearly population table of every municipality: upload, preview (kept server-side under its token), apply.</summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class InwonersModel(PopulationImport import, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "voorbeeld")] public Guid? Token { get; set; }
    [BindProperty] public string? Year { get; set; }
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public DateOnly? PublishedOn { get; set; }
    [BindProperty] public IFormFile? Table { get; set; }

    public PopulationPreview? Preview { get; private set; }
    public Dictionary<string, string[]> Errors { get; } = new();

    /// <summary>The page's errors reach the kernel's <c>&lt;error-summary /&gt;</c> and <c>error-for</c> through the model
    /// state (ADR 0023).</summary>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context) => Errors.Into(ModelState);
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var year = Dutch.Today(clock).Year;
        Year = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Source = $"Agentschap Binnenlands Bestuur, Gemeente-Stadsmonitor {year}";
        if (Token is not { } token) return Page();
        Preview = await import.FindAsync(token, ct);
        return Preview is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken ct)
    {
        byte[]? content = null;
        if (Table is { Length: > UploadedTable.MaxBytes }) Errors["file"] = ["Het bestand is groter dan 2 MB."];
        else if (Table is { Length: > 0 })
        {
            using var buffer = new MemoryStream();
            await Table.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }
        if (Errors.Count == 0)
        {
            var outcome = await import.PreviewAsync(new PopulationUploadRequest(Year, Source, PublishedOn, Table?.FileName, content), Actor.From(User), ct);
            if (outcome.Ok) return RedirectToPage(new { voorbeeld = outcome.Value!.Token });
            foreach (var (k, v) in outcome.FieldErrors()) Errors[k] = v;
        }
        Token = null;
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken ct)
    {
        if (Token is not { } token) return NotFound();
        var outcome = await import.ApplyAsync(token, Actor.From(User), ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Ok)
        {
            var done = outcome.Value!;
            Message = $"Toegepast: inwoners op 1 januari {done.Year} bijgewerkt voor {done.Updated} " +
                      $"{(done.Updated == 1 ? "lokaal bestuur" : "lokale besturen")} ({done.Unchanged} ongewijzigd).";
            return RedirectToPage(new { voorbeeld = token });
        }
        Errors["apply"] = [outcome.Conflict!];
        Preview = await import.FindAsync(token, ct);
        return Page();
    }

    public static string Tier(string? name, decimal? fee) => name is null ? "–" : $"{name} ({Dutch.Money(fee!.Value)})";
}
