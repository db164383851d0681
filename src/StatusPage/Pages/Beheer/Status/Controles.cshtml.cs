using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Security;
using StatusPage.Checks;
using StatusPage.Persistence;
using StatusPage.Catalog;

namespace StatusPage.Pages.Beheer.Status;

/// <summary>One labelled input with its hint; the message under <see cref="ErrorKey"/> (the use case's field name) is shown by the kernel's <c>error-for</c>.</summary>
public sealed record CheckField(string Name, string Label, string? Value, string ErrorKey, string Type = "text", string? Hint = null);

/// <summary>Health checks per component, the automation settings and the automatic incidents waiting for an agent;
/// thin adapters over <see cref="HealthCheckService"/>, <see cref="HealthCheckRunner"/> and <see cref="HealthAutomation"/>.</summary>
[Authorize(Policy = Policies.Agent)]
internal sealed class ControlesModel(StatusPageDbContext db, HealthCheckService healthCheckService, HealthCheckRunner healthCheckRunner, HealthAutomation healthAutomation) : PageModel
{

    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public Guid ComponentId { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string Kind { get; set; } = "Http";
    [BindProperty] public string? Target { get; set; }
    [BindProperty] public string Method { get; set; } = "GET";
    [BindProperty, Display(Name = "Verwachte statuscode")] public int ExpectedStatus { get; set; } = 200;
    [BindProperty] public string? BodyContains { get; set; }
    [BindProperty] public string? ExpectedAddress { get; set; }
    [BindProperty, Display(Name = "Time-out in milliseconden")] public int TimeoutMs { get; set; } = 10_000;
    [BindProperty, Display(Name = "Traag vanaf (milliseconden)")] public int? DegradedAboveMs { get; set; }
    [BindProperty, Display(Name = "Interval in seconden")] public int IntervalSeconds { get; set; } = 60;
    [BindProperty] public bool Enabled { get; set; } = true;
    [BindProperty, Display(Name = "Storing na zoveel mislukkingen op rij")] public int FailureThreshold { get; set; } = 3;
    [BindProperty, Display(Name = "Hersteld na zoveel geslaagde controles op rij")] public int RecoveryThreshold { get; set; } = 2;
    [BindProperty] public string AutomaticIncidents { get; set; } = "Draft";
    [BindProperty] public bool AutoResolve { get; set; }
    [TempData] public string? Message { get; set; }
    /// <summary>Set by the confirmation's button: deleting a check also deletes its results.</summary>
    [BindProperty] public bool Confirmed { get; set; }
    internal Platform.Kernel.Web.Confirmation? Confirm { get; private set; }

    public Dictionary<string, string[]> Errors { get; } = [];
    internal List<Product> Products { get; private set; } = [];
    internal List<HealthCheck> Checks { get; private set; } = [];
    internal List<AutomaticIncident> Automatic { get; private set; } = [];
    internal List<HealthCheckResult> Recent { get; private set; } = [];
    internal HealthCheck? Editing { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Id is not null && Editing is null) return NotFound();
        if (Editing is { } c && Request.Method == "GET")
            (ComponentId, Name, Kind, Target, Method, ExpectedStatus, BodyContains, ExpectedAddress, TimeoutMs, DegradedAboveMs, IntervalSeconds, Enabled, FailureThreshold, RecoveryThreshold)
                = (c.ComponentId, c.Name, c.Kind.ToString(), c.Target, c.Method, c.ExpectedStatus, c.BodyContains, c.ExpectedAddress, c.TimeoutMs, c.DegradedAboveMs, c.IntervalSeconds, c.Enabled, c.FailureThreshold, c.RecoveryThreshold);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!Enum.TryParse<CheckKind>(Kind, out var kind) || !Enum.IsDefined(kind)) Errors["kind"] = ["Kies HTTP(S), TCP of DNS."];
        else
        {
            var input = new HealthCheckInput(Name, kind, Target, Method, ExpectedStatus, BodyContains, ExpectedAddress, TimeoutMs, DegradedAboveMs,
                IntervalSeconds, Enabled, FailureThreshold, RecoveryThreshold);
            var service = healthCheckService;
            var outcome = Id is { } id ? await service.UpdateAsync(id, input, PlatformClaims.UserId(User), ct)
                : await service.CreateAsync(ComponentId, input, PlatformClaims.UserId(User), ct);
            if (outcome.NotFound) Errors[Id is null ? "componentId" : "name"] = [Id is null ? "Kies een bestaand onderdeel." : "Deze controle bestaat niet meer."];
            foreach (var (field, messages) in outcome.Errors ?? new Dictionary<string, string[]>()) Errors[field] = messages;
            if (Errors.Count == 0)
            {
                Message = Id is null ? $"De controle ‘{outcome.Value!.Name}’ is toegevoegd." : $"De controle ‘{outcome.Value!.Name}’ is bewaard.";
                return RedirectToPage(new { id = outcome.Value.Id });
            }
        }
        foreach (var (field, messages) in Errors) foreach (var m in messages) ModelState.AddModelError(field, m);
        await LoadAsync(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        if (Id is not { } id) return NotFound();
        var result = await healthCheckRunner.RunNowAsync(id, ct);
        Message = result is null ? "De controle liep al; probeer het zo meteen opnieuw." : $"Gecontroleerd: {OutcomeText(result.Outcome)} in {result.LatencyMs} ms.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (!Confirmed)
        {
            await LoadAsync(ct);
            if (Editing is not { } c) return NotFound();
            (ComponentId, Name, Kind, Target, Method, ExpectedStatus, BodyContains, ExpectedAddress, TimeoutMs, DegradedAboveMs, IntervalSeconds, Enabled, FailureThreshold, RecoveryThreshold)
                = (c.ComponentId, c.Name, c.Kind.ToString(), c.Target, c.Method, c.ExpectedStatus, c.BodyContains, c.ExpectedAddress, c.TimeoutMs, c.DegradedAboveMs, c.IntervalSeconds, c.Enabled, c.FailureThreshold, c.RecoveryThreshold);
            Confirm = new Platform.Kernel.Web.Confirmation($"Controle \"{c.Name}\" verwijderen?", Url.Page("/Beheer/Status/Controles", "Delete", new { id = c.Id })!,
                "Ja, controle en resultaten verwijderen", Url.Page("/Beheer/Status/Controles", new { id = c.Id })!)
            {
                Lines = ["De controle en al haar resultaten worden verwijderd; dat kan niet ongedaan gemaakt worden. Het onderdeel wordt daarna niet meer automatisch bewaakt."],
                Hidden = [new("Confirmed", "true")],
            };
            return Page();
        }
        if (Id is not { } id || !await healthCheckService.DeleteAsync(id, PlatformClaims.UserId(User), ct)) return NotFound();
        Message = "De controle en haar resultaten zijn verwijderd.";
        return RedirectToPage(new { id = (Guid?)null });
    }

    public async Task<IActionResult> OnPostAutomationAsync(CancellationToken ct)
    {
        var mode = Enum.TryParse<AutomaticIncidentMode>(AutomaticIncidents, out var m) ? m : (AutomaticIncidentMode)(-1);
        var outcome = await healthCheckService.SetAutomationAsync(ComponentId, mode, AutoResolve, PlatformClaims.UserId(User), ct);
        if (outcome.NotFound) return NotFound();
        Message = outcome.Ok ? $"De automatische storingen van {outcome.Value!.Name} zijn ingesteld." : string.Join(" ", outcome.FieldErrors().SelectMany(e => e.Value));
        return RedirectToPage(new { id = (Guid?)null });
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid automaticId, CancellationToken ct)
    {
        var outcome = await healthAutomation.PublishAsync(automaticId, PlatformClaims.UserId(User), ct);
        if (outcome.NotFound) return NotFound();
        Message = outcome.Ok ? "De storing is gepubliceerd; de abonnees worden verwittigd." : string.Join(" ", outcome.FieldErrors().SelectMany(e => e.Value));
        return RedirectToPage(new { id = (Guid?)null });
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid automaticId, CancellationToken ct)
    {
        var outcome = await healthAutomation.CloseAsync(automaticId, PlatformClaims.UserId(User), ct);
        if (outcome.NotFound) return NotFound();
        Message = outcome.Ok ? "Verwerkt." : string.Join(" ", outcome.FieldErrors().SelectMany(e => e.Value));
        return RedirectToPage(new { id = (Guid?)null });
    }

    internal static string OutcomeText(CheckOutcome? outcome) => outcome switch
    {
        CheckOutcome.Up => "geslaagd",
        CheckOutcome.Degraded => "traag",
        CheckOutcome.Down => "mislukt",
        _ => "nog niet uitgevoerd",
    };

    internal static string StateText(AutomaticIncidentState state) => state switch
    {
        AutomaticIncidentState.Draft => "Concept: wacht op publicatie",
        AutomaticIncidentState.Published => "Gepubliceerd",
        AutomaticIncidentState.RecoveryProposed => "Hersteld: oplossen voorgesteld",
        AutomaticIncidentState.HandedOver => "Overgenomen door een medewerker",
        AutomaticIncidentState.Resolved => "Opgelost",
        _ => "Verworpen",
    };

    private async Task LoadAsync(CancellationToken ct)
    {
        Products = await ManagementData.ProductsAsync(db, ct);
        Checks = await db.HealthChecks.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);
        Automatic = await db.AutomaticIncidents.AsNoTracking().Where(a => a.Active == true).OrderByDescending(a => a.OpenedAt).ToListAsync(ct);
        Editing = Id is { } id ? Checks.FirstOrDefault(c => c.Id == id) : null;
        if (Editing is not null)
            Recent = await db.HealthCheckResults.AsNoTracking().Where(r => r.CheckId == Editing.Id).OrderByDescending(r => r.At).Take(20).ToListAsync(ct);
    }
}
