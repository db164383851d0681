using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Security;
using ServiceDesk.Intake;

namespace ServiceDesk.Pages.Desk;

/// <summary>"Onbekende afzender": mails the intake could not place; attach one to a tenant or discard it.</summary>
[Authorize(Policy = Policies.Agent)]
internal sealed class ReviewMailsModel(ReviewMails reviews, ITenantDirectory directory) : PageModel
{
    public IReadOnlyList<ReviewMailSummary> Mails { get; private set; } = [];

    public IReadOnlyList<TenantSummary> TenantChoices { get; private set; } = [];

    /// <summary>The mail whose form failed, to show its error next to its own field.</summary>
    public Guid? FailedId { get; private set; }

    [BindProperty] public string? Tenant { get; set; }

    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAttachAsync(Guid id, CancellationToken ct)
    {
        var outcome = await reviews.AttachAsync(id, Tenant, Actor.From(User), ct);
        if (outcome.Forbidden is not null) return Forbid();
        if (outcome.NotFound) Message = "Deze e-mail werd intussen al behandeld.";
        else if (!outcome.Ok)
        {
            FailedId = id;
            outcome.Into(ModelState, fieldName: _ => nameof(Tenant));
            await LoadAsync(ct);
            return Page();
        }
        else Message = "De e-mail is gekoppeld: er is een nieuw incident.";
        return outcome.Ok ? Redirect($"/servicedesk/incidenten/{outcome.Value}") : RedirectToPage();
    }

    public async Task<IActionResult> OnPostDiscardAsync(Guid id, CancellationToken ct)
    {
        var outcome = await reviews.DiscardAsync(id, Actor.From(User), ct);
        if (outcome.Forbidden is not null) return Forbid();
        Message = outcome.NotFound ? "Deze e-mail werd intussen al behandeld." : "De e-mail is verwijderd.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Mails = (await reviews.ListAsync(Actor.From(User), ct)).Value ?? [];
        TenantChoices = await directory.AllAsync(ct);
    }
}
