using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Billing.Persistence;

/// <summary>An issued invoice is never deleted or edited (DOMAIN §2): only payment and credit bookkeeping may change.</summary>
internal static class IssuedInvoiceGuard
{
    private static readonly HashSet<string> Mutable =
        [nameof(Invoice.PaidOn), nameof(Invoice.PaidAmount), nameof(Invoice.CreditedAmount), nameof(Invoice.Settlement), nameof(Invoice.Version)];

    public static void Check(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<Invoice>())
        {
            if (entry.State is not (EntityState.Modified or EntityState.Deleted)) continue;
            var original = entry.Property(i => i.Status).OriginalValue;
            if (original == InvoiceStatus.Draft) continue;
            var buyerReference = entry.Property(i => i.BuyerReference);
            // The buyer reference may be filled in once (first e-invoice of a tenant that had none at issue), never changed.
            var referenceChanged = buyerReference.IsModified && buyerReference.OriginalValue is not null;
            if (entry.State == EntityState.Deleted || referenceChanged
                || entry.Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(Invoice.BuyerReference) && !Mutable.Contains(p.Metadata.Name)))
                throw new InvalidOperationException($"Invoice {entry.Entity.Id} is {original} and cannot be changed or deleted.");
        }
        foreach (var entry in tracker.Entries<CreditNote>())
            if (entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException($"Credit note {entry.Entity.Number} cannot be changed or deleted.");
        foreach (var entry in tracker.Entries<Payments.Payment>())
            if (entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException("A recorded payment never changes.");
        foreach (var entry in tracker.Entries<StoredPdf>())
            if (entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException("A stored invoice PDF never changes.");
    }
}
