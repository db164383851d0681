using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using Tenants.Audit;
using Tenants.Directory;
using Tenants.Domain.Checks;
using Tenants.Domain.Contracts;
using Tenants.Persistence;

namespace Tenants.Contracts;

public sealed record SignatureRequest(DateOnly? SignedOn);

public sealed record TerminationRequest(DateOnly? NoticeSentOn, DateOnly? RequestedEnd);

/// <param name="Reason">Why the termination is withdrawn (e.g. registered by mistake); goes into the audit log.</param>
public sealed record WithdrawTerminationRequest(string? Reason);

/// <summary>The cooperation agreement's writes: signature, termination by registered letter, and withdrawing a
/// termination registered by mistake. Used by the API and the overview page alike; every change is audited.</summary>
internal sealed class ContractEditor(TenantsDbContext db, TimeProvider clock)
{
    public const int MaxReasonLength = 500;

    public async Task<Outcome<Tenant>> SignAsync(Guid tenantId, SignatureRequest request, Actor actor, CancellationToken ct)
    {
        if (await LoadAsync(tenantId, ct) is not { } t) return Outcome<Tenant>.Missing();
        var today = Dutch.Today(clock);
        if (request.SignedOn is not { } signed || signed.Year < 2018 || signed > today.AddYears(1))
            return Outcome<Tenant>.Invalid("signedOn", "Vul een geldige datum van ondertekening in.");
        t.ContractSignedOn = signed;
        t.TerminationNoticeSentOn = null;
        t.TerminationEffectiveOn = null;
        db.Record(t.Id, actor, clock.GetUtcNow(), "contract.signed", $"Overeenkomst ondertekend op {Dutch.Date(signed)}");
        await db.SaveChangesAsync(ct);
        return Outcome<Tenant>.Success(t);
    }

    /// <summary>Checks a termination without saving it: the contract's last day, or the refusal by field.</summary>
    public async Task<Outcome<Termination>> PreviewTerminationAsync(Guid tenantId, TerminationRequest request, CancellationToken ct) =>
        await LoadAsync(tenantId, ct) is { } t ? Assess(t, request) : Outcome<Termination>.Missing();

    public async Task<Outcome<Tenant>> TerminateAsync(Guid tenantId, TerminationRequest request, Actor actor, CancellationToken ct)
    {
        if (await LoadAsync(tenantId, ct) is not { } t) return Outcome<Tenant>.Missing();
        var check = Assess(t, request);
        if (!check.Ok) return check.Failed<Tenant>();
        var termination = check.Value!;
        t.TerminationNoticeSentOn = request.NoticeSentOn;
        t.TerminationEffectiveOn = termination.EffectiveOn;
        db.Record(t.Id, actor, clock.GetUtcNow(), "contract.terminated",
            $"Opzegging verstuurd op {Dutch.Date(request.NoticeSentOn!.Value)}; de overeenkomst eindigt op {Dutch.Date(termination.EndsOn!.Value)}");
        await db.SaveChangesAsync(ct);
        return Outcome<Tenant>.Success(t);
    }

    /// <summary>Withdraws a registered termination (registered by mistake, or withdrawn by mutual agreement) before it takes
    /// effect: the contract runs on as if no letter had been sent. The reason is audited.</summary>
    public async Task<Outcome<Tenant>> WithdrawTerminationAsync(Guid tenantId, WithdrawTerminationRequest request, Actor actor, CancellationToken ct)
    {
        if (await LoadAsync(tenantId, ct) is not { } t) return Outcome<Tenant>.Missing();
        if (t.TerminationEffectiveOn is not { } effective)
            return Outcome<Tenant>.Conflicting("Er is geen opzegging geregistreerd.", "termination");
        if (effective <= Dutch.Today(clock))
            return Outcome<Tenant>.Conflicting($"De opzegging is al ingegaan op {Dutch.Date(effective)}: ze kan niet meer ingetrokken worden.", "termination");
        if (Domain.Checks.Check.Required(request.Reason, "De reden van de intrekking", MaxReasonLength) is { } reasonError)
            return Outcome<Tenant>.Invalid("reason", reasonError);
        var sent = t.TerminationNoticeSentOn;
        t.TerminationNoticeSentOn = null;
        t.TerminationEffectiveOn = null;
        db.Record(t.Id, actor, clock.GetUtcNow(), "contract.termination-withdrawn",
            $"Opzegging {(sent is { } s ? $"van {Dutch.Date(s)} " : "")}ingetrokken (zou eindigen op {Dutch.Date(effective.AddDays(-1))}); reden: {request.Reason!.Trim()}");
        await db.SaveChangesAsync(ct);
        return Outcome<Tenant>.Success(t);
    }

    private static Outcome<Termination> Assess(Tenant t, TerminationRequest request)
    {
        if (t.ContractSignedOn is not { } signed)
            return Outcome<Termination>.Invalid("noticeSentOn", "Registreer eerst de ondertekening van de overeenkomst.");
        if (request.NoticeSentOn is not { } sent)
            return Outcome<Termination>.Invalid("noticeSentOn", "Vul de datum van de aangetekende brief in.");
        var outcome = new ContractTerm(signed).Terminate(sent, request.RequestedEnd);
        return outcome.IsAccepted
            ? Outcome<Termination>.Success(outcome)
            : Outcome<Termination>.Invalid(request.RequestedEnd is null ? "noticeSentOn" : "requestedEnd", outcome.Refusal!);
    }

    private Task<Tenant?> LoadAsync(Guid id, CancellationToken ct) => db.Tenants.FirstOrDefaultAsync(t => t.Id == id, ct);
}
