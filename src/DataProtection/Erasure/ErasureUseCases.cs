using DataProtection.Changes;
using DataProtection.Export;
using DataProtection.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Kernel.Formatting;

namespace DataProtection.Erasure;

/// <param name="Choice"><c>ReturnThenDelete</c> or <c>Delete</c>.</param>
/// <param name="Confirmed">The tenant admin confirms that everything will be erased after the waiting period.</param>
public sealed record ErasureChoiceRequest(string? Choice, bool Confirmed);

/// <summary>The tenant chooses return-then-delete or delete after its contract ended, and confirms: the erasure is
/// scheduled after the waiting period; with "return" an export starts now.</summary>
internal sealed class ConfirmErasure(DataProtectionDbContext db, TenantContext tenant, ITenantDirectory directory, RequestExport exports,
    IOptions<TenantDataOptions> options, TimeProvider clock)
{
    public async Task<Outcome<ErasureRequest>> RunAsync(ErasureChoiceRequest request, Guid? userId, CancellationToken ct)
    {
        if (tenant.TenantId is not { } tenantId || await directory.FindAsync(tenantId, ct) is not { } summary) return Outcome<ErasureRequest>.Missing();
        var now = clock.GetUtcNow();
        if (!ErasureRules.MayRequest(summary.TerminationEffectiveOn, Dutch.DayOf(now)))
            return Outcome<ErasureRequest>.Conflicting(summary.TerminationEffectiveOn is { } end
                ? $"De verwerkersovereenkomst loopt nog tot {Dutch.Date(end.AddDays(-1))}. Verwijderen kan pas nadat ze beëindigd is."
                : "De overeenkomst is niet opgezegd. Verwijderen kan pas nadat ze beëindigd is.");
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<ErasureChoice>(request.Choice, ignoreCase: true, out var choice) || !Enum.IsDefined(choice))
            errors["choice"] = ["Kies tussen terugbezorgen en verwijderen, of enkel verwijderen."];
        if (!request.Confirmed)
            errors["confirmed"] = ["Bevestig dat alle persoonsgegevens na de wachttermijn onherroepelijk verwijderd worden."];
        if (errors.Count > 0) return Outcome<ErasureRequest>.Invalid(errors);
        if (await db.Erasures.AnyAsync(e => e.Status != ErasureStatus.Cancelled, ct))
            return Outcome<ErasureRequest>.Conflicting("Er is al een verwijdering gepland of uitgevoerd.");
        var erasure = new ErasureRequest
        {
            Id = Guid.CreateVersion7(now), Choice = choice, Status = ErasureStatus.Scheduled, ConfirmedAt = now, ConfirmedBy = userId,
            ScheduledFor = ErasureRules.ScheduledFor(now, options.Value.ErasureWaitingPeriod),
        };
        if (choice == ErasureChoice.ReturnThenDelete)
        {
            var export = await exports.RunAsync(userId, ct);
            erasure.ExportId = export.Value?.Id ?? await db.Exports.Where(e => e.Status == ExportStatus.Queued || e.Status == ExportStatus.Running)
                .Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
        }
        db.Erasures.Add(erasure);
        await db.SaveChangesAsync(ct);
        return Outcome<ErasureRequest>.Success(erasure);
    }
}

/// <summary>Cancels a scheduled erasure during the waiting period.</summary>
internal sealed class CancelErasure(DataProtectionDbContext db, TimeProvider clock)
{
    public async Task<Outcome<ErasureRequest>> RunAsync(Guid erasureId, Guid? userId, CancellationToken ct)
    {
        var erasure = await db.Erasures.FirstOrDefaultAsync(e => e.Id == erasureId, ct);
        if (erasure is null) return Outcome<ErasureRequest>.Missing();
        var now = clock.GetUtcNow();
        if (!ErasureRules.MayCancel(erasure.Status, erasure.ScheduledFor, now))
            return Outcome<ErasureRequest>.Conflicting("Deze verwijdering kan niet meer geannuleerd worden.");
        (erasure.Status, erasure.CancelledAt, erasure.CancelledBy, erasure.Claim) = (ErasureStatus.Cancelled, now, userId, Guid.NewGuid());
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Outcome<ErasureRequest>.Conflicting("Deze verwijdering kan niet meer geannuleerd worden."); }
        return Outcome<ErasureRequest>.Success(erasure);
    }
}
