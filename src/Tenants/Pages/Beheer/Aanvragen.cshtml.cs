using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Security;
using Platform.Kernel.Web;
using Tenants.Audit;
using Tenants.Onboarding;

namespace Tenants.Pages.Beheer;

/// <summary>The queue of onboarding requests, pending first.</summary>
[Authorize(Policy = Policies.PlatformAdmin)]
internal sealed class AanvragenModel(OnboardingDecisions decisions) : PageModel
{
    public IReadOnlyList<OnboardingRequest> Requests { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    /// <summary><c>te-beoordelen</c>: only the pending requests (the home page's figure links here).</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    public bool OnlyPending => Status == "te-beoordelen";

    public async Task OnGetAsync(CancellationToken ct) =>
        Requests = [.. (await decisions.ListAsync(ct)).Where(r => !OnlyPending || r.Status == OnboardingRequestStatus.Pending)];

    public static string StatusText(OnboardingRequestStatus status) => status switch
    {
        OnboardingRequestStatus.Pending => "Te beoordelen",
        OnboardingRequestStatus.Approved => "Goedgekeurd",
        _ => "Afgewezen",
    };
}

/// <summary>One request: review, then approve or reject — each after a confirmation step (<c>?actie=goedkeuren|afwijzen</c>).</summary>
[Authorize(Policy = Policies.PlatformAdmin)]
internal sealed class AanvraagModel(OnboardingDecisions decisions) : PageModel
{
    [FromRoute] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true, Name = "actie")] public string? Action { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public OnboardingRequest Row { get; private set; } = null!;
    public OnboardTenantRequest Details { get; private set; } = null!;
    public Dictionary<string, string[]> Errors { get; } = new();

    /// <summary>The page's errors reach the kernel's <c>&lt;error-summary /&gt;</c> and <c>error-for</c> through the model
    /// state (ADR 0023).</summary>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context) => Errors.Into(ModelState);
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken ct)
    {
        var outcome = await decisions.ApproveAsync(Id, HttpContext, ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Ok)
        {
            Message = $"{outcome.Value!.Name} is aangemaakt en {(await decisions.FindAsync(Id, ct))!.RequesterEmail} is uitgenodigd als beheerder.";
            return Redirect($"/beheer/{outcome.Value.Slug}");
        }
        foreach (var (k, v) in outcome.FieldErrors()) Errors[k] = v;
        Action = "goedkeuren";
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRejectAsync(CancellationToken ct)
    {
        var outcome = await decisions.RejectAsync(Id, new RejectOnboardingRequest(Reason), Actor.From(User), ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Ok)
        {
            Message = $"De aanvraag van {outcome.Value!.Name} is afgewezen; {outcome.Value.RequesterEmail} kreeg de reden per e-mail.";
            return RedirectToPage("Aanvragen");
        }
        foreach (var (k, v) in outcome.FieldErrors()) Errors[k] = v;
        Action = "afwijzen";
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await decisions.FindAsync(Id, ct) is not { } row) return false;
        (Row, Details) = (row, OnboardingDecisions.Details(row));
        if (row.Status != OnboardingRequestStatus.Pending) Action = null;
        return true;
    }
}
