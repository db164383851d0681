using Billing.Numbering;
using Billing.Payments;
using Billing.Pricing;
using Billing.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Kernel.Persistence;
using Platform.Kernel.Tenancy;

namespace Billing.Persistence;

internal class BillingDbContext(DbContextOptions options, TenantContext tenantContext)
    : TenantDbContext(options, tenantContext)
{
    public const string SchemaName = "billing";

    protected override string Schema => SchemaName;

    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<CreditNote> CreditNotes => Set<CreditNote>();
    public DbSet<StoredPdf> Pdfs => Set<StoredPdf>();
    public DbSet<NumberCounter> NumberCounters => Set<NumberCounter>();
    public DbSet<IssuedNumber> IssuedNumbers => Set<IssuedNumber>();
    public DbSet<InvoiceRunReport> Runs => Set<InvoiceRunReport>();
    public DbSet<InvoiceRunLine> RunLines => Set<InvoiceRunLine>();
    public DbSet<PriceListEntry> PriceList => Set<PriceListEntry>();
    public DbSet<PriceChangeNotice> PriceChangeNotices => Set<PriceChangeNotice>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<BankImport> BankImports => Set<BankImport>();
    public DbSet<ImportedBankEntry> ImportedBankEntries => Set<ImportedBankEntry>();
    public DbSet<ReviewEntry> ReviewEntries => Set<ReviewEntry>();
    public DbSet<ProcessedStripeEvent> StripeEvents => Set<ProcessedStripeEvent>();
    public DbSet<StripeCheckoutSession> StripeCheckoutSessions => Set<StripeCheckoutSession>();
    public DbSet<ReminderSent> RemindersSent => Set<ReminderSent>();
    public DbSet<Sending.InvoiceMail> InvoiceMails => Set<Sending.InvoiceMail>();
    public DbSet<Sending.TenantSendingSetting> TenantSending => Set<Sending.TenantSendingSetting>();
    public DbSet<Dunning.DunningPause> DunningPauses => Set<Dunning.DunningPause>();
    public DbSet<Dunning.ReminderText> ReminderTexts => Set<Dunning.ReminderText>();
    public DbSet<Dunning.FriendlyNoticeSent> FriendlyNoticesSent => Set<Dunning.FriendlyNoticeSent>();
    public DbSet<Timeline.InvoiceView> InvoiceViews => Set<Timeline.InvoiceView>();
    public DbSet<Forecast.FeeForecastSent> FeeForecastsSent => Set<Forecast.FeeForecastSent>();

    public bool IsPostgres => Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BillingDbContext).Assembly,
            t => t.Namespace?.StartsWith("Billing", StringComparison.Ordinal) == true);

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        IssuedInvoiceGuard.Check(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        IssuedInvoiceGuard.Check(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }
}

internal sealed class SqliteBillingDbContext(DbContextOptions<SqliteBillingDbContext> options, TenantContext tenantContext)
    : BillingDbContext(options, tenantContext);

internal sealed class PostgresBillingDbContext(DbContextOptions<PostgresBillingDbContext> options, TenantContext tenantContext)
    : BillingDbContext(options, tenantContext);

internal sealed class SqliteBillingDesignFactory()
    : DesignTimeFactory<SqliteBillingDbContext>(DatabaseProvider.Sqlite, BillingDbContext.SchemaName);

internal sealed class PostgresBillingDesignFactory()
    : DesignTimeFactory<PostgresBillingDbContext>(DatabaseProvider.Postgres, BillingDbContext.SchemaName);
