using Microsoft.AspNetCore.Mvc;
using Platform.Kernel.Tenancy;
using Tenants.AppConfig;
using Tenants.Audit;

namespace Tenants.Pages.Beheer;

internal sealed class PublicerenModel(TenantContext current, AppConfigEditor editor) : TenantPageModel(current)
{
    public sealed record HistoryRow(int Number, DateTimeOffset PublishedAt, string PublishedBy, string? Note, IReadOnlyList<string> Changes);

    public IReadOnlyList<string> PendingChanges { get; private set; } = [];
    public IReadOnlyList<HistoryRow> History { get; private set; } = [];
    public IReadOnlyList<string> Blockers { get; private set; } = [];

    [BindProperty] public string? Note { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await FillAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (version, errors) = await editor.PublishAsync(Actor.From(User), Note, ct);
        if (version is not null) return RedirectToPage(new { tenant = Slug, versie = version.Number });
        AddErrors(errors);
        await FillAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRollbackAsync(int number, CancellationToken ct)
    {
        var version = await editor.RollbackAsync(number, Actor.From(User), ct);
        if (version is not null) return RedirectToPage(new { tenant = Slug, versie = version.Number });
        Errors["number"] = [$"Versie {number} bestaat niet."];
        await FillAsync(ct);
        return Page();
    }

    private async Task FillAsync(CancellationToken ct)
    {
        if (int.TryParse(Request.Query["versie"], out var n)) Message = $"Versie {n} is gepubliceerd. De app krijgt ze bij de volgende start.";
        var draft = await editor.DraftAsync(ct);
        var history = await editor.HistoryAsync(ct);
        History = history.Select(v => new HistoryRow(v.Number, v.PublishedAt, v.PublishedBy, v.Note, v.Changes)).ToList();
        var latest = history.Count > 0 ? history[0].Number : (int?)null;
        PendingChanges = latest is null ? ["Nog niets gepubliceerd."] : ConfigDiff.Describe(await LatestAsync(ct), draft);
        Blockers = draft.Validate().Select(e => e.Message).ToList();
    }

    private async Task<ConfigDocument?> LatestAsync(CancellationToken ct) =>
        await editor.LatestPublishedAsync(ct);
}
