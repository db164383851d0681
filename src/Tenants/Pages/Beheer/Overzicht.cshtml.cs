using Tenants.Directory;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using Tenants.Audit;
using Tenants.Checklist;
using Tenants.Contracts;
using Tenants.Domain.Contracts;
using Tenants.Invitations;
using Tenants.Onboarding;
using Tenants.Persistence;

namespace Tenants.Pages.Beheer;

/// <summary>A tenant's onboarding at a glance: the checklist, the contract (platform admins record signature and
/// termination), the reference for invoices and inviting tenant admins.</summary>
internal sealed class OverzichtModel(TenantContext current, TenantsDbContext db, ChecklistReader checklist, ContractReader contracts,
    InvitationService invitations, ContractEditor contract, TenantRecordEditor records)
    : TenantPageModel(current)
{
    public IReadOnlyList<OnboardingChecklist.Item> Checklist { get; private set; } = [];
    public ContractResponse? Contract { get; private set; }
    public bool IsPlatformAdmin => User.IsInRole(Roles.PlatformAdmin);

    [BindProperty] public DateOnly? SignedOn { get; set; }
    [BindProperty] public DateOnly? NoticeSentOn { get; set; }
    [BindProperty] public DateOnly? RequestedEnd { get; set; }
    /// <summary>Second step of the termination form: the platform admin saw the resulting last day and confirmed.</summary>
    [BindProperty] public bool Confirmed { get; set; }
    [BindProperty] public string? WithdrawReason { get; set; }

    /// <summary>The termination awaiting confirmation (first step of the form passed its checks).</summary>
    public Termination? PendingTermination { get; private set; }
    public IReadOnlyList<Term> Terms { get; private set; } = [];
    [BindProperty] public string? InviteEmail { get; set; }
    [BindProperty] public string? InviteName { get; set; }
    /// <summary>The reference or order number for invoices (Peppol buyer reference): the stored one, or what was posted when refused.</summary>
    [BindProperty] public string? InvoiceReference { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await FillAsync(ct);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        var invited = await invitations.InviteAsync(Current.TenantId!.Value, TenantName, InviteEmail, InviteName, Actor.From(User), ct);
        if (invited.Value is { } invitation) return Done($"Uitnodiging verstuurd naar {invitation.Email}.");
        foreach (var (k, v) in invited.FieldErrors()) Errors["invite." + k] = v;
        await FillAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostReferenceAsync(CancellationToken ct)
    {
        var outcome = await records.SetInvoiceReferenceAsync(Current.TenantId!.Value, InvoiceReference, Actor.From(User), ct);
        if (outcome.Ok)
            return Done(outcome.Value!.InvoiceReference is null ? "De referentie voor facturen is gewist." : "De referentie voor facturen is bewaard.");
        foreach (var (_, v) in outcome.FieldErrors()) Errors["invoiceReference"] = v;
        await FillAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSignAsync(CancellationToken ct)
    {
        if (!IsPlatformAdmin) return Forbid();
        var outcome = await contract.SignAsync(Current.TenantId!.Value, new SignatureRequest(SignedOn), Actor.From(User), ct);
        return outcome.Ok ? Done("De ondertekening is geregistreerd.") : await RefusedAsync(outcome.FieldErrors(), ct);
    }

    /// <summary>Two steps without JavaScript: the first shows the contract's last day and asks to confirm; only the second
    /// (<see cref="Confirmed"/>) registers the termination.</summary>
    public async Task<IActionResult> OnPostTerminateAsync(CancellationToken ct)
    {
        if (!IsPlatformAdmin) return Forbid();
        var request = new TerminationRequest(NoticeSentOn, RequestedEnd);
        if (!Confirmed)
        {
            var preview = await contract.PreviewTerminationAsync(Current.TenantId!.Value, request, ct);
            if (!preview.Ok) return await RefusedAsync(preview.FieldErrors(), ct);
            PendingTermination = preview.Value;
            await FillAsync(ct);
            return Page();
        }
        var outcome = await contract.TerminateAsync(Current.TenantId!.Value, request, Actor.From(User), ct);
        return outcome.Ok
            ? Done($"Opzegging geregistreerd: de overeenkomst eindigt op {Dutch.Date(outcome.Value!.TerminationEffectiveOn!.Value.AddDays(-1))}.")
            : await RefusedAsync(outcome.FieldErrors(), ct);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct)
    {
        if (!IsPlatformAdmin) return Forbid();
        var outcome = await contract.WithdrawTerminationAsync(Current.TenantId!.Value, new WithdrawTerminationRequest(WithdrawReason), Actor.From(User), ct);
        if (outcome.Ok) return Done("De opzegging is ingetrokken: de overeenkomst loopt gewoon door.");
        var errors = outcome.FieldErrors();
        if (errors.Remove("reason", out var m)) errors["withdrawReason"] = m;
        return await RefusedAsync(errors, ct);
    }

    private async Task<IActionResult> RefusedAsync(Dictionary<string, string[]> errors, CancellationToken ct)
    {
        foreach (var (k, v) in errors) Errors[k] = v;
        await FillAsync(ct);
        return Page();
    }

    private RedirectToPageResult Done(string message)
    {
        TempData["message"] = message;
        return RedirectToPage(new { tenant = Slug });
    }

    private async Task FillAsync(CancellationToken ct)
    {
        Message ??= TempData["message"] as string;
        Checklist = await checklist.OfCurrentAsync(ct) ?? [];
        var t = await db.Tenants.AsNoTracking().FirstAsync(x => x.Id == Current.TenantId, ct);
        Contract = contracts.Describe(t);
        Terms = t.ContractSignedOn is { } signed ? [.. new ContractTerm(signed).FixedTerms, new ContractTerm(signed).Indefinite] : [];
        if (SignedOn is null && !Errors.ContainsKey("signedOn")) SignedOn = t.ContractSignedOn;
        if (!Errors.ContainsKey("invoiceReference")) InvoiceReference = t.InvoiceReference;
    }
}
