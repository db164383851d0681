using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Fees;
using Platform.Kernel.Formatting;
using Platform.Kernel.Import;
using Platform.Kernel.Tenancy;
using Platform.Kernel.Text;
using Tenants.Audit;
using Tenants.Directory;
using Tenants.Domain.Checks;
using Tenants.Domain.Identity;
using Tenants.Onboarding;
using Tenants.Persistence;

namespace Tenants.Population;

/// <param name="Year">Text, so <c>2.026</c> or a typo is refused with a message rather than dropped.</param>
public sealed record PopulationUploadRequest(string? Year, string? Source, DateOnly? PublishedOn, string? FileName, byte[]? Content);

/// <summary>The yearly population table of every municipality (Gemeente-Stadsmonitor / Statbel), uploaded by a platform
/// admin or finance: <see cref="PreviewAsync"/> reads and checks it and keeps the result under a token;
/// <see cref="ApplyAsync"/> writes exactly that preview, for every tenant at once or for none.</summary>
internal sealed class PopulationImport(TenantsDbContext db, IFeeTiers feeTiers, ITenantScopeFactory tenantScopes, TimeProvider clock)
{
    /// <summary>A preview older than this is refused: the tenants' figures may have moved on since.</summary>
    public static readonly TimeSpan PreviewLifetime = TimeSpan.FromHours(24);

    public async Task<Outcome<PopulationPreview>> PreviewAsync(PopulationUploadRequest request, Actor actor, CancellationToken ct)
    {
        var today = Dutch.Today(clock);
        var errors = new Dictionary<string, string[]>();
        var (year, yearError) = DutchNumbers.Whole(request.Year, "Het jaar");
        if (yearError is null && OnboardingValidation.InhabitantYear(year!.Value, today.Year) is { } range) yearError = range;
        if (yearError is not null) errors["year"] = [yearError];
        if (Check.Required(request.Source, "De bron", 200) is { } sourceError) errors["source"] = [sourceError];
        if (request.PublishedOn is not { } publishedOn) errors["publishedOn"] = ["De publicatiedatum is verplicht."];
        else if (publishedOn > today || publishedOn.Year < OnboardingValidation.FirstInhabitantsYear)
            errors["publishedOn"] = ["De publicatiedatum ligt in de toekomst of te ver in het verleden."];
        UploadedTable? table = null;
        PopulationColumns? columns = null;
        if (request.Content is not { Length: > 0 } content) errors["file"] = ["Kies een bestand (CSV of XLSX) met de inwonersaantallen."];
        else
        {
            try
            {
                table = UploadedTable.Read(request.FileName ?? "", content);
                columns = PopulationColumns.Find(table.Header);
                if (columns is null)
                    errors["file"] = ["De eerste rij moet de kolomnamen bevatten: een kolom \"NIS-code\" of \"Gemeente\" en een kolom \"Inwoners\"."];
            }
            catch (UploadedTableException e)
            {
                errors["file"] = [e.Message];
            }
        }
        if (errors.Count > 0) return Outcome<PopulationPreview>.Invalid(errors);

        var tenants = await db.Tenants.AsNoTracking().Include(t => t.Inhabitants).OrderBy(t => t.Name).ToListAsync(ct);
        var tiers = await feeTiers.ForYearAsync(year!.Value, ct);
        var (rows, matches) = Judge(table!, columns!, tenants);
        var changes = matches.Select(m => Change(m.Tenant, m.Row, year.Value, tiers)).OrderBy(c => c.TenantName).ToList();
        var covered = changes.Select(c => c.TenantId).ToHashSet();
        var without = tenants.Where(t => !covered.Contains(t.Id) && t.Inhabitants.All(i => i.Year != year))
            .Select(t => new TenantWithoutFigure(t.Id, t.Slug, t.Name)).ToList();

        var now = clock.GetUtcNow();
        var token = Guid.NewGuid();
        var fileName = Path.GetFileName(request.FileName ?? "") is { Length: > 0 } f ? f[..Math.Min(f.Length, 255)] : "tabel";
        var preview = new PopulationPreview(token, year.Value, request.Source!.Trim(), request.PublishedOn!.Value, fileName, now, null, rows, changes, without);
        db.PopulationPreviews.Add(new StoredPopulationPreview
        {
            Id = token, Year = preview.Year, Source = preview.Source, PublishedOn = preview.PublishedOn, FileName = fileName,
            ContentJson = JsonSerializer.Serialize(preview, JsonSerializerOptions.Web), CreatedAt = now, CreatedBy = actor.Id,
        });
        await db.SaveChangesAsync(ct);
        return Outcome<PopulationPreview>.Success(preview);
    }

    public async Task<PopulationPreview?> FindAsync(Guid token, CancellationToken ct) =>
        await db.PopulationPreviews.AsNoTracking().FirstOrDefaultAsync(p => p.Id == token, ct) is { } stored ? Read(stored) : null;

    public async Task<Outcome<PopulationApplied>> ApplyAsync(Guid token, Actor actor, CancellationToken ct)
    {
        if (await db.PopulationPreviews.FirstOrDefaultAsync(p => p.Id == token, ct) is not { } stored) return Outcome<PopulationApplied>.Missing();
        var now = clock.GetUtcNow();
        var preview = Read(stored);
        if (stored.AppliedAt is { } applied)
            return Refused($"Deze tabel is al toegepast op {Dutch.DateTime(applied)}.");
        if (now - stored.CreatedAt > PreviewLifetime)
            return Refused("Dit voorbeeld is ouder dan 24 uur: lees het bestand opnieuw in.");
        if (preview.Refused > 0)
            return Refused($"De tabel bevat {preview.Refused} geweigerde {(preview.Refused == 1 ? "rij" : "rijen")}: er is niets toegepast. " +
                           "Verbeter het bestand en lees het opnieuw in.");

        var changed = preview.Changes.Where(c => c.Changed).ToList();
        var ids = changed.Select(c => c.TenantId).ToList();
        var tenants = await db.Tenants.Include(t => t.Inhabitants).Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        foreach (var c in changed)
        {
            if (!tenants.TryGetValue(c.TenantId, out var t) || t.Inhabitants.FirstOrDefault(i => i.Year == preview.Year)?.Count != c.Before)
                return Refused($"Het inwonersaantal van {c.TenantName} is na het voorbeeld gewijzigd: er is niets toegepast. Lees het bestand opnieuw in.");
        }
        foreach (var c in changed)
        {
            var t = tenants[c.TenantId];
            if (t.Inhabitants.FirstOrDefault(i => i.Year == preview.Year) is { } existing)
                (existing.Count, existing.Source, existing.PublishedOn) = (c.After, preview.Source, preview.PublishedOn);
            else
                t.Inhabitants.Add(new InhabitantCount { TenantId = t.Id, Year = preview.Year, Count = c.After, Source = preview.Source, PublishedOn = preview.PublishedOn });
        }
        stored.AppliedAt = now;
        stored.AppliedBy = actor.Id;

        // One transaction for the figures, the preview's "applied" mark and each tenant's audit entry (written in that tenant's
        // own scope, as the tenant stamp requires): all of it, or nothing.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refused("Deze tabel is intussen al toegepast.");
        }
        foreach (var c in changed)
        {
            await using var scope = await tenantScopes.BeginAsync(c.TenantId, ct);
            var tenantDb = scope.ServiceProvider.GetRequiredService<TenantsDbContext>();
            tenantDb.Database.SetDbConnection(db.Database.GetDbConnection());
            await tenantDb.Database.UseTransactionAsync(transaction.GetDbTransaction(), ct);
            tenantDb.Record(c.TenantId, actor, now, "inhabitants.imported",
                $"Inwoners op 1 januari {preview.Year}: {Dutch.Number(c.After)} (bron: {preview.Source}, gepubliceerd op {Dutch.Date(preview.PublishedOn)}; " +
                $"ingelezen uit {preview.FileName}, regel {c.Line})" + (c.Before is { } b ? $"; was {Dutch.Number(b)}" : ""));
            await tenantDb.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return Outcome<PopulationApplied>.Success(new PopulationApplied(token, preview.Year, changed.Count, preview.Changes.Count - changed.Count, now));

        static Outcome<PopulationApplied> Refused(string message) => Outcome<PopulationApplied>.Conflicting(message, "token");
    }

    private static PopulationPreview Read(StoredPopulationPreview stored) =>
        JsonSerializer.Deserialize<PopulationPreview>(stored.ContentJson, JsonSerializerOptions.Web)! with { AppliedAt = stored.AppliedAt };

    private static (List<PopulationPreviewRow> Rows, List<(Tenant Tenant, PopulationPreviewRow Row)> Matches) Judge(
        UploadedTable table, PopulationColumns columns, List<Tenant> tenants)
    {
        var byNis = tenants.Where(t => t.NisCode is not null).ToLookup(t => t.NisCode!);
        var byName = tenants.ToLookup(t => PopulationColumns.NameKey(t.Name));
        var rows = new List<PopulationPreviewRow>();
        var tenantsOfRow = new Dictionary<int, List<Tenant>>();
        foreach (var row in table.Rows)
        {
            var nisText = row.Cell(columns.Nis);
            var name = row.Cell(columns.Name);
            var (count, countError) = DutchNumbers.Whole(row.Cell(columns.Count), "Het aantal inwoners");
            string? nisError = null;
            var nis = nisText.Length == 0 ? null : NisCode.TryParse(nisText, out var code, out nisError) ? code.Value : null;
            PopulationPreviewRow Result(string status, string? reason) =>
                new(row.Line, nis ?? (nisText.Length > 0 ? nisText : null), name.Length > 0 ? name : null, count, status, reason);

            if (nisError is not null)
                rows.Add(Result(PopulationPreviewRow.Malformed, $"NIS-code \"{nisText}\": {nisError}"));
            else if (nis is null && name.Length == 0)
                rows.Add(Result(PopulationPreviewRow.Malformed, "Geen NIS-code en geen gemeentenaam."));
            else if (countError is not null)
                rows.Add(Result(PopulationPreviewRow.Malformed, countError));
            else if (OnboardingValidation.InhabitantCount(count) is { } rangeError)
                rows.Add(Result(PopulationPreviewRow.OutOfRange, rangeError));
            else
            {
                List<Tenant> byCode = nis is null ? [] : byNis[nis].ToList();
                List<Tenant> found = byCode.Count > 0 ? byCode : name.Length > 0 ? byName[PopulationColumns.NameKey(name)].ToList() : [];
                if (found.Count == 0)
                    rows.Add(Result(PopulationPreviewRow.Unmatched, nis is not null
                        ? $"Geen lokaal bestuur op het platform met NIS-code {nis}{(name.Length > 0 ? " of de naam " + name : "")}."
                        : $"Geen lokaal bestuur op het platform met de naam {name}."));
                else if (found.Count > 1 && byCode.Count == 0)
                    rows.Add(Result(PopulationPreviewRow.Ambiguous, $"Meerdere lokale besturen heten {name}: vul de NIS-code in."));
                else
                {
                    // A NIS code can belong to more than one tenant (a city and its OCMW): each gets the municipality's figure.
                    rows.Add(Result(PopulationPreviewRow.Matched, null));
                    tenantsOfRow[rows.Count - 1] = found;
                }
            }
        }

        MarkDuplicates(rows, tenantsOfRow);
        var matches = tenantsOfRow.SelectMany(kv => kv.Value.Select(t => (t, rows[kv.Key]))).ToList();
        return (rows, matches);
    }

    /// <summary>The same municipality twice (same NIS code or name on two rows, or two rows landing on one tenant) is
    /// refused: each such row becomes a duplicate naming the other lines, and matches no tenant.</summary>
    private static void MarkDuplicates(List<PopulationPreviewRow> rows, Dictionary<int, List<Tenant>> tenantsOfRow)
    {
        var others = new Dictionary<int, SortedSet<int>>();
        void Mark(IEnumerable<int> indexes)
        {
            var list = indexes.Distinct().ToList();
            if (list.Count < 2) return;
            foreach (var i in list)
            {
                if (!others.TryGetValue(i, out var set)) others[i] = set = [];
                foreach (var j in list.Where(j => j != i)) set.Add(rows[j].Line);
            }
        }
        foreach (var g in rows.Select((r, i) => (r, i)).Where(x => x.r.Status != PopulationPreviewRow.Malformed)
                     .GroupBy(x => x.r.NisCode is { } n ? "nis:" + n : "naam:" + PopulationColumns.NameKey(x.r.Name ?? "")))
            Mark(g.Select(x => x.i));
        foreach (var g in tenantsOfRow.SelectMany(kv => kv.Value.Select(t => (Tenant: t.Id, Index: kv.Key))).GroupBy(x => x.Tenant))
            Mark(g.Select(x => x.Index));
        foreach (var (i, lines) in others)
        {
            rows[i] = rows[i] with { Status = PopulationPreviewRow.Duplicate, Reason = $"Deze gemeente staat ook op regel {string.Join(", ", lines)}." };
            tenantsOfRow.Remove(i);
        }
    }

    private static PopulationChange Change(Tenant t, PopulationPreviewRow row, int year, IReadOnlyList<FeeTier> tiers)
    {
        var before = t.Inhabitants.FirstOrDefault(i => i.Year == year)?.Count;
        // Billing compares with the year's own figure, or else with the figure it used last: the latest earlier year.
        var compare = t.Inhabitants.Where(i => i.Year <= year).OrderByDescending(i => i.Year).FirstOrDefault();
        var tierBefore = FeeTier.Find(tiers, compare?.Count);
        var tierAfter = FeeTier.Find(tiers, row.Count);
        return new PopulationChange(t.Id, t.Slug, t.Name, row.Line, before, row.Count!.Value, compare?.Year, compare?.Count,
            tierBefore?.Name, tierBefore?.AnnualFee, tierAfter?.Name, tierAfter?.AnnualFee);
    }
}
