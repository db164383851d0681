using Platform.Kernel.Tenancy;
using Billing.Issuing;
using Billing.Persistence;
using Billing.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Kernel.Formatting;
using Platform.Kernel.Mail;

namespace Billing.Forecast;

/// <param name="Forecast">Null when no forecast applies (see <paramref name="Reason"/>).</param>
internal sealed record ForecastRow(TenantSummary Tenant, FeeForecast? Forecast, string? Reason, FeeForecastSent? Sent);

internal sealed record ForecastSendReport(int Sent, int AlreadySent, int WithoutRecipient);

/// <summary>The yearly fee forecasts ("prijsraming"): finance previews them per tenant and sends them in bulk; the job sends
/// them on the configured date. Each tenant gets one per year (the sent-log key), mailed with the PDF letter to its
/// billing contacts and SPOC.</summary>
internal sealed class FeeForecasts(
    BillingDbContext db, ITenantDirectory directory, IMailSender mail, BillingLinks links, IOptions<ForecastOptions> options, TimeProvider clock,
    ILogger<FeeForecasts> log)
{
    public const string JobId = "billing-fee-forecasts";

    public int NextYear => FeeService.Today(clock).Year + 1;

    public async Task<List<ForecastRow>> ListAsync(int year, CancellationToken ct)
    {
        var prices = await new PriceListStore(db).LoadAsync(ct);
        var sent = await db.FeeForecastsSent.AsNoTracking().Where(s => s.Year == year).ToDictionaryAsync(s => s.TenantId, ct);
        return [.. (await directory.AllAsync(ct)).OrderBy(t => t.Name).Select(t =>
        {
            var (forecast, reason) = FeeForecasting.For(t, year, prices, options.Value.InvoiceDateIn(year));
            return new ForecastRow(t, forecast, reason, sent.GetValueOrDefault(t.Id));
        })];
    }

    public async Task<(string FileName, byte[] Content)?> PdfAsync(Guid tenantId, int year, CancellationToken ct)
    {
        if (await directory.FindAsync(tenantId, ct) is not { } tenant) return null;
        var (forecast, _) = FeeForecasting.For(tenant, year, await new PriceListStore(db).LoadAsync(ct), options.Value.InvoiceDateIn(year));
        return forecast is null ? null : (ForecastLetter.FileName(forecast), ForecastLetter.Render(forecast, FeeService.Today(clock), links.BillingContact));
    }

    /// <summary>The recurring job: next year's forecasts for every tenant not told yet.</summary>
    public Task<ForecastSendReport> RunAsync(CancellationToken ct) => SendAsync(NextYear, null, ct);

    public async Task<ForecastSendReport> SendAsync(int year, Guid? by, CancellationToken ct)
    {
        int sent = 0, already = 0, nobody = 0;
        var today = FeeService.Today(clock);
        foreach (var row in await ListAsync(year, ct))
        {
            if (row.Forecast is not { } forecast) continue;
            if (row.Sent is not null) { already++; continue; }
            var recipients = await directory.BillingContactsAndSpocAsync(row.Tenant.Id, ct);
            if (recipients.Count == 0)
            {
                nobody++;
                log.LogWarning("Fee forecast {Year} for tenant {TenantId} not sent: no billing contact or SPOC", year, row.Tenant.Id);
                continue;
            }
            var claim = new FeeForecastSent
            {
                TenantId = row.Tenant.Id, Year = year, Amount = forecast.Fee.Amount, Inhabitants = forecast.Inhabitants, SentAt = clock.GetUtcNow(),
                SentBy = by, Recipients = recipients.Count,
            };
            db.FeeForecastsSent.Add(claim);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                already++; // another node or finance sent it first
                continue;
            }
            db.ChangeTracker.Clear();
            var pdf = ForecastLetter.Render(forecast, today, links.BillingContact);
            var delivered = 0;
            Exception? failure = null;
            foreach (var to in recipients)
            {
                try
                {
                    await mail.SendAsync(Mail(forecast, to, pdf), ct);
                    delivered++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failure ??= e;
                    log.LogError(e, "Fee forecast {Year} for tenant {TenantId} could not be sent to one of its recipients", year, row.Tenant.Id);
                }
            }
            if (delivered == 0 && failure is not null)
            {
                db.FeeForecastsSent.Remove(claim);
                await db.SaveChangesAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                throw failure;
            }
            sent++;
            log.LogInformation("Fee forecast {Year} for tenant {TenantId} sent to {Recipients} recipient(s)", year, row.Tenant.Id, delivered);
        }
        return new(sent, already, nobody);
    }

    private static OutgoingMail Mail(FeeForecast f, InvoiceRecipient to, byte[] pdf) => new(to.Email,
        $"Prijsraming {f.Year} voor de Mijn Burgerprofiel-app",
        $"Beste {to.Name},\n\n" +
        $"Om je begroting voor {f.Year} op te maken, ramen we het bedrag van het abonnement van {f.Tenant.Name} op de Mijn Burgerprofiel-app " +
        $"voor {f.Year} op {Dutch.Money(f.Fee.Amount)} (geen btw), op basis van {Dutch.Number(f.Inhabitants)} inwoners op 1 januari {f.InhabitantsYear}. " +
        $"De factuur volgt rond {Dutch.Date(f.InvoiceExpectedOn)}.\n\n" +
        "In de bijgevoegde brief vind je de berekening en de schijven.\n\n" +
        "Met vriendelijke groeten,\nEigen Vermogen Digitaal Vlaanderen – Financiën\n",
        Attachments: [new MailAttachment(ForecastLetter.FileName(f), "application/pdf", pdf)]);
}
