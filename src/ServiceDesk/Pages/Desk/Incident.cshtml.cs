using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Security;
using Platform.Kernel.Outages;
using ServiceDesk.Outages;
using ServiceDesk.SavedReplies;

namespace ServiceDesk.Pages.Desk;

/// <summary>One incident: clocks, history, replies; agents also change status, priority and assignee.</summary>
[Authorize(Policy = Policies.Reporter)]
[Platform.Kernel.Privacy.ReadsTenantPersonalData("incident")]
internal sealed class IncidentModel(IncidentService incidents, IncidentActions actions, Reopening reopening, SavedReplyService savedReplies, TimeProvider clock,
    OutageLinks outages, OutageUpdates outageUpdates, IStatusIncidents statusIncidents) : PageModel
{
    public IncidentResponse Incident { get; private set; } = null!;

    public bool IsStaff => Actor.From(User).IsStaff;

    public Guid? UserId => Actor.From(User).Id;

    [BindProperty] public string? ReplyText { get; set; }
    [BindProperty] public bool ReplyPublic { get; set; } = true;
    [BindProperty] public string? NewStatus { get; set; }
    [BindProperty] public string? StatusReason { get; set; }
    [BindProperty] public string? NewPriority { get; set; }
    [BindProperty] public string? PriorityReason { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? ReopenReason { get; set; }

    /// <summary>Until when the reporter may reopen (resolved incidents only).</summary>
    public DateTimeOffset? ReopenUntil { get; private set; }

    public DateTimeOffset Now => clock.GetUtcNow();
    [BindProperty] public Guid? SavedReplyId { get; set; }

    /// <summary>Agents only: the saved replies they can insert into the reply.</summary>
    public IReadOnlyList<SavedReplyResponse> SavedReplies { get; private set; } = [];

    [TempData] public string? Message { get; set; }

    /// <summary>Agents only: the outage this incident is linked to, or the open ones and components to link or create one.</summary>
    public OutageLinkResponse? Outage { get; private set; }
    public IReadOnlyList<OpenOutage> OpenOutages { get; private set; } = [];
    public IReadOnlyList<StatusComponentChoice> StatusComponents { get; private set; } = [];
    [BindProperty] public Guid? StatusIncidentId { get; set; }
    [BindProperty] public string? OutageTitle { get; set; }
    [BindProperty] public string? OutageImpact { get; set; }
    [BindProperty] public List<Guid> OutageComponentIds { get; set; } = [];
    [BindProperty] public string? OutageMessage { get; set; }
    [BindProperty] public string? OutageExplanation { get; set; }

    public bool Failed(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReplyAsync(Guid id, CancellationToken ct) =>
        await Handle(id, await actions.ReplyAsync(id, Actor.From(User), ReplyText, !IsStaff || ReplyPublic, ct), "ReplyText",
            ReplyPublic || !IsStaff ? "Je antwoord is verstuurd." : "De interne notitie is bewaard.", ct);

    /// <summary>Without script: the chosen saved reply, filled in for this incident, is added to the text being written.</summary>
    public async Task<IActionResult> OnPostInsertReplyAsync(Guid id, CancellationToken ct)
    {
        if (!IsStaff) return Forbid();
        var filled = await savedReplies.FillAsync(SavedReplyId, id, Actor.From(User), ct);
        if (filled.NotFound) return NotFound();
        ModelState.Clear();
        if (filled.Ok) ReplyText = string.IsNullOrWhiteSpace(ReplyText) ? filled.Value : ReplyText.TrimEnd() + "\n\n" + filled.Value;
        else filled.Into(ModelState, fieldName: _ => nameof(SavedReplyId));
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, CancellationToken ct) =>
        await Handle(id, await actions.ChangeStatusAsync(id, Actor.From(User), NewStatus, StatusReason, ct), "NewStatus", "De status is gewijzigd.", ct);

    public async Task<IActionResult> OnPostPriorityAsync(Guid id, CancellationToken ct) =>
        await Handle(id, await actions.ChangePriorityAsync(id, Actor.From(User), NewPriority, PriorityReason, ct), "NewPriority", "De prioriteit is gewijzigd.", ct);

    public async Task<IActionResult> OnPostAssignToMeAsync(Guid id, CancellationToken ct) =>
        await Handle(id, await actions.AssignAsync(id, Actor.From(User), Actor.From(User).Id, ct), "", "Het incident is aan jou toegewezen.", ct);

    public async Task<IActionResult> OnPostReopenAsync(Guid id, CancellationToken ct) =>
        await Handle(id, await reopening.ReopenAsync(id, Actor.From(User), ReopenReason, ct), nameof(ReopenReason), "Het incident is heropend.", ct);

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken ct) =>
        await Handle(id, await reopening.ConfirmAsync(id, Actor.From(User), ct), "", "Bedankt: je bevestigde de oplossing en het incident is gesloten.", ct);

    public async Task<IActionResult> OnPostAttachAsync(Guid id, CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Kies een bestand.");
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        if (Upload.Length > AttachmentRules.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), $"{Upload.FileName} is groter dan 5 MB.");
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        return await Handle(id, await actions.AddAttachmentAsync(id, Actor.From(User), Upload.FileName, buffer.ToArray(), ct), nameof(Upload), "De bijlage is toegevoegd.", ct);
    }

    public async Task<IActionResult> OnPostLinkOutageAsync(Guid id, CancellationToken ct) =>
        await HandleFields(id, await outages.LinkAsync(id, Actor.From(User), StatusIncidentId, ct), "Het incident is aan de storing gekoppeld.", ct);

    public async Task<IActionResult> OnPostCreateOutageAsync(Guid id, CancellationToken ct) =>
        await HandleFields(id, await outages.CreateFromAsync(id, Actor.From(User),
            new CreateOutageRequest(OutageTitle, OutageImpact, OutageComponentIds, OutageMessage), ct),
            "De storing is op de statuspagina geplaatst en aan dit incident gekoppeld.", ct);

    public async Task<IActionResult> OnPostUnlinkOutageAsync(Guid id, CancellationToken ct) =>
        await HandleFields(id, await outages.UnlinkAsync(id, Actor.From(User), ct), "Het incident is van de storing ontkoppeld.", ct);

    public async Task<IActionResult> OnPostResolveOutageAsync(Guid id, CancellationToken ct)
    {
        if (!IsStaff) return Forbid();
        if (await outages.OfIncidentAsync(id, Actor.From(User), ct) is not { } link) return NotFound();
        var outcome = await outageUpdates.ResolveLinkedAsync(link.StatusIncidentId, Actor.From(User), OutageExplanation, ct);
        return await HandleFields(id, outcome, outcome.Value is { } r ? $"{r.Resolved.Count} gekoppelde incidenten opgelost." : "", ct);
    }

    /// <summary>Errors of the outage forms, each next to its own field.</summary>
    private async Task<IActionResult> HandleFields<T>(Guid id, Outcome<T> outcome, string done, CancellationToken ct)
    {
        if (outcome.NotFound) return NotFound();
        if (outcome.Forbidden is not null) return Forbid();
        if (!outcome.Ok)
        {
            outcome.Into(ModelState, fieldName: field => field switch
            {
                "statusIncidentId" => nameof(StatusIncidentId), "title" => nameof(OutageTitle), "impact" => nameof(OutageImpact),
                "componentIds" => nameof(OutageComponentIds), "message" => nameof(OutageMessage), _ => nameof(OutageExplanation),
            });
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        Message = done;
        return Redirect($"/servicedesk/incidenten/{id}");
    }

    public static string Hours(double h) => h.ToString("0.##", Platform.Kernel.Formatting.Dutch.Culture) + " u";

    public static string StatusText(string status) => Enum.TryParse<IncidentStatus>(status, out var s) ? s.ToDutch() : status;

    private async Task<IActionResult> Handle<T>(Guid id, Outcome<T> outcome, string field, string done, CancellationToken ct)
    {
        if (outcome.NotFound) return NotFound();
        if (outcome.Forbidden is { } reason) return Forbid();
        if (!outcome.Ok)
        {
            outcome.Into(ModelState, fieldName: _ => field);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        Message = done;
        return Redirect($"/servicedesk/incidenten/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var incident = await incidents.GetAsync(id, Actor.From(User), ct);
        if (incident is null) return false;
        Incident = incident;
        if (!IsStaff && incident.Status == nameof(IncidentStatus.Resolved)) ReopenUntil = await reopening.WindowEndsAsync(id, Actor.From(User), ct);
        if (IsStaff) SavedReplies = await savedReplies.ListAsync(ct);
        if (IsStaff)
        {
            Outage = await outages.OfIncidentAsync(id, Actor.From(User), ct);
            if (Outage is null)
            {
                OpenOutages = await outages.OpenAsync(ct);
                StatusComponents = await statusIncidents.ComponentsAsync(ct);
                OutageTitle ??= incident.Title;
            }
        }
        return true;
    }
}
