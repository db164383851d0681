using DataProtection.Breaches;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Formatting;

namespace DataProtection.Pages.Gegevensbescherming;

/// <summary>The breach register and the form to record a breach (charter 8).</summary>
[Authorize(Policy = Policies.PlatformAdmin)]
public sealed class InbreukenModel(IServiceProvider services) : DataProtectionPage
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public DateTime? DetectedAt { get; set; }
    [BindProperty] public string? Nature { get; set; }
    [BindProperty] public string? Consequences { get; set; }
    [BindProperty] public string? MeasuresTaken { get; set; }
    [BindProperty] public string? MeasuresProposed { get; set; }

    internal List<BreachSummary> Breaches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The form's local time is Brussels time.
        DateTimeOffset? detected = DetectedAt is { } local
            ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Dutch.Brussels.GetUtcOffset(local)) : null;
        var outcome = await services.GetRequiredService<RecordBreach>().RunAsync(
            new BreachRequest(Title, detected, Nature, Consequences, MeasuresTaken, MeasuresProposed), PlatformClaims.UserId(User), ct);
        if (outcome.Ok) return Redirect($"/gegevensbescherming/inbreuken/{outcome.Value!.Id}");
        AddErrors(outcome);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => Breaches = await services.GetRequiredService<BreachRegister>().ListAsync(ct);
}
