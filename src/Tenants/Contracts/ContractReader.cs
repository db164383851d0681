using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using Platform.Kernel.Tenancy;
using Tenants.Directory;
using Tenants.Domain.Contracts;
using Tenants.Persistence;

namespace Tenants.Contracts;

internal sealed record TermResponse(string Label, DateOnly Start, DateOnly? LastDay, DateOnly? LatestNotice);

internal sealed record ContractResponse(DateOnly? SignedOn, TermResponse? CurrentTerm, DateOnly? IndefiniteFrom,
    DateOnly? TerminationNoticeSentOn, DateOnly? EndsOn, DateOnly? TerminationEffectiveOn);

/// <summary>The read of the cooperation agreement, for the API and the tenant's overview page alike: signature, the term
/// running today (Brussels) and the termination.</summary>
internal sealed class ContractReader(TenantsDbContext db, TenantContext current, TimeProvider clock)
{
    /// <summary>The current tenant's contract; null without a (known) tenant.</summary>
    public async Task<ContractResponse?> OfCurrentAsync(CancellationToken ct) =>
        current.TenantId is { } id && await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct) is { } tenant ? Describe(tenant) : null;

    /// <summary>A tenant's contract as of today.</summary>
    public ContractResponse Describe(Tenant t)
    {
        var today = Dutch.Today(clock);
        if (t.ContractSignedOn is not { } signed) return new(null, null, null, null, null, null);
        var contract = new ContractTerm(signed);
        var term = contract.On(today < signed ? signed : today);
        return new(signed, new TermResponse(term.Label, term.Start, term.LastDay, term.LatestNotice), contract.IndefiniteFrom,
            t.TerminationNoticeSentOn, t.TerminationEffectiveOn?.AddDays(-1), t.TerminationEffectiveOn);
    }
}
