using Billing.Domain;
using Billing.Invoices;
using Billing.Numbering;
using Billing.Pdf;
using Billing.Persistence;
using Billing.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Tenancy;
using Tenants;

namespace Billing.Issuing;

/// <summary>Issues a draft: number, invoice date (today in Brussels), due date, structured communication and the PDF,
/// all in one transaction with the number counter, so concurrent issuing never duplicates or skips a number.</summary>
internal sealed class InvoiceIssuer(BillingDbContext db, ITenantDirectory directory, ITenantScopeFactory scopes, InvoicePdfRenderer renderer, TimeProvider clock)
{
    public async Task<IssueResult> IssueAsync(Guid invoiceId, Guid? issuedBy, CancellationToken ct)
    {
        var draft = await db.Invoices.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(i => i.Id == invoiceId, ct);
        if (draft is null) return IssueResult.NotFound;
        if (draft.Status != InvoiceStatus.Draft) return IssueResult.Conflict(AlreadyIssued(draft));
        var tenant = await directory.FindAsync(draft.TenantId, ct);
        if (tenant is null) return IssueResult.NotFound;
        // The draft was a proposal: issuing uses the tenant's data and price list as they are now.
        var fee = FeeService.Calculate(tenant, draft.Year, await new PriceListStore(db).LoadAsync(ct));
        if (!fee.Due) return IssueResult.Conflict(fee.ReasonText ?? "Niet verschuldigd.");

        var now = clock.GetUtcNow();
        var today = FeeService.Today(clock);
        await using var scope = await scopes.BeginAsync(draft.TenantId, ct);
        var tenantDb = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        await using var transaction = await tenantDb.Database.BeginTransactionAsync(ct);
        var number = await NumberSeries.NextAsync(tenantDb, InvoiceKind.Invoice, today.Year, ct);
        // Read after the counter lock: a concurrent issue of the same draft has committed by now.
        var invoice = await tenantDb.Invoices.FirstAsync(i => i.Id == invoiceId, ct);
        if (invoice.Status != InvoiceStatus.Draft) return IssueResult.Conflict(AlreadyIssued(invoice));

        FeeService.ApplyTo(invoice, tenant, fee);
        var ogm = StructuredCommunication.FromInvoice(number.Year, number.Sequence);
        invoice.Status = InvoiceStatus.Issued;
        invoice.NumberYear = number.Year;
        invoice.Sequence = number.Sequence;
        invoice.Number = number.ToString();
        invoice.InvoiceDate = today;
        invoice.DueDate = InvoiceDueDate.For(today);
        invoice.Communication = ogm.Plain;
        invoice.IssuedAt = now;
        invoice.IssuedBy = issuedBy;
        invoice.Version++;
        tenantDb.IssuedNumbers.Add(new IssuedNumber
        {
            Kind = InvoiceKind.Invoice, Year = number.Year, Sequence = number.Sequence, Number = invoice.Number,
            Communication = ogm.Plain, DocumentId = invoice.Id, TenantId = invoice.TenantId, IssuedAt = now,
        });
        tenantDb.Pdfs.Add(new StoredPdf
        {
            Id = invoice.Id, FileName = Documents.FileName(invoice.Number), Content = renderer.RenderToArray(Documents.ForInvoice(invoice)),
        });
        try
        {
            await tenantDb.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return IssueResult.Conflict("Deze factuur werd intussen door iemand anders uitgegeven.");
        }
        return new IssueResult(IssueOutcome.Done, invoice.Id, invoice.Number);
    }

    private static string AlreadyIssued(Invoice invoice) => invoice.Status == InvoiceStatus.RecordedOutside
        ? "Dit jaar werd buiten het platform gefactureerd."
        : $"Deze factuur is al uitgegeven als {invoice.Number}; een uitgegeven factuur wijzigt niet.";
}
