using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Formatting;

namespace Billing.Dunning;

/// <param name="Kind"><c>hold</c> or <c>dispute</c>.</param>
internal sealed record PauseRequest(string? Kind, string? Reason);

internal sealed record EndPauseRequest(string? Note);

/// <summary>Finance puts an issued invoice on hold or in dispute (no reminders while it lasts) and ends it with a note.</summary>
internal sealed class DunningPauses(BillingDbContext db, TimeProvider clock, ILogger<DunningPauses> log)
{
    public const int TextMax = 1000;

    public static async Task<HashSet<Guid>> PausedAsync(BillingDbContext db, IReadOnlyCollection<Guid> invoiceIds, CancellationToken ct) =>
        [.. await db.DunningPauses.AsNoTracking().Where(p => p.EndedAt == null && invoiceIds.Contains(p.InvoiceId)).Select(p => p.InvoiceId).ToListAsync(ct)];

    public async Task<List<DunningPause>> OfAsync(Guid invoiceId, CancellationToken ct) =>
        [.. (await db.DunningPauses.AsNoTracking().Where(p => p.InvoiceId == invoiceId).ToListAsync(ct)).OrderBy(p => p.StartedAt)];

    public async Task<Outcome<DunningPause>> StartAsync(Guid invoiceId, PauseRequest request, Guid? by, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        PauseKind kind = default;
        if (request.Kind?.Trim().ToLowerInvariant() is "hold") kind = PauseKind.Hold;
        else if (request.Kind?.Trim().ToLowerInvariant() is "dispute") kind = PauseKind.Dispute;
        else errors["kind"] = ["Kies on hold (hold) of betwist (dispute)."];
        if (string.IsNullOrWhiteSpace(request.Reason)) errors["reason"] = ["Geef een reden."];
        else if (request.Reason.Trim().Length > TextMax) errors["reason"] = [$"De reden is te lang (hoogstens {TextMax} tekens)."];
        if (errors.Count > 0) return Outcome<DunningPause>.Invalid(errors);

        var invoice = await AcrossTenants.Invoices(db).AsNoTracking().FirstOrDefaultAsync(i => i.Id == invoiceId, ct);
        if (invoice is null) return Outcome<DunningPause>.Missing();
        if (invoice.Status != InvoiceStatus.Issued) return Outcome<DunningPause>.Conflicting("Alleen een uitgegeven factuur kan on hold of betwist staan.");
        if (await db.DunningPauses.AsNoTracking().FirstOrDefaultAsync(p => p.InvoiceId == invoiceId && p.EndedAt == null, ct) is { } open)
            return Outcome<DunningPause>.Conflicting($"Deze factuur staat al {open.Kind.ToDutch().ToLowerInvariant()} sinds {Dutch.DateTime(open.StartedAt)}; beëindig dat eerst.");
        var now = clock.GetUtcNow();
        var pause = new DunningPause
        {
            Id = Guid.CreateVersion7(now), TenantId = invoice.TenantId, InvoiceId = invoiceId, Kind = kind, Reason = request.Reason!.Trim(),
            StartedAt = now, StartedBy = by,
        };
        db.DunningPauses.Add(pause);
        await db.SaveChangesAsync(ct);
        log.LogInformation("Invoice {InvoiceId} put {Kind} by {UserId}", invoiceId, kind, by);
        return Outcome<DunningPause>.Success(pause);
    }

    public async Task<Outcome<DunningPause>> EndAsync(Guid invoiceId, EndPauseRequest request, Guid? by, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Note)) return Outcome<DunningPause>.Invalid("note", "Geef een notitie: hoe werd het opgelost?");
        if (request.Note.Trim().Length > TextMax) return Outcome<DunningPause>.Invalid("note", $"De notitie is te lang (hoogstens {TextMax} tekens).");
        if (!await AcrossTenants.Invoices(db).AnyAsync(i => i.Id == invoiceId, ct)) return Outcome<DunningPause>.Missing();
        var pause = await db.DunningPauses.FirstOrDefaultAsync(p => p.InvoiceId == invoiceId && p.EndedAt == null, ct);
        if (pause is null) return Outcome<DunningPause>.Conflicting("Deze factuur staat niet on hold of betwist.");
        pause.EndedAt = clock.GetUtcNow();
        pause.EndedBy = by;
        pause.EndNote = request.Note.Trim();
        await db.SaveChangesAsync(ct);
        log.LogInformation("{Kind} of invoice {InvoiceId} ended by {UserId}", pause.Kind, invoiceId, by);
        return Outcome<DunningPause>.Success(pause);
    }
}
