using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Formatting;
using Platform.Kernel.Persistence;
using Platform.Kernel.Tenancy;
using Billing.Payments;

namespace Billing.Stripe;

/// <summary>A Stripe Checkout page for what is still open on an invoice, valid until <see cref="ExpiresAt"/>.</summary>
internal sealed record PaymentPage(string Url, decimal Amount, DateTimeOffset? ExpiresAt);

internal enum WebhookOutcome
{
    /// <summary>A payment was booked.</summary>
    Booked,
    /// <summary>Acknowledged, nothing to do (another event type, an unknown invoice, or a redelivery).</summary>
    Ignored,
    Replayed,
    /// <summary>Signature missing, wrong or too old: answer 400.</summary>
    Refused,
}

/// <summary>Online payment through Stripe, when configured: a Checkout Session for what is still open on an invoice, and the
/// webhook that books the payment. Our invoice stays the legal invoice; Stripe only collects.</summary>
internal sealed class StripePayments(
    BillingDbContext db, ITenantScopeFactory scopes, Microsoft.Extensions.Options.IOptions<StripeOptions> options, IServiceProvider services, TimeProvider clock, ILogger<StripePayments> log)
{
    /// <summary>Refreshes a session this long before Stripe would expire it, so a link handed out still works.</summary>
    private readonly StripeOptions settings = options.Value;

    private static readonly TimeSpan ReuseMargin = TimeSpan.FromMinutes(30);

    public bool Enabled => settings.Enabled;

    /// <summary>A link to pay what is still open, or a conflict in Dutch when there is nothing to pay online (paid, credited,
    /// not issued) or Stripe is off.</summary>
    public async Task<Outcome<PaymentPage>> CheckoutAsync(Invoice invoice, string? customerEmail, CancellationToken ct)
    {
        if (!settings.Enabled) return Outcome<PaymentPage>.Conflicting("Online betalen is niet ingeschakeld.");
        if (invoice.Status != InvoiceStatus.Issued) return Outcome<PaymentPage>.Conflicting("Alleen een uitgegeven factuur kan online betaald worden.");
        var state = invoice.PaymentOn(FeeService.Today(clock));
        if (state.Status is PaymentStatus.Paid or PaymentStatus.Credited || state.Outstanding <= 0m)
            return Outcome<PaymentPage>.Conflicting("Deze factuur is volledig betaald of gecrediteerd.");

        var now = clock.GetUtcNow();
        var cents = StripeCheckout.ToCents(state.Outstanding);
        var previous = await db.StripeCheckoutSessions.AsNoTracking().Where(s => s.InvoiceId == invoice.Id).ToListAsync(ct);
        var reusable = previous.Where(s => s.AmountInCents == cents && s.ExpiresAt > now + ReuseMargin).MaxBy(s => s.CreatedAt);
        if (reusable is not null)
            return Outcome<PaymentPage>.Success(new PaymentPage(reusable.Url, state.Outstanding, reusable.ExpiresAt));

        var checkout = services.GetRequiredService<StripeCheckout>();
        var generation = previous.Count(s => s.AmountInCents == cents) + 1;
        var link = await checkout.CreateAsync(new CheckoutRequest(invoice.Id, invoice.Number!, state.Outstanding, customerEmail, generation), ct);
        var expires = link.ExpiresAt ?? now.AddHours(24);
        if (!await db.StripeCheckoutSessions.AnyAsync(s => s.SessionId == link.SessionId, ct))
        {
            db.StripeCheckoutSessions.Add(new StripeCheckoutSession
            {
                SessionId = link.SessionId, InvoiceId = invoice.Id, TenantId = invoice.TenantId, AmountInCents = cents, Url = link.Url,
                CreatedAt = now, ExpiresAt = expires,
            });
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException) { db.ChangeTracker.Clear(); /* a retried call with the same idempotency key stored it first: same session */ }
        }
        // An open session for an amount no longer owed could still be paid in full: close it.
        await CloseOpenSessionsAsync([invoice.Id], exceptSessionId: link.SessionId, ct);
        log.LogInformation("Stripe checkout {SessionId} for invoice {InvoiceId}: {Cents} cents", link.SessionId, invoice.Id, cents);
        return Outcome<PaymentPage>.Success(new PaymentPage(link.Url, state.Outstanding, expires));
    }

    /// <summary>After a payment by bank (or any change of what is owed) the open sessions ask a stale amount: close them at
    /// Stripe, best effort, so an open browser tab cannot pay it in full any more. A failure is logged; the session then
    /// simply runs out (24 h) and an overpayment would show on the finance pages.</summary>
    public async Task CloseOpenSessionsAsync(IReadOnlyCollection<Guid> invoiceIds, string? exceptSessionId, CancellationToken ct)
    {
        if (!settings.Enabled || invoiceIds.Count == 0) return;
        var now = clock.GetUtcNow();
        var open = (await Batched.QueryAsync(invoiceIds, batch => db.StripeCheckoutSessions.AsNoTracking().Where(s => batch.Contains(s.InvoiceId)).ToListAsync(ct)))
            .Where(s => s.ExpiresAt > now && s.SessionId != exceptSessionId).ToList();
        if (open.Count == 0) return;
        var checkout = services.GetRequiredService<StripeCheckout>();
        foreach (var session in open)
        {
            try
            {
                await checkout.ExpireAsync(session.SessionId, ct);
                await MarkClosedAsync(session.SessionId, now, ct);
            }
            catch (global::Stripe.StripeException e)
            {
                log.LogWarning(e, "Stripe session {SessionId} could not be closed", session.SessionId);
            }
        }
    }

    /// <summary>A closed session is never handed out again: it counts as expired from now.</summary>
    private Task MarkClosedAsync(string sessionId, DateTimeOffset now, CancellationToken ct) =>
        db.StripeCheckoutSessions.Where(s => s.SessionId == sessionId).ExecuteUpdateAsync(u => u.SetProperty(s => s.ExpiresAt, now), ct);

    public async Task<WebhookOutcome> HandleWebhookAsync(string json, string? signature, CancellationToken ct)
    {
        var verification = new StripeWebhookVerifier(settings, clock).Verify(json, signature);
        if (verification is WebhookVerification.Refused refused)
        {
            log.LogWarning("Stripe webhook refused: {Reason}", refused.Reason);
            return WebhookOutcome.Refused;
        }
        if (verification is WebhookVerification.Unusable unusable)
        {
            // Stripe's signature is right, so answering an error would only make Stripe deliver it again for days.
            log.LogWarning("Stripe webhook acknowledged and ignored: {Reason}", unusable.Reason);
            return WebhookOutcome.Ignored;
        }
        var stripeEvent = ((WebhookVerification.Accepted)verification).Event;
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            if (await db.StripeEvents.AnyAsync(e => e.EventId == stripeEvent.Id, ct))
                return WebhookOutcome.Replayed;
            try
            {
                return await RecordAsync(stripeEvent, ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                // The invoice changed meanwhile (a bank import, a credit note): book again on fresh data.
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // A concurrent delivery of the same event took its key first: the next round answers Replayed. Anything
                // else still failing after three rounds is answered 500, so Stripe delivers again later.
            }
        }
    }

    /// <summary>The event id and the payment in one transaction: both or neither.</summary>
    private async Task<WebhookOutcome> RecordAsync(global::Stripe.Event stripeEvent, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var notice = StripeWebhookVerifier.PaymentOf(stripeEvent, out var unusable);
        if (unusable is not null)
            log.LogWarning("Stripe event {EventId} ({Type}) acknowledged and ignored: {Reason}", stripeEvent.Id, stripeEvent.Type, unusable);
        else if (notice is null)
            log.LogInformation("Stripe event {EventId} ({Type}) acknowledged and ignored: it pays no invoice of ours", stripeEvent.Id, stripeEvent.Type);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.StripeEvents.Add(new ProcessedStripeEvent { EventId = stripeEvent.Id, Type = stripeEvent.Type, ReceivedAt = now, InvoiceId = notice?.InvoiceId });
        // The event id's key is taken here: a concurrent redelivery waits, then fails, and books nothing.
        await db.SaveChangesAsync(ct);
        var outcome = notice is null ? WebhookOutcome.Ignored : await BookAsync(notice, stripeEvent.Created, now, ct);
        await transaction.CommitAsync(ct);
        return outcome;
    }

    private async Task<WebhookOutcome> BookAsync(StripePaymentNotice notice, DateTime created, DateTimeOffset now, CancellationToken ct)
    {
        var invoice = await AcrossTenants.Invoices(db).AsNoTracking().FirstOrDefaultAsync(i => i.Id == notice.InvoiceId, ct);
        if (invoice is not { Status: InvoiceStatus.Issued })
        {
            log.LogWarning("Stripe event {EventId} pays unknown or unissued invoice {InvoiceId}; acknowledged, not booked", notice.EventId, notice.InvoiceId);
            return WebhookOutcome.Ignored;
        }
        var reference = notice.SessionId;
        var transactionReference = notice.PaymentIntentId ?? notice.SessionId;
        // A session pays once, whichever of its events (completed, async succeeded) arrives first.
        if (await AcrossTenants.Payments(db).AnyAsync(p => p.Reference == reference && p.TransactionReference == transactionReference, ct))
            return WebhookOutcome.Replayed;
        await using var tenant = await TenantWrite.JoinAsync(scopes, db, invoice.TenantId, ct);
        var tracked = await tenant.Db.Invoices.FirstAsync(i => i.Id == invoice.Id, ct);
        var receivedOn = Dutch.DayOf(StripeCheckout.Utc(created) ?? now);
        var applied = PaymentLedger.Record(tenant.Db, tracked, new Payment
        {
            Id = Guid.CreateVersion7(now), Amount = notice.Amount, ReceivedOn = receivedOn, Source = PaymentSource.Stripe,
            LinkedBy = PaymentLink.StripeCheckout, Reference = reference, TransactionReference = transactionReference, RecordedAt = now,
        });
        await tenant.Db.SaveChangesAsync(ct);
        // Paid: the session is closed at Stripe, so it is never handed out again (e.g. after a reversal reopens the invoice).
        await MarkClosedAsync(notice.SessionId, now, ct);
        log.LogInformation("Stripe event {EventId} booked {Amount} on invoice {InvoiceId}: {Outcome}", notice.EventId, notice.Amount, invoice.Id, applied.Outcome);
        return WebhookOutcome.Booked;
    }
}
