using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Security;
using Platform.Kernel.Text;
using Platform.Kernel.Web;
using Tenants.Onboarding;

namespace Tenants.Pages.Beheer;

[Authorize(Policy = Policies.PlatformAdmin)]
internal sealed class NieuwModel(OnboardTenant onboard, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Slug { get; set; }
    [BindProperty] public string? Kbo { get; set; }
    [BindProperty] public string? NisCode { get; set; }
    [BindProperty] public string? Street { get; set; }
    [BindProperty] public string? PostalCode { get; set; }
    [BindProperty] public string? City { get; set; }
    /// <summary>Text, not int: a number typed the Belgian way (<c>89.000</c>) is read or refused with a message, never dropped.</summary>
    [BindProperty] public string? InhabitantsYear { get; set; }
    [BindProperty] public string? Inhabitants { get; set; }

    public Dictionary<string, string[]> Errors { get; private set; } = new();

    /// <summary>The page's errors reach the kernel's <c>&lt;error-summary /&gt;</c> and <c>error-for</c> through the model
    /// state (ADR 0023).</summary>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context) => Errors.Into(ModelState);

    public void OnGet() => InhabitantsYear = Platform.Kernel.Formatting.Dutch.Today(clock).Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (count, countError) = DutchNumbers.Whole(Inhabitants, "Het aantal inwoners", required: false);
        var (year, yearError) = DutchNumbers.Whole(InhabitantsYear, "Het jaar van het inwonersaantal", required: count is not null);
        if (countError is not null || yearError is not null)
        {
            var rest = new OnboardTenantRequest(Slug, Name, Kbo, NisCode, new AddressDto(Street, PostalCode, City), []);
            Errors = OnboardingValidation.Validate(rest, Platform.Kernel.Formatting.Dutch.Today(clock).Year);
            if (countError is not null) Errors["inhabitants"] = [countError];
            if (yearError is not null) Errors["inhabitantsYear"] = [yearError];
            return Page();
        }
        var request = new OnboardTenantRequest(Slug, Name, Kbo, NisCode, new AddressDto(Street, PostalCode, City),
            count is { } n ? [new InhabitantsDto(year!.Value, n)] : []);
        var outcome = await onboard.RunAsync(request, Audit.Actor.From(User), ct);
        if (outcome.Ok) return Redirect($"/beheer/{outcome.Value!.Slug}");
        Errors = outcome.FieldErrors().ToDictionary(e => e.Key.Replace("inhabitants[0].count", "inhabitants").Replace("inhabitants[0].year", "inhabitantsYear"), e => e.Value);
        return Page();
    }
}
