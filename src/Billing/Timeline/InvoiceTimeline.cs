using Billing.Dunning;
using Billing.Persistence;
using Billing.Sending;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;

namespace Billing.Timeline;

/// <param name="Kind">API name: drafted, issued, sent, delivered, bounced, notSent, viewed, downloaded, friendlyNotice, reminder, payment,
/// creditNote, holdStarted, holdEnded, disputeStarted, disputeEnded.</param>
/// <param name="Internal">Finance's own bookkeeping; left out for the tenant admin.</param>
internal sealed record TimelineEntry(DateTimeOffset At, string Kind, string Text, bool Internal);

/// <summary>Everything that happened to one invoice, derived from the records each feature keeps (no second log to keep in step).</summary>
internal sealed class InvoiceTimeline(BillingDbContext db)
{
    /// <param name="forTenant">Leave out the internal items (drafts, holds and disputes, views, skipped mails).</param>
    public async Task<List<TimelineEntry>?> ForAsync(Guid invoiceId, bool forTenant, CancellationToken ct)
    {
        var invoice = await AcrossTenants.Invoices(db).AsNoTracking().FirstOrDefaultAsync(i => i.Id == invoiceId, ct);
        if (invoice is null) return null;
        var entries = new List<TimelineEntry> { new(invoice.CreatedAt, "drafted", $"Ontwerp opgemaakt voor {invoice.Year}", true) };
        if (invoice.IssuedAt is { } issuedAt)
            entries.Add(new(issuedAt, "issued", $"Uitgegeven als factuur {invoice.Number}, {Dutch.Money(invoice.Amount)}, te betalen uiterlijk {Dutch.Date(invoice.DueDate!.Value)}", false));

        foreach (var m in await db.InvoiceMails.AsNoTracking().Where(m => m.InvoiceId == invoiceId).ToListAsync(ct))
        {
            var what = m.Round == 0 ? $"{m.Number}" : $"{m.Number} (opnieuw)";
            if (m.State == MailState.Skipped) entries.Add(new(m.QueuedAt, "notSent", $"{what} niet per e-mail verstuurd: {m.Note}", true));
            if (m.SentAt is not { } sentAt) continue;
            if (m.DeliveredTo is { Length: > 0 } to) entries.Add(new(sentAt, "delivered", $"{what} per e-mail afgeleverd bij {to}", false));
            if (m.State == MailState.Bounced) entries.Add(new(sentAt, "bounced", $"{what}: e-mail geweigerd door {m.Refused}", false));
        }
        foreach (var v in await db.InvoiceViews.AsNoTracking().Where(v => v.InvoiceId == invoiceId).ToListAsync(ct))
            entries.Add(new(v.At, v.Kind == ViewKind.Downloaded ? "downloaded" : "viewed",
                v.Kind == ViewKind.Downloaded ? "PDF gedownload in Mijn facturen door het lokaal bestuur" : "Bekeken in Mijn facturen door het lokaal bestuur", true));
        if (await db.FriendlyNoticesSent.AsNoTracking().FirstOrDefaultAsync(n => n.InvoiceId == invoiceId, ct) is { } notice)
            entries.Add(new(notice.SentAt, "friendlyNotice", "Vriendelijke herinnering vóór de vervaldag verstuurd", false));
        var steps = await db.RemindersSent.AsNoTracking().Where(r => r.InvoiceId == invoiceId).ToListAsync(ct);
        foreach (var r in steps)
            entries.Add(new(r.SentAt, "reminder", r.Step == 1 ? "Herinnering verstuurd" : $"{r.Step}e herinnering verstuurd", false));
        foreach (var p in await AcrossTenants.Payments(db).AsNoTracking().Where(p => p.InvoiceId == invoiceId).ToListAsync(ct))
            entries.Add(new(p.RecordedAt, "payment", p.Amount < 0m
                ? $"Betaling teruggeboekt: {Dutch.Money(-p.Amount)} (valutadatum {Dutch.Date(p.ReceivedOn)})"
                : $"Betaling ontvangen: {Dutch.Money(p.Amount)} op {Dutch.Date(p.ReceivedOn)}", false));
        foreach (var c in await AcrossTenants.CreditNotes(db).AsNoTracking().Where(c => c.InvoiceId == invoiceId).ToListAsync(ct))
            entries.Add(new(c.IssuedAt, "creditNote", $"Creditnota {c.Number} van {Dutch.Money(c.Amount)}: {c.Reason}", false));
        foreach (var p in await db.DunningPauses.AsNoTracking().Where(p => p.InvoiceId == invoiceId).ToListAsync(ct))
        {
            var name = p.Kind == PauseKind.Dispute ? "dispute" : "hold";
            var label = p.Kind == PauseKind.Dispute ? "Betwist" : "On hold";
            entries.Add(new(p.StartedAt, name + "Started", $"{label}: {p.Reason} (geen herinneringen zolang dit duurt)", true));
            if (p.EndedAt is { } ended) entries.Add(new(ended, name + "Ended", $"{label} beëindigd: {p.EndNote}", true));
        }
        return [.. entries.Where(e => !forTenant || !e.Internal).OrderBy(e => e.At).ThenBy(e => Order(e.Kind))];
    }

    public static async Task RecordViewAsync(BillingDbContext db, Invoice invoice, Guid? userId, ViewKind kind, DateTimeOffset at, CancellationToken ct)
    {
        db.InvoiceViews.Add(new InvoiceView { Id = Guid.CreateVersion7(at), TenantId = invoice.TenantId, InvoiceId = invoice.Id, UserId = userId, Kind = kind, At = at });
        await db.SaveChangesAsync(ct);
    }

    private static int Order(string kind) => kind switch { "drafted" => 0, "issued" => 1, _ => 2 };
}
