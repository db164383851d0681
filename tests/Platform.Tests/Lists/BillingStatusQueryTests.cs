using Billing.Invoices;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Tenancy;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Lists;

/// <summary>The display status the lists derive in the database (<see cref="InvoiceList.StatusRank"/> on the stored
/// settlement and the due date) is exactly <see cref="Invoice.DisplayStatusOn"/>, for every status and its edges, and the
/// stored settlement follows the amounts when payments or credit notes are booked.</summary>
public abstract class BillingStatusQueryTests(PlatformApp app) : DatabaseTest(app)
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    /// <summary>(status, amount, paid, credited, due date) and the status finance must see on <see cref="Today"/>.</summary>
    private static readonly (InvoiceStatus Status, decimal Amount, decimal Paid, decimal Credited, DateOnly? Due, DisplayStatus Expected)[] Cases =
    [
        (InvoiceStatus.Draft, 1000m, 0m, 0m, null, DisplayStatus.Draft),
        (InvoiceStatus.RecordedOutside, 1000m, 0m, 0m, null, DisplayStatus.RecordedOutside),
        (InvoiceStatus.Issued, 1000m, 0m, 0m, Today.AddDays(1), DisplayStatus.Issued),
        (InvoiceStatus.Issued, 1000m, 0m, 0m, Today, DisplayStatus.Issued),                       // due today: not yet overdue
        (InvoiceStatus.Issued, 1000m, 0m, 0m, Today.AddDays(-1), DisplayStatus.Overdue),          // due yesterday
        (InvoiceStatus.Issued, 1000m, 0m, 0m, null, DisplayStatus.Issued),
        (InvoiceStatus.Issued, 1000m, 400m, 0m, Today, DisplayStatus.PartiallyPaid),
        (InvoiceStatus.Issued, 1000m, 400m, 0m, Today.AddDays(-1), DisplayStatus.Overdue),
        (InvoiceStatus.Issued, 1000m, 1000m, 0m, Today.AddDays(-1), DisplayStatus.Paid),          // exactly paid
        (InvoiceStatus.Issued, 1000m, 1000.01m, 0m, Today.AddDays(-1), DisplayStatus.Paid),       // over-paid
        (InvoiceStatus.Issued, 1000m, 999.99m, 0m, Today.AddDays(1), DisplayStatus.PartiallyPaid), // one cent short
        (InvoiceStatus.Issued, 0.30m, 0.10m, 0.20m, Today.AddDays(-1), DisplayStatus.Paid),        // cents that do not add up in binary floating point
        (InvoiceStatus.Issued, 1000m, 0m, 1000m, Today.AddDays(-1), DisplayStatus.Credited),      // credited in full
        (InvoiceStatus.Issued, 1000m, 250m, 1000m, Today.AddDays(-1), DisplayStatus.Credited),    // credited in full after a payment
        (InvoiceStatus.Issued, 1000m, 600m, 400m, Today.AddDays(-1), DisplayStatus.Paid),         // credit note and payment together
        (InvoiceStatus.Issued, 1000m, 0m, 400m, Today.AddDays(-1), DisplayStatus.Overdue),        // partly credited, rest overdue
        (InvoiceStatus.Issued, 1000m, 0m, 400m, Today, DisplayStatus.Issued),
    ];

    [SkippableFact]
    public async Task The_status_derived_in_the_database_is_the_invoice_display_status()
    {
        var tenant = await Api.CreateTenantAsync("st");
        await using var scope = await App.Services.GetRequiredService<ITenantScopeFactory>().BeginAsync(tenant.Id);
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        // One invoice per tenant per year: each case gets a year of its own, far from the years other tests use.
        var invoices = Cases.Select((c, n) => new Invoice
        {
            Id = Guid.NewGuid(), TenantId = tenant.Id, Year = 2200 + n, Status = c.Status, Amount = c.Amount, PaidAmount = c.Paid,
            CreditedAmount = c.Credited, DueDate = c.Due, CustomerName = "Gemeente Status", CustomerKbo = "0207.451.227",
            CustomerStreet = "Markt 1", CustomerPostalCode = "9000", CustomerCity = "Gent", TierName = "Tier 1", Explanation = "",
        }).ToList();
        db.Invoices.AddRange(invoices);
        await db.SaveChangesAsync();

        for (var n = 0; n < Cases.Length; n++)
        {
            Assert.Equal(Cases[n].Expected, invoices[n].DisplayStatusOn(Today));
            Assert.Equal(Cases[n].Expected, await StatusInDatabaseAsync(db, invoices[n].Id, Today));
            Assert.True(await db.Invoices.AsNoTracking().Where(i => i.Id == invoices[n].Id).WithStatus(Cases[n].Expected, Today).AnyAsync(),
                $"case {n}: the status filter does not find {Cases[n].Expected}");
        }

        // Booking a payment and a credit note changes the stored settlement, and so the status the lists show.
        var partly = invoices[6];
        partly.PaidAmount += 600m;
        await db.SaveChangesAsync();
        Assert.Equal(DisplayStatus.Paid, await StatusInDatabaseAsync(db, partly.Id, Today));
        var overdue = invoices[4];
        overdue.CreditedAmount = 1000m;
        await db.SaveChangesAsync();
        Assert.Equal(DisplayStatus.Credited, await StatusInDatabaseAsync(db, overdue.Id, Today));
        Assert.Equal(Settlement.Credited, await db.Invoices.AsNoTracking().Where(i => i.Id == overdue.Id).Select(i => i.Settlement).SingleAsync());

        // The totals per status group the same statuses and sum the amounts exactly.
        var ids = invoices.Select(i => i.Id).ToList();
        var totals = await InvoiceList.Totals(db.Invoices.AsNoTracking().Where(i => ids.Contains(i.Id)), Today, default);
        var expected = invoices.GroupBy(i => i.DisplayStatusOn(Today)).OrderBy(g => g.Key)
            .Select(g => new StatusTotal(g.Key, g.Count(), g.Sum(i => i.Amount), g.Sum(i => i.PaidAmount), g.Sum(i => i.CreditedAmount))).ToList();
        Assert.Equal(expected, totals);
    }

    private static async Task<DisplayStatus> StatusInDatabaseAsync(BillingDbContext db, Guid id, DateOnly today) =>
        (DisplayStatus)await db.Invoices.AsNoTracking().Where(i => i.Id == id).Select(InvoiceList.StatusRank(today)).SingleAsync();
}

[Collection(SqliteCollection.Name)]
public sealed class BillingStatusQueryOnSqlite(SqliteApp app) : BillingStatusQueryTests(app);

[Collection(PostgresCollection.Name)]
public sealed class BillingStatusQueryOnPostgres(PostgresApp app) : BillingStatusQueryTests(app);
