using Platform.Kernel.Tenancy;
using Billing.Persistence;

namespace Billing.Issuing;

/// <param name="Lacking">Drafts that would become e-invoices Peppol refuses (no buyer reference); nothing was issued.</param>
internal sealed record CheckedIssue(IReadOnlyList<Invoice> Lacking, IReadOnlyList<Outcome<IssuedDocument>> Results)
{
    public bool Blocked => Lacking.Count > 0;

    /// <summary>Dutch messages naming the missing field: <c>buyerReference</c> for one draft, <c>invoices[id].buyerReference</c> for several.</summary>
    public Dictionary<string, string[]> Errors(bool single) => Lacking.ToDictionary(
        d => single ? "buyerReference" : $"invoices[{d.Id}].buyerReference",
        d => new[] { $"Ontwerpfactuur {d.Year} voor {d.CustomerName}: de referentie van de klant (Peppol BT-10) ontbreekt, ook bij het lokaal bestuur, " +
            "en er is geen bestelbonnummer. Vul ze in op het ontwerp, of geef toch uit (issueAnyway): de factuur gaat dan enkel als PDF." });
}

/// <summary>Issuing as finance asks for it, on the page and the API alike: first the checks before a number is taken (what
/// Peppol requires), then — when nothing lacks or finance goes on knowingly — the issue itself.</summary>
internal sealed class CheckedIssuing(BillingDbContext db, ITenantDirectory directory, InvoiceIssuer issuer)
{
    public async Task<CheckedIssue> IssueAsync(IReadOnlyList<Guid> ids, bool issueAnyway, Guid? issuedBy, Guid? batchId, CancellationToken ct)
    {
        if (!issueAnyway && await IssueChecks.LackingReferenceAsync(db, directory, ids, ct) is { Count: > 0 } lacking)
            return new(lacking, []);
        var results = ids.Count == 1 && batchId is null
            ? [await issuer.IssueAsync(ids[0], issuedBy, ct)]
            : await issuer.IssueManyAsync(ids, issuedBy, ct, batchId);
        return new([], results);
    }
}
