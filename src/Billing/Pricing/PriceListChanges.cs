using Billing.Domain;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Billing.Pricing;

/// <summary>A version of the price list as shown to finance: when it was entered and how many tenants were told.</summary>
internal sealed record PriceListVersionView(PriceListVersion Version, DateTimeOffset? EnteredAt, int TenantsTold);

/// <summary>Finance enters a fee table for a coming year; every tenant's admins are told at once (<see cref="PriceChangeNotifier"/>).
/// A change for this year or an earlier one, a second table for a year, or tiers with gaps or overlaps are refused.
/// Used by the API and the price list page alike.</summary>
internal sealed class PriceListChanges(BillingDbContext db, PriceChangeNotifier notifier, TimeProvider clock)
{
    public const string TiersRule = "De schijven moeten bij 0 inwoners beginnen, op elkaar aansluiten zonder gaten of overlappingen, " +
                                    "alleen de laatste schijf is open en geen bedrag is negatief.";

    public async Task<IReadOnlyList<PriceListVersionView>> VersionsAsync(CancellationToken ct)
    {
        var list = await new PriceListStore(db).LoadAsync(ct);
        var entered = await db.PriceList.AsNoTracking().ToDictionaryAsync(p => p.EffectiveYear, p => p.EnteredAt, ct);
        var told = await db.PriceChangeNotices.AsNoTracking().GroupBy(n => n.EffectiveYear)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return [.. list.Versions.Select(v => new PriceListVersionView(v, entered.TryGetValue(v.EffectiveYear, out var at) ? at : null,
            told.GetValueOrDefault(v.EffectiveYear)))];
    }

    public async Task<Outcome<PriceListVersion>> AddAsync(PriceListRequest request, Guid? userId, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var currentYear = FeeService.Today(clock).Year;
        if (request.EffectiveYear <= currentYear || request.EffectiveYear > 9999)
            errors["effectiveYear"] = [$"Een prijswijziging wordt vooraf ingevoerd: kies een jaar na {currentYear}."];
        PriceListVersion? version = null;
        try
        {
            version = new PriceListVersion(request.EffectiveYear,
                (request.Tiers ?? []).Select((t, i) => new PriceTier(i + 1, t.From, t.To, t.AnnualFee)));
        }
        catch (ArgumentException)
        {
            errors["tiers"] = [TiersRule];
        }
        if (version is not null && version.Tiers.Any(t => decimal.Round(t.AnnualFee, 2) != t.AnnualFee))
            errors["tiers"] = ["Bedragen hebben hoogstens twee cijfers na de komma."];
        if (errors.Count > 0) return Outcome<PriceListVersion>.Invalid(errors);
        if (await db.PriceList.AnyAsync(p => p.EffectiveYear == request.EffectiveYear, ct))
            return Outcome<PriceListVersion>.Conflicting($"Er is al een prijslijst vanaf {request.EffectiveYear}.");
        db.PriceList.Add(new PriceListEntry
        {
            EffectiveYear = version!.EffectiveYear, TiersJson = PriceListStore.ToJson(version), EnteredAt = clock.GetUtcNow(), EnteredBy = userId,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Outcome<PriceListVersion>.Conflicting($"Er is al een prijslijst vanaf {request.EffectiveYear}."); // entered at the same moment elsewhere
        }
        await notifier.NotifyAsync(version, ct);
        return Outcome<PriceListVersion>.Success(version);
    }
}
