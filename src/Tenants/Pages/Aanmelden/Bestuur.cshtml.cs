using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Text;
using Platform.Kernel.Web;
using Tenants.Onboarding;

namespace Tenants.Pages.Aanmelden;

/// <summary>The public form on which a local government asks to join the platform (the same use case as
/// <c>POST /api/onboarding-requests</c>). Anonymous, so limited per client address by the rate limiter, and a honeypot
/// field that people do not see: a form that fills it is thanked and nothing is stored.</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Platform.Kernel.Abuse.RateLimitPolicies.AnonymousWrite)]
internal sealed class BestuurModel(OnboardingRequestSubmission submission, TimeProvider clock, ILogger<BestuurModel> log) : PageModel
{
    /// <summary>The honeypot: hidden from people (and screen readers), filled in by form-spamming robots.</summary>
    public const string HoneypotField = "Website";

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
    [BindProperty] public string? RequesterName { get; set; }
    [BindProperty] public string? RequesterEmail { get; set; }
    [BindProperty(Name = HoneypotField)] public string? Honeypot { get; set; }

    public Dictionary<string, string[]> Errors { get; private set; } = new();

    /// <summary>The page's errors reach the kernel's <c>&lt;error-summary /&gt;</c> and <c>error-for</c> through the model
    /// state (ADR 0023).</summary>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context) => Errors.Into(ModelState);

    public void OnGet() => InhabitantsYear = Platform.Kernel.Formatting.Dutch.Today(clock).Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Honeypot))
        {
            log.LogInformation("Onboarding request form: honeypot filled, nothing stored");
            return RedirectToPage("Verstuurd");
        }
        var (count, countError) = DutchNumbers.Whole(Inhabitants, "Het aantal inwoners", required: false);
        var (year, yearError) = DutchNumbers.Whole(InhabitantsYear, "Het jaar van het inwonersaantal", required: count is not null);
        var body = new OnboardingRequestBody(Slug, Name, Kbo, NisCode, new AddressDto(Street, PostalCode, City),
            count is { } n && year is { } y ? [new InhabitantsDto(y, n)] : [], new RequesterDto(RequesterName, RequesterEmail));
        if (countError is not null || yearError is not null)
        {
            // The rest of the form is still checked, so every error shows at once; nothing is stored.
            Errors = submission.Validate(body);
            if (countError is not null) Errors["inhabitants"] = [countError];
            if (yearError is not null) Errors["inhabitantsYear"] = [yearError];
            return Page();
        }
        var outcome = await submission.SubmitAsync(body, ct);
        if (outcome.Ok) return RedirectToPage("Verstuurd");
        Errors = outcome.FieldErrors().ToDictionary(e => e.Key.Replace("inhabitants[0].count", "inhabitants").Replace("inhabitants[0].year", "inhabitantsYear"), e => e.Value);
        return Page();
    }
}
