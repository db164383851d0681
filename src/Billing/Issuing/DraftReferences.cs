using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Tenancy;

namespace Billing.Issuing;

/// <param name="BuyerReference">The customer's reference (BT-10); empty = take the tenant's own at issue.</param>
/// <param name="OrderReference">The purchase-order number (BT-13, "bestelbonnummer"); empty = none.</param>
internal sealed record DraftReferencesRequest(string? BuyerReference, string? OrderReference);

/// <summary>Finance fills in the customer's references on a draft before its number is taken; issued invoices keep theirs.</summary>
internal sealed class DraftReferences(BillingDbContext db, ITenantScopeFactory scopes)
{
    public const int MaxLength = 100;

    public async Task<Outcome<Done>> SetAsync(Guid invoiceId, DraftReferencesRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.BuyerReference?.Trim().Length > MaxLength) errors["buyerReference"] = [$"De referentie van de klant is te lang (hoogstens {MaxLength} tekens)."];
        if (request.OrderReference?.Trim().Length > MaxLength) errors["orderReference"] = [$"Het bestelbonnummer is te lang (hoogstens {MaxLength} tekens)."];
        if (errors.Count > 0) return Outcome<Done>.Invalid(errors);

        var found = await AcrossTenants.Invoices(db).AsNoTracking().FirstOrDefaultAsync(i => i.Id == invoiceId, ct);
        if (found is null) return Outcome<Done>.Missing();
        if (found.Status != InvoiceStatus.Draft)
            return Outcome<Done>.Conflicting("Alleen op een ontwerp kunnen de referenties nog wijzigen; een uitgegeven factuur wijzigt niet.");
        await using var scope = await scopes.BeginAsync(found.TenantId, ct);
        var tenantDb = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var draft = await tenantDb.Invoices.FirstAsync(i => i.Id == invoiceId, ct);
        if (draft.Status != InvoiceStatus.Draft) return Outcome<Done>.Conflicting("Deze factuur werd intussen uitgegeven.");
        draft.BuyerReference = Clean(request.BuyerReference);
        draft.OrderReference = Clean(request.OrderReference);
        draft.Version++;
        try
        {
            await tenantDb.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<Done>.Conflicting("Deze factuur werd intussen gewijzigd of uitgegeven; probeer opnieuw.");
        }
        return Outcome<Done>.Success(Done.Value);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Before numbers are taken: which drafts would become invoices Peppol refuses (no buyer reference on the draft,
/// no order reference and none on the tenant).</summary>
internal static class IssueChecks
{
    public static async Task<List<Invoice>> LackingReferenceAsync(BillingDbContext db, ITenantDirectory directory, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var drafts = await AcrossTenants.Invoices(db).AsNoTracking()
            .Where(i => ids.Contains(i.Id) && i.Status == InvoiceStatus.Draft && i.BuyerReference == null && i.OrderReference == null).ToListAsync(ct);
        var lacking = new List<Invoice>();
        foreach (var d in drafts)
            if ((await directory.FindAsync(d.TenantId, ct))?.InvoiceReference is not { Length: > 0 }) lacking.Add(d);
        return [.. lacking.OrderBy(d => d.CustomerName)];
    }
}
