using Billing.Invoices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Billing.Persistence;

/// <summary>An issued invoice is never deleted or edited (DOMAIN §2): only payment and credit bookkeeping may change.</summary>
internal static class IssuedInvoiceGuard
{
    private static readonly HashSet<string> Mutable =
        [nameof(Invoice.PaidOn), nameof(Invoice.CreditedAmount), nameof(Invoice.Version)];

    public static void Check(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<Invoice>())
        {
            if (entry.State is not (EntityState.Modified or EntityState.Deleted)) continue;
            var original = entry.Property(i => i.Status).OriginalValue;
            if (original == InvoiceStatus.Draft) continue;
            if (entry.State == EntityState.Deleted
                || entry.Properties.Any(p => p.IsModified && !Mutable.Contains(p.Metadata.Name)))
                throw new InvalidOperationException($"Invoice {entry.Entity.Id} is {original} and cannot be changed or deleted.");
        }
        foreach (var entry in tracker.Entries<CreditNote>())
            if (entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException($"Credit note {entry.Entity.Number} cannot be changed or deleted.");
        foreach (var entry in tracker.Entries<StoredPdf>())
            if (entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException("A stored invoice PDF never changes.");
    }
}
