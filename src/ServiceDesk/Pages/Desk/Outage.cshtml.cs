using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Security;
using ServiceDesk.Outages;

namespace ServiceDesk.Pages.Desk;

/// <summary>One outage: the incidents linked to it (every tenant), ONE update for all their reporters, and once the status
/// incident is resolved, resolving them all.</summary>
[Authorize(Policy = Policies.Agent)]
internal sealed class OutageModel(OutageLinks outages, OutageUpdates updates, TimeProvider clock) : PageModel
{
    public OutageResponse Outage { get; private set; } = null!;

    /// <summary>Made when the form is shown: sending the form twice sends the update once.</summary>
    [BindProperty] public Guid UpdateId { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public bool Publish { get; set; }
    [BindProperty] public string? Explanation { get; set; }
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (UpdateId == Guid.Empty) UpdateId = Guid.CreateVersion7(clock.GetUtcNow());
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostUpdateAsync(Guid id, CancellationToken ct)
    {
        var outcome = await updates.PostAsync(id, Actor.From(User), new OutageUpdateRequest(UpdateId, Text, Publish), ct);
        if (!outcome.Ok) return await ShowAsync(id, outcome, ct);
        var r = outcome.Value!;
        Message = r.AlreadySent
            ? "Deze update was al verstuurd; er is niets opnieuw verstuurd."
            : $"De update is naar {r.Messaged} gekoppelde {(r.Messaged == 1 ? "incident" : "incidenten")} verstuurd{(r.Published ? " en op de statuspagina gepubliceerd" : "")}.";
        return Redirect($"/servicedesk/storingen/{id}");
    }

    public async Task<IActionResult> OnPostResolveAsync(Guid id, CancellationToken ct)
    {
        var outcome = await updates.ResolveLinkedAsync(id, Actor.From(User), Explanation, ct);
        if (!outcome.Ok) return await ShowAsync(id, outcome, ct);
        var r = outcome.Value!;
        Message = $"{r.Resolved.Count} gekoppelde {(r.Resolved.Count == 1 ? "incident is" : "incidenten zijn")} opgelost."
            + (r.Skipped.Count > 0 ? $" Niet gewijzigd (al opgelost of gesloten): {string.Join(", ", r.Skipped)}." : "");
        return Redirect($"/servicedesk/storingen/{id}");
    }

    private async Task<IActionResult> ShowAsync<T>(Guid id, Outcome<T> outcome, CancellationToken ct)
    {
        if (outcome.NotFound) return NotFound();
        if (outcome.Forbidden is not null) return Forbid();
        outcome.Into(ModelState, fieldName: field => field switch { "explanation" => nameof(Explanation), "publish" => nameof(Publish), _ => nameof(Text) });
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var outage = await outages.GetAsync(id, Actor.From(User), ct);
        if (outage is null) return false;
        Outage = outage;
        return true;
    }
}
