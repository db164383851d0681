using Microsoft.AspNetCore.Mvc;
using Platform.Kernel.Tenancy;
using Tenants.AppConfig;
using Tenants.Audit;

namespace Tenants.Pages.Beheer;

/// <summary>Publishing and re-publishing an old version both go through a confirmation step (<c>?stap=bevestigen</c>,
/// <c>?terugzetten=3</c>) that shows, field by field, what changes in the live app; plain links and forms, no JavaScript.</summary>
internal sealed class PublicerenModel(TenantContext current, AppConfigEditor editor) : TenantPageModel(current)
{
    public sealed record HistoryRow(int Number, DateTimeOffset PublishedAt, string PublishedBy, string? Note, IReadOnlyList<string> Changes);

    /// <summary>The confirmation: <see cref="RollbackTo"/> is null when the draft is to be published.</summary>
    public sealed record Confirmation(int? RollbackTo, int NextNumber, HistoryRow? Live, IReadOnlyList<ConfigChanges.Change> Changes, string Stamp);

    public IReadOnlyList<string> PendingChanges { get; private set; } = [];
    public IReadOnlyList<HistoryRow> History { get; private set; } = [];
    public IReadOnlyList<string> Blockers { get; private set; } = [];
    public Confirmation? Confirm { get; private set; }

    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Stamp { get; set; }

    public async Task<IActionResult> OnGetAsync(string? stap, int? terugzetten, CancellationToken ct)
    {
        await FillAsync(ct);
        if (terugzetten is { } number) return await ConfirmRollbackAsync(number, ct) ? Page() : NotFound();
        if (stap == "bevestigen") await ConfirmPublishAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var published = await editor.PublishAsync(Actor.From(User), Note, Stamp ?? "", ct);
        if (published.Value is { } version) return RedirectToPage(new { tenant = Slug, versie = version.Number });
        foreach (var (field, messages) in published.FieldErrors()) Errors[field] = messages;
        await FillAsync(ct);
        await ConfirmPublishAsync(ct);
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

    private async Task ConfirmPublishAsync(CancellationToken ct)
    {
        var draft = await editor.DraftAsync(ct);
        var live = await editor.LatestPublishedAsync(ct);
        Confirm = new Confirmation(null, NextNumber, History.FirstOrDefault(), ConfigChanges.Between(live, draft), AppConfigEditor.Stamp(draft));
    }

    private async Task<bool> ConfirmRollbackAsync(int number, CancellationToken ct)
    {
        if (await editor.VersionAsync(number, ct) is not { } old) return false;
        var live = await editor.LatestPublishedAsync(ct);
        Confirm = new Confirmation(number, NextNumber, History.FirstOrDefault(), ConfigChanges.Between(live, old), AppConfigEditor.Stamp(old));
        return true;
    }

    private int NextNumber => (History.FirstOrDefault()?.Number ?? 0) + 1;

    private async Task FillAsync(CancellationToken ct)
    {
        if (int.TryParse(Request.Query["versie"], out var n)) Message = $"Versie {n} is gepubliceerd. De app krijgt ze bij de volgende start.";
        var draft = await editor.DraftAsync(ct);
        var history = await editor.HistoryAsync(ct);
        History = history.Select(v => new HistoryRow(v.Number, v.PublishedAt, v.PublishedBy, v.Note, v.Changes)).ToList();
        var latest = history.Count > 0 ? history[0].Number : (int?)null;
        PendingChanges = latest is null ? ["Nog niets gepubliceerd."] : ConfigDiff.Describe(await editor.LatestPublishedAsync(ct), draft);
        Blockers = draft.Validate().Select(e => e.Message).ToList();
    }
}
