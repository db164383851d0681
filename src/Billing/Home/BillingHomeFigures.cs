using System.Security.Claims;
using Billing.Payments;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using Platform.Kernel.Home;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;

namespace Billing.Home;

/// <summary>Billing's home-page figures. Finance: this year's invoices (gefactureerd jaar, as <c>/facturen</c> counts them)
/// by status, what is outstanding and overdue, what the last run could not prepare and the payments to review. A tenant
/// admin: the own invoices still to pay.</summary>
internal sealed class BillingHomeFigures(BillingDbContext db, TenantContext current, TimeProvider clock) : IHomeFigures
{
    private static readonly DisplayStatus[] Shown = [DisplayStatus.Draft, DisplayStatus.Issued, DisplayStatus.PartiallyPaid, DisplayStatus.Paid, DisplayStatus.Overdue];

    public async Task<IReadOnlyList<FigurePanel>> PanelsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var ct = cancellationToken;
        var today = FeeService.Today(clock);
        if (user.IsInRole(Roles.Finance)) return await FinanceAsync(today, ct);
        if (user.IsInRole(Roles.TenantAdmin) && current.HasTenant)
        {
            // The tenant filter keeps this to the admin's own invoices, as on /mijn-facturen.
            var open = await OutstandingInvoices.LoadAsync(db.Invoices, today, ct);
            return [new FigurePanel("tenant-invoices", "Facturen te betalen", 40,
            [
                new("to-pay", "Te betalen facturen", open.Count, Dutch.Number(open.Count), "/mijn-facturen?status=te-betalen", open.Count),
                new("to-pay-amount", "Te betalen bedrag", open.Sum(o => o.State.Outstanding), Dutch.Money(open.Sum(o => o.State.Outstanding)), "/mijn-facturen?status=te-betalen"),
            ])];
        }
        return [];
    }

    private async Task<IReadOnlyList<FigurePanel>> FinanceAsync(DateOnly today, CancellationToken ct)
    {
        var year = today.Year;
        // Finance works across tenants: the same bypass as the invoice list it links to, and the same totals per status (grouped in the database).
        var totals = await InvoiceList.Totals(AcrossTenants.Invoices(db).AsNoTracking().InYear(year, YearBasis.InvoicedYear), today, ct);
        var byStatus = totals.ToDictionary(t => t.Status);
        var statusFigures = Shown.Select(s =>
        {
            var t = byStatus.GetValueOrDefault(s) ?? new StatusTotal(s, 0, 0m);
            return new Figure(s.ApiName(), s == DisplayStatus.Draft ? "Uit te geven (ontwerp)" : s.ToDutch(), t.Total,
                $"{Dutch.Money(t.Total)} ({t.Count} {(t.Count == 1 ? "factuur" : "facturen")})", $"/facturen?jaar={year}&status={s.ApiName()}", t.Count);
        }).ToList();

        // Issued invoices show as issued, partially paid, paid, overdue or credited; drafts and those recorded outside owe nothing here.
        var issued = totals.Where(t => t.Status is not (DisplayStatus.Draft or DisplayStatus.RecordedOutside)).ToList();
        var issuedAmount = issued.Sum(t => t.Total);
        var paidAmount = issued.Sum(t => t.Paid);
        var outstanding = issued.Sum(t => t.Outstanding);
        var overdue = byStatus.GetValueOrDefault(DisplayStatus.Overdue)?.Outstanding ?? 0m;
        var lastRun = await db.Runs.AsNoTracking().OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync(ct);
        var review = await db.ReviewEntries.AsNoTracking().CountAsync(r => r.State == ReviewState.Open, ct);
        var follow = new List<Figure>
        {
            new("issued-amount", $"Uitgegeven in {year}", issuedAmount, Dutch.Money(issuedAmount), $"/facturen?jaar={year}"),
            new("paid-amount", "Ontvangen", paidAmount, Dutch.Money(paidAmount), $"/facturen?jaar={year}&status=paid"),
            new("outstanding-amount", "Openstaand", outstanding, Dutch.Money(outstanding), "/facturen/ouderdom"),
            new("overdue-amount", "Waarvan vervallen", overdue, Dutch.Money(overdue), $"/facturen?jaar={year}&status=overdue"),
            lastRun is null
                ? new("run-attention", "Actie nodig na de laatste run", null, "nog geen run", "/facturen/runs")
                : new("run-attention", "Actie nodig na de laatste run", lastRun.NeedsAttention, Dutch.Number(lastRun.NeedsAttention), $"/facturen/runs/{lastRun.Id}", lastRun.NeedsAttention),
            new("review", "Betalingen te controleren", review, Dutch.Number(review), "/facturen/betalingen#te-controleren", review),
        };
        return
        [
            new FigurePanel("finance-status", $"Facturen {year} per status", 10, statusFigures, FigureChart.Bars, $"Bedragen van de facturen voor het jaar {year} (gefactureerd jaar)."),
            new FigurePanel("finance-follow-up", "Op te volgen", 11, follow),
        ];
    }
}
