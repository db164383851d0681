using Billing.Domain;
using Billing.Persistence;
using Billing.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Tenancy;

namespace Billing.Runs;

/// <summary>Prepares a draft for every (tenant, year) that is due and has no invoice yet. Idempotent: a second run,
/// even one racing this one, finds the drafts (or hits the unique (TenantId, Year) index) and prepares nothing.</summary>
internal sealed class InvoiceRunner(BillingDbContext db, ITenantDirectory directory, ITenantScopeFactory scopes, TimeProvider clock,
    ILogger<InvoiceRunner> log)
{
    private const int BatchSize = 200;

    public async Task<InvoiceRunReport> RunAsync(int? year, RunTrigger trigger, Guid? startedBy, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var currentYear = FeeService.Today(clock).Year;
        int[] years = year is { } y ? [y] : [.. Enumerable.Range(PriceList.FirstBillableYear, Math.Max(0, currentYear - PriceList.FirstBillableYear + 1))];
        var report = new InvoiceRunReport { Id = Guid.CreateVersion7(now), Trigger = trigger, Year = year, StartedAt = now, StartedBy = startedBy };

        var priceList = await new PriceListStore(db).LoadAsync(ct);
        var tenants = await directory.AllAsync(ct);
        var existing = (await AcrossTenants.Invoices(db).AsNoTracking()
                .Where(i => years.Contains(i.Year)).Select(i => new { i.TenantId, i.Year }).ToListAsync(ct))
            .Select(k => (k.TenantId, k.Year)).ToHashSet();

        var pending = new List<(TenantSummary Tenant, List<Invoice> Drafts)>();
        foreach (var tenant in tenants)
        {
            var drafts = new List<Invoice>();
            foreach (var y2 in years)
            {
                if (existing.Contains((tenant.Id, y2))) { report.AlreadyExisting++; continue; }
                var fee = FeeService.Calculate(tenant, y2, priceList);
                if (fee.Due) drafts.Add(FeeService.NewDraft(tenant, fee, now, report.Id));
                else Note(report, tenant, fee);
            }
            if (drafts.Count > 0) pending.Add((tenant, drafts));
        }
        // One transaction per batch: a commit per draft would spend the run waiting on the disk.
        foreach (var batch in pending.Chunk(BatchSize))
            await SaveBatchAsync(report, batch, ct);

        report.FinishedAt = clock.GetUtcNow();
        db.Runs.Add(report);
        await db.SaveChangesAsync(ct);
        return report;
    }

    private static void Note(InvoiceRunReport report, TenantSummary tenant, FeeCalculation fee)
    {
        var outcome = fee.NeedsAttention ? RunOutcome.NeedsAttention : RunOutcome.NotDue;
        if (outcome == RunOutcome.NeedsAttention) report.NeedsAttention++; else report.NotDue++;
        // The daily run only counts the (many, unchanging) years that are not due; a run finance starts lists them.
        if (outcome == RunOutcome.NotDue && report.Trigger == RunTrigger.Daily) return;
        report.Lines.Add(Line(report, tenant, fee.Year, outcome, fee.ReasonText ?? "", null, null));
    }

    /// <summary>Drafts are tenant-owned, so each tenant's are written by a context of that tenant's scope; all of them
    /// share this context's connection and transaction. EF wraps each SaveChanges in a savepoint, so a draft that a racing
    /// run inserted first (the unique (TenantId, Year) index) is skipped without losing the rest of the batch.</summary>
    private async Task SaveBatchAsync(InvoiceRunReport report, (TenantSummary Tenant, List<Invoice> Drafts)[] batch, CancellationToken ct)
    {
        var prepared = new List<(TenantSummary Tenant, Invoice Draft)>();
        var raced = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var (tenant, drafts) in batch)
        {
            await using var scope = await scopes.BeginAsync(tenant.Id, ct);
            var tenantDb = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
            tenantDb.Database.SetDbConnection(db.Database.GetDbConnection(), contextOwnsConnection: false);
            await tenantDb.Database.UseTransactionAsync(transaction.GetDbTransaction(), ct);
            foreach (var draft in drafts)
            {
                tenantDb.Invoices.Add(draft);
                try
                {
                    await tenantDb.SaveChangesAsync(ct);
                    prepared.Add((tenant, draft));
                }
                catch (DbUpdateException)
                {
                    tenantDb.Entry(draft).State = EntityState.Detached;
                    raced++;
                }
            }
        }
        await transaction.CommitAsync(ct);
        if (raced > 0)
            log.LogInformation("Invoice run {RunId}: {Raced} drafts were prepared by a concurrent run first; kept those, prepared {Prepared}",
                report.Id, raced, prepared.Count);
        report.AlreadyExisting += raced;
        report.Prepared += prepared.Count;
        foreach (var (tenant, draft) in prepared)
            report.Lines.Add(Line(report, tenant, draft.Year, RunOutcome.Prepared, draft.Explanation, draft.Amount, draft.Id));
    }

    private static InvoiceRunLine Line(InvoiceRunReport report, TenantSummary tenant, int year, RunOutcome outcome, string reason, decimal? amount, Guid? invoiceId) =>
        new()
        {
            Id = Guid.NewGuid(), RunId = report.Id, TenantId = tenant.Id, TenantName = tenant.Name, Year = year,
            Outcome = outcome, Reason = reason, Amount = amount, InvoiceId = invoiceId,
        };
}

/// <summary>The daily Hangfire job: every billable year up to this one, so years missed while the platform was down are caught up.</summary>
internal sealed class DailyInvoiceRunJob(InvoiceRunner runner)
{
    public const string Id = "billing-daily-invoice-run";

    public async Task RunAsync(CancellationToken ct) => await runner.RunAsync(null, RunTrigger.Daily, null, ct);
}
