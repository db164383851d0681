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
internal sealed class OverzichtModel(TenantContext current, TenantsDbContext db, IPlatformUsers users, InvitationService invitations, TimeProvider clock)
    : TenantPageModel(current)
{
    public IReadOnlyList<OnboardingChecklist.Item> Checklist { get; private set; } = [];
    public ContractApi.ContractResponse? Contract { get; private set; }
    public bool IsPlatformAdmin => User.IsInRole(Roles.PlatformAdmin);

    [BindProperty] public DateOnly? SignedOn { get; set; }
    [BindProperty] public DateOnly? NoticeSentOn { get; set; }
    [BindProperty] public DateOnly? RequestedEnd { get; set; }
    [BindProperty] public string? InviteEmail { get; set; }
    [BindProperty] public string? InviteName { get; set; }
    /// <summary>The reference or order number for invoices (Peppol buyer reference): the stored one, or what was posted when refused.</summary>
    [BindProperty] public string? InvoiceReference { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await FillAsync(ct);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        var (invitation, errors) = await invitations.InviteAsync(Current.TenantId!.Value, TenantName, InviteEmail, InviteName, Actor.From(User), ct);
        if (invitation is not null) return Done($"Uitnodiging verstuurd naar {invitation.Email}.");
        foreach (var (k, v) in errors) Errors["invite." + k] = v;
        await FillAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostReferenceAsync(CancellationToken ct)
    {
        var (value, error) = TenantInvoiceReference.Parse(InvoiceReference);
        if (error is not null)
        {
            Errors["invoiceReference"] = [error];
            await FillAsync(ct);
            return Page();
        }
        var t = await db.Tenants.FirstAsync(x => x.Id == Current.TenantId, ct);
        if (t.InvoiceReference != value)
        {
            t.InvoiceReference = value;
            db.Record(t.Id, Actor.From(User), clock.GetUtcNow(), "invoice-reference.updated",
                value is null ? "Referentie voor facturen gewist" : $"Referentie voor facturen: {value}");
            await db.SaveChangesAsync(ct);
        }
        return Done(value is null ? "De referentie voor facturen is gewist." : "De referentie voor facturen is bewaard.");
    }

    public async Task<IActionResult> OnPostSignAsync(CancellationToken ct)
    {
        if (!IsPlatformAdmin) return Forbid();
        var t = await db.Tenants.FirstAsync(x => x.Id == Current.TenantId, ct);
        if (SignedOn is not { } signed) Errors["signedOn"] = ["Vul de datum van ondertekening in."];
        else
        {
            t.ContractSignedOn = signed;
            t.TerminationNoticeSentOn = null;
            t.TerminationEffectiveOn = null;
            db.Record(t.Id, Actor.From(User), clock.GetUtcNow(), "contract.signed", $"Overeenkomst ondertekend op {Dutch.Date(signed)}");
            await db.SaveChangesAsync(ct);
            return Done("De ondertekening is geregistreerd.");
        }
        await FillAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostTerminateAsync(CancellationToken ct)
    {
        if (!IsPlatformAdmin) return Forbid();
        var t = await db.Tenants.FirstAsync(x => x.Id == Current.TenantId, ct);
        if (t.ContractSignedOn is not { } signed) Errors["noticeSentOn"] = ["Registreer eerst de ondertekening."];
        else if (NoticeSentOn is not { } sent) Errors["noticeSentOn"] = ["Vul de datum van de aangetekende brief in."];
        else
        {
            var outcome = new ContractTerm(signed).Terminate(sent, RequestedEnd);
            if (!outcome.IsAccepted)
            {
                Errors[RequestedEnd is null ? "noticeSentOn" : "requestedEnd"] = [outcome.Refusal!];
                await FillAsync(ct);
                return Page();
            }
            t.TerminationNoticeSentOn = sent;
            t.TerminationEffectiveOn = outcome.EffectiveOn;
            db.Record(t.Id, Actor.From(User), clock.GetUtcNow(), "contract.terminated",
                $"Opzegging verstuurd op {Dutch.Date(sent)}; de overeenkomst eindigt op {Dutch.Date(outcome.EndsOn!.Value)}");
            await db.SaveChangesAsync(ct);
            return Done($"Opzegging geregistreerd: de overeenkomst eindigt op {Dutch.Date(outcome.EndsOn!.Value)}.");
        }
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
        Checklist = await ChecklistApi.LoadAsync(Current, db, users, ct) ?? [];
        var t = await db.Tenants.AsNoTracking().FirstAsync(x => x.Id == Current.TenantId, ct);
        Contract = ContractApi.ToResponse(t, ContractApi.Today(clock));
        if (!Errors.ContainsKey("invoiceReference")) InvoiceReference = t.InvoiceReference;
    }
}
