using DataProtection.Erasure;
using DataProtection.Export;
using DataProtection.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Kernel.Formatting;

namespace DataProtection.Pages.Gegevensbescherming;

/// <summary>Charter 12.2 "verwijderen": after the termination took effect the tenant admin chooses return-then-delete or
/// delete, confirms on a second step, and can cancel during the waiting period; afterwards the certificate is here.</summary>
[Authorize(Policy = Policies.TenantAdmin)]
public sealed class VerwijderingModel(IServiceProvider services) : DataProtectionPage
{
    private DataProtectionDbContext Db => services.GetRequiredService<DataProtectionDbContext>();

    [FromRoute(Name = "tenant")] public string Slug { get; set; } = "";
    [BindProperty] public string? Choice { get; set; }
    [BindProperty] public bool Confirmed { get; set; }

    public string TenantName => services.GetRequiredService<TenantContext>().Tenant?.Name ?? Slug;
    public TimeSpan WaitingPeriod => services.GetRequiredService<IOptions<TenantDataOptions>>().Value.ErasureWaitingPeriod;
    public DateOnly? TerminationEffectiveOn { get; private set; }
    public bool MayRequest { get; private set; }
    public bool Confirming { get; private set; }
    public DateTimeOffset Now { get; private set; }
    internal List<ErasureRequest> Requests { get; private set; } = [];
    internal bool HasActive => Requests.Any(r => r.Status != ErasureStatus.Cancelled);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostChooseAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Choice is not ("ReturnThenDelete" or "Delete")) Errors["choice"] = ["Kies tussen terugbezorgen en verwijderen, of enkel verwijderen."];
        else Confirming = true;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        var outcome = await services.GetRequiredService<ConfirmErasure>().RunAsync(new ErasureChoiceRequest(Choice, Confirmed), PlatformClaims.UserId(User), ct);
        if (outcome.NotFound) return NotFound();
        await LoadAsync(ct);
        if (outcome.Ok) { Message = $"De verwijdering is bevestigd en gepland op {Dutch.DateTime(outcome.Value!.ScheduledFor)}. Tot dan kun je ze annuleren."; return Page(); }
        AddErrors(outcome, conflictField: "choice");
        if (outcome.Conflict is null) Confirming = !Errors.ContainsKey("choice");
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct)
    {
        var outcome = await services.GetRequiredService<CancelErasure>().RunAsync(id, PlatformClaims.UserId(User), ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Conflict is { } reason) Errors["cancel"] = [reason];
        else Message = "De geplande verwijdering is geannuleerd.";
        await LoadAsync(ct);
        return Page();
    }

    internal static string ChoiceText(ErasureChoice c) => c == ErasureChoice.ReturnThenDelete ? "Terugbezorgen en verwijderen" : "Verwijderen";

    internal static string StatusText(ErasureStatus s) => s switch
    {
        ErasureStatus.Scheduled => "Gepland",
        ErasureStatus.Cancelled => "Geannuleerd",
        ErasureStatus.Running => "Bezig",
        _ => "Uitgevoerd",
    };

    internal bool MayCancel(ErasureRequest r) => ErasureRules.MayCancel(r.Status, r.ScheduledFor, Now);

    private async Task LoadAsync(CancellationToken ct)
    {
        Now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var tenantId = services.GetRequiredService<TenantContext>().TenantId;
        TerminationEffectiveOn = tenantId is { } id ? (await services.GetRequiredService<ITenantDirectory>().FindAsync(id, ct))?.TerminationEffectiveOn : null;
        MayRequest = ErasureRules.MayRequest(TerminationEffectiveOn, Dutch.DayOf(Now));
        Requests = await Db.Erasures.AsNoTracking().OrderByDescending(e => e.ConfirmedAt).ToListAsync(ct);
    }
}
