using Billing.Invoices;
using Billing.Payments;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Tenancy;

namespace Billing.Tests.Invoices;

/// <summary>An issued invoice changes only by payment and credit bookkeeping, and its buyer reference can be filled in once.</summary>
public sealed class IssuedInvoiceGuardTests : IDisposable
{
    private readonly SqliteBillingDbContext _db = new(
        new DbContextOptionsBuilder<SqliteBillingDbContext>().UseSqlite("Data Source=:memory:").Options, new TenantContext());

    public void Dispose() => _db.Dispose();

    private Invoice Attach(InvoiceStatus status, string? buyerReference = null)
    {
        var invoice = new Invoice
        {
            Id = Guid.NewGuid(), TenantId = Guid.NewGuid(), Status = status, Amount = 1000m, BuyerReference = buyerReference,
            CustomerName = "Stad Gent", CustomerKbo = "0207.451.227", CustomerStreet = "Botermarkt 1", CustomerPostalCode = "9000",
            CustomerCity = "Gent", TierName = "Tier 3", Explanation = "",
        };
        _db.Attach(invoice);
        return invoice;
    }

    private void Check()
    {
        _db.ChangeTracker.DetectChanges();
        IssuedInvoiceGuard.Check(_db.ChangeTracker);
    }

    [Fact]
    public void Payment_bookkeeping_may_change_on_an_issued_invoice()
    {
        var invoice = Attach(InvoiceStatus.Issued);
        invoice.PaidAmount = 400m;
        invoice.PaidOn = new DateOnly(2026, 11, 23);
        invoice.CreditedAmount = 100m;
        invoice.Version++;
        Check();
    }

    [Fact]
    public void The_amount_of_an_issued_invoice_never_changes()
    {
        var invoice = Attach(InvoiceStatus.Issued);
        invoice.Amount = 999m;
        Assert.Throws<InvalidOperationException>(Check);
    }

    [Fact]
    public void A_draft_may_change()
    {
        var invoice = Attach(InvoiceStatus.Draft);
        invoice.Amount = 999m;
        Check();
    }

    [Fact]
    public void A_missing_buyer_reference_may_be_filled_in_once()
    {
        var invoice = Attach(InvoiceStatus.Issued);
        invoice.BuyerReference = "PO 4500123987";
        Check();
    }

    [Fact]
    public void A_buyer_reference_is_never_changed_or_removed()
    {
        var changed = Attach(InvoiceStatus.Issued, "PO 1");
        changed.BuyerReference = "PO 2";
        Assert.Throws<InvalidOperationException>(Check);
        _db.ChangeTracker.Clear();
        var removed = Attach(InvoiceStatus.Issued, "PO 1");
        removed.BuyerReference = null;
        Assert.Throws<InvalidOperationException>(Check);
    }

    [Fact]
    public void An_issued_invoice_is_never_deleted()
    {
        _db.Remove(Attach(InvoiceStatus.Issued));
        Assert.Throws<InvalidOperationException>(Check);
    }

    [Fact]
    public void A_recorded_payment_never_changes()
    {
        var payment = new Payment { Id = Guid.NewGuid(), TenantId = Guid.NewGuid(), InvoiceId = Guid.NewGuid(), Amount = 10m, Reference = "BANK-1" };
        _db.Attach(payment);
        payment.Amount = 20m;
        Assert.Throws<InvalidOperationException>(Check);
    }
}
