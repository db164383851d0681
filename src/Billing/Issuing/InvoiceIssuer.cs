using Billing.Domain;
using Billing.Numbering;
using Billing.Pdf;
using Billing.Persistence;
using Billing.Pricing;
using Billing.Sending;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Tenancy;

namespace Billing.Issuing;

/// <summary>Issues drafts: number, invoice date (today in Brussels), due date, structured communication and the PDF,
/// in one transaction with the number counter, so concurrent issuing never duplicates or skips a number.</summary>
internal sealed class InvoiceIssuer(
    BillingDbContext db, ITenantDirectory directory, ITenantScopeFactory scopes, InvoicePdfRenderer renderer, BillingLinks links, TimeProvider clock,
    ILogger<InvoiceIssuer> log, IServiceProvider services)
{
    private const int BatchSize = 50;

    public async Task<Outcome<IssuedDocument>> IssueAsync(Guid invoiceId, Guid? issuedBy, CancellationToken ct)
    {
        var result = await IssueOneAsync(invoiceId, issuedBy, null, ct);
        if (result.Ok) InvoiceMailer.Kick(services);
        return result;
    }

    /// <summary>Bulk issuing: batches share one transaction (a commit per invoice would wait on the disk). A batch is all or
    /// nothing; when anything in it fails it is rolled back, numbers included, and its drafts are issued one by one.</summary>
    public async Task<IReadOnlyList<Outcome<IssuedDocument>>> IssueManyAsync(IReadOnlyList<Guid> ids, Guid? issuedBy, CancellationToken ct, Guid? batchId = null)
    {
        var results = new List<Outcome<IssuedDocument>>();
        foreach (var chunk in ids.Chunk(BatchSize))
        {
            if (await TryIssueBatchAsync(chunk, issuedBy, batchId, ct) is { } batch) results.AddRange(batch);
            else foreach (var id in chunk) results.Add(await IssueOneAsync(id, issuedBy, batchId, ct));
        }
        // The mails go out in the background; the sending page follows the batch.
        if (results.Any(r => r.Ok)) InvoiceMailer.Kick(services);
        return results;
    }

    private async Task<Outcome<IssuedDocument>> IssueOneAsync(Guid invoiceId, Guid? issuedBy, Guid? batchId, CancellationToken ct)
    {
        var draft = await AcrossTenants.Invoices(db).AsNoTracking().FirstOrDefaultAsync(i => i.Id == invoiceId, ct);
        if (draft is null) return Outcome<IssuedDocument>.Missing();
        if (draft.Status != InvoiceStatus.Draft) return Outcome<IssuedDocument>.Conflicting(AlreadyIssued(draft));
        var tenant = await directory.FindAsync(draft.TenantId, ct);
        if (tenant is null) return Outcome<IssuedDocument>.Missing();
        // The draft was a proposal: issuing uses the tenant's data and price list as they are now.
        var fee = FeeService.Calculate(tenant, draft.Year, await new PriceListStore(db).LoadAsync(ct));
        if (!fee.Due) return Outcome<IssuedDocument>.Conflicting(fee.ReasonText ?? "Niet verschuldigd.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var result = await IssueInTransactionAsync(draft, tenant, fee, transaction, issuedBy, batchId, ct);
            if (!result.Ok) return result; // rolled back on dispose: the number returns to the series
            await transaction.CommitAsync(ct);
            return result;
        }
        catch (DbUpdateConcurrencyException)
        {
            log.LogInformation("Invoice {InvoiceId} was issued by someone else at the same time; left as they issued it", invoiceId);
            return Outcome<IssuedDocument>.Conflicting("Deze factuur werd intussen door iemand anders uitgegeven.");
        }
    }

    private async Task<List<Outcome<IssuedDocument>>?> TryIssueBatchAsync(Guid[] ids, Guid? issuedBy, Guid? batchId, CancellationToken ct)
    {
        if (ids.Length < 2) return null;
        var drafts = await AcrossTenants.Invoices(db).AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(ct);
        if (drafts.Count != ids.Length || drafts.Any(d => d.Status != InvoiceStatus.Draft)) return null;
        var priceList = await new PriceListStore(db).LoadAsync(ct);
        var work = new List<(Invoice Draft, TenantSummary Tenant, FeeCalculation Fee)>();
        foreach (var draft in drafts.OrderBy(d => Array.IndexOf(ids, d.Id)))
        {
            if (await directory.FindAsync(draft.TenantId, ct) is not { } tenant) return null;
            var fee = FeeService.Calculate(tenant, draft.Year, priceList);
            if (!fee.Due) return null;
            work.Add((draft, tenant, fee));
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var results = new List<Outcome<IssuedDocument>>();
        try
        {
            foreach (var (draft, tenant, fee) in work)
            {
                var result = await IssueInTransactionAsync(draft, tenant, fee, transaction, issuedBy, batchId, ct);
                if (!result.Ok) return null;
                results.Add(result);
            }
            await transaction.CommitAsync(ct);
            return results;
        }
        catch (DbUpdateException)
        {
            log.LogInformation("A batch of {Count} invoices met a concurrent change and was rolled back; issuing them one by one", ids.Length);
            return null;
        }
    }

    /// <summary>Runs inside <paramref name="transaction"/> on this context's connection, with a context of the invoice's
    /// tenant (invoices are tenant-owned).</summary>
    private async Task<Outcome<IssuedDocument>> IssueInTransactionAsync(Invoice draft, TenantSummary tenant, FeeCalculation fee,
        IDbContextTransaction transaction, Guid? issuedBy, Guid? batchId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = FeeService.Today(clock);
        await using var scope = await scopes.BeginAsync(draft.TenantId, ct);
        var tenantDb = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        tenantDb.Database.SetDbConnection(db.Database.GetDbConnection(), contextOwnsConnection: false);
        await tenantDb.Database.UseTransactionAsync(transaction.GetDbTransaction(), ct);

        var number = await NumberSeries.NextAsync(tenantDb, InvoiceKind.Invoice, today.Year, ct);
        // Read after the counter lock: a concurrent issue of the same draft has committed by now.
        var invoice = await tenantDb.Invoices.FirstAsync(i => i.Id == draft.Id, ct);
        if (invoice.Status != InvoiceStatus.Draft) return Outcome<IssuedDocument>.Conflicting(AlreadyIssued(invoice));

        FeeService.ApplyTo(invoice, tenant, fee);
        var ogm = StructuredCommunication.FromInvoice(number.Year, number.Sequence);
        invoice.Status = InvoiceStatus.Issued;
        invoice.NumberYear = number.Year;
        invoice.Sequence = number.Sequence;
        invoice.Number = number.ToString();
        invoice.InvoiceDate = today;
        invoice.DueDate = InvoiceDueDate.For(today);
        invoice.Communication = ogm.Plain;
        // Finance may have filled it in on the draft; otherwise the tenant's own reference as it is now.
        invoice.BuyerReference ??= tenant.InvoiceReference;
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
            Id = invoice.Id, FileName = Documents.FileName(invoice.Number), Content = renderer.RenderToArray(Documents.ForInvoice(invoice, links.OnlinePayment, links.BillingContact)),
        });
        // Queued with the issue itself: an issued invoice always has its mail (sent-log round 0), never twice.
        tenantDb.InvoiceMails.Add(InvoiceMailQueue.First(invoice.TenantId, invoice.Id, invoice.Id, InvoiceKind.Invoice, invoice.Number, now, issuedBy, batchId));
        await tenantDb.SaveChangesAsync(ct);
        return Outcome<IssuedDocument>.Success(new IssuedDocument(invoice.Id, invoice.Number));
    }

    private static string AlreadyIssued(Invoice invoice) => invoice.Status == InvoiceStatus.RecordedOutside
        ? "Dit jaar werd buiten het platform gefactureerd."
        : $"Deze factuur is al uitgegeven als {invoice.Number}; een uitgegeven factuur wijzigt niet.";
}
