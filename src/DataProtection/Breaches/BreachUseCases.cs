using DataProtection.Changes;
using DataProtection.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Mail;
using Platform.Kernel.Privacy;

namespace DataProtection.Breaches;

public sealed record BreachRequest(string? Title, DateTimeOffset? DetectedAt, string? Nature, string? Consequences, string? MeasuresTaken, string? MeasuresProposed);

/// <param name="Tenant">The affected tenant's slug.</param>
/// <param name="ApproximateCount">A number, or text in Belgian notation ("1.200", "1 200").</param>
public sealed record ImpactRequest(string? Tenant, string? Categories,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(Platform.Kernel.Text.DutchWholeNumberJsonConverter))] int? ApproximateCount);

public sealed record BreachTextRequest(string? Text);

/// <summary>Records a breach with the content of its notification (8.2).</summary>
internal sealed class RecordBreach(DataProtectionDbContext db, TimeProvider clock)
{
    public async Task<Outcome<Breach>> RunAsync(BreachRequest r, Guid? userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        Text(errors, "title", r.Title, "Geef de inbreuk een korte titel", 200);
        Text(errors, "nature", r.Nature, "Beschrijf de aard van de inbreuk", 4000);
        Text(errors, "consequences", r.Consequences, "Beschrijf de waarschijnlijke gevolgen", 4000);
        Text(errors, "measuresTaken", r.MeasuresTaken, "Beschrijf de genomen maatregelen", 4000);
        if (r.MeasuresProposed?.Length > 4000) errors["measuresProposed"] = ["De voorgestelde maatregelen zijn te lang (maximaal 4000 tekens)."];
        if (r.DetectedAt is not { } detected) errors["detectedAt"] = ["Geef het tijdstip waarop de inbreuk ontdekt werd."];
        else if (detected > now) errors["detectedAt"] = ["Het tijdstip van ontdekking ligt in de toekomst."];
        if (errors.Count > 0) return Outcome<Breach>.Invalid(errors);
        var breach = new Breach
        {
            Id = Guid.CreateVersion7(now), Title = r.Title!.Trim(), DetectedAt = r.DetectedAt!.Value.ToUniversalTime(), RecordedAt = now, RecordedBy = userId,
            Nature = r.Nature!.Trim(), Consequences = r.Consequences!.Trim(), MeasuresTaken = r.MeasuresTaken!.Trim(),
            MeasuresProposed = string.IsNullOrWhiteSpace(r.MeasuresProposed) ? null : r.MeasuresProposed.Trim(),
        };
        db.Breaches.Add(breach);
        await db.SaveChangesAsync(ct);
        return Outcome<Breach>.Success(breach);
    }

    internal static void Text(Dictionary<string, string[]> errors, string field, string? value, string missing, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = [missing + "."];
        else if (value.Trim().Length > max) errors[field] = [$"De tekst is te lang (maximaal {max} tekens)."];
    }
}

/// <summary>Adds an affected tenant with its categories and approximate number of data subjects.</summary>
internal sealed class AddAffectedTenant(DataProtectionDbContext db, ITenantDirectory directory, ITenantScopeFactory scopes, TimeProvider clock)
{
    public async Task<Outcome<BreachImpact>> RunAsync(Guid breachId, ImpactRequest r, CancellationToken ct)
    {
        var breach = await db.Breaches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == breachId, ct);
        if (breach is null) return Outcome<BreachImpact>.Missing();
        if (breach.ClosedAt is not null) return Outcome<BreachImpact>.Conflicting("De inbreuk is afgesloten.");
        var errors = new Dictionary<string, string[]>();
        var tenant = string.IsNullOrWhiteSpace(r.Tenant) ? null : await directory.FindBySlugAsync(r.Tenant.Trim(), ct);
        if (tenant is null) errors["tenant"] = ["Kies het getroffen lokaal bestuur."];
        RecordBreach.Text(errors, "categories", r.Categories, "Geef de categorieën van betrokkenen en persoonsgegevens", 1000);
        if (r.ApproximateCount is not ({ } n and >= 0)) errors["approximateCount"] = ["Geef het geschatte aantal betrokkenen (0 of meer)."];
        if (errors.Count > 0) return Outcome<BreachImpact>.Invalid(errors);
        await using var scope = await scopes.BeginAsync(tenant!.Id, ct);
        var tenantDb = scope.ServiceProvider.GetRequiredService<DataProtectionDbContext>();
        if (await tenantDb.BreachImpacts.AnyAsync(i => i.BreachId == breachId, ct))
            return Outcome<BreachImpact>.Invalid("tenant", $"{tenant.Name} staat al bij de getroffen lokale besturen.");
        var impact = new BreachImpact { Id = Guid.CreateVersion7(clock.GetUtcNow()), BreachId = breachId, Categories = r.Categories!.Trim(), ApproximateCount = r.ApproximateCount!.Value };
        tenantDb.BreachImpacts.Add(impact);
        await tenantDb.SaveChangesAsync(ct);
        return Outcome<BreachImpact>.Success(impact);
    }
}

/// <summary>Notifies every affected tenant not yet told: a Dutch mail with a PDF carrying exactly its part (8.2), to its
/// DPO contacts (else SPOC). Each tenant once; the impact row records when and to whom.</summary>
internal sealed class NotifyBreach(DataProtectionDbContext db, ITenantDirectory directory, ITenantScopeFactory scopes, TimeProvider clock)
{
    public async Task<Outcome<int>> RunAsync(Guid breachId, CancellationToken ct)
    {
        var breach = await db.Breaches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == breachId, ct);
        if (breach is null) return Outcome<int>.Missing();
        var pending = await AcrossTenants.BreachImpacts(db).AsNoTracking().Where(i => i.BreachId == breachId && i.NotifiedAt == null).ToListAsync(ct);
        if (pending.Count == 0) return Outcome<int>.Conflicting("Alle getroffen lokale besturen zijn al verwittigd.");
        var updates = await db.BreachUpdates.AsNoTracking().Where(u => u.BreachId == breachId).OrderBy(u => u.At).ToListAsync(ct);
        var told = 0;
        foreach (var pendingImpact in pending)
        {
            var tenant = await directory.FindAsync(pendingImpact.TenantId, ct);
            if (tenant is null) continue;
            await using var scope = await scopes.BeginAsync(tenant.Id, ct);
            var tenantDb = scope.ServiceProvider.GetRequiredService<DataProtectionDbContext>();
            var impact = await tenantDb.BreachImpacts.FirstAsync(i => i.Id == pendingImpact.Id, ct);
            if (impact.NotifiedAt is not null) continue;
            var recipients = await scope.ServiceProvider.GetRequiredService<ITenantPrivacyContacts>().RecipientsAsync(tenant.Id, ct);
            var now = clock.GetUtcNow();
            (impact.NotifiedAt, impact.Recipients) = (now, string.Join(", ", recipients.Select(r => r.Email)));
            await tenantDb.SaveChangesAsync(ct);
            var pdf = BreachPdf.Render(breach, impact, updates, tenant.Name, now);
            var (subject, body) = BreachMails.Notification(breach, impact, tenant.Name);
            var mail = scope.ServiceProvider.GetRequiredService<IMailSender>();
            foreach (var r in recipients)
                await mail.SendAsync(new OutgoingMail(r.Email, subject, body, Attachments: [new MailAttachment(BreachPdf.FileName(breach), "application/pdf", pdf)]), ct);
            told++;
        }
        return Outcome<int>.Success(told);
    }
}

/// <summary>A follow-up, mailed to the affected tenants already notified; or closing the breach with lessons learned.</summary>
internal sealed class FollowUpBreach(DataProtectionDbContext db, ITenantDirectory directory, ITenantPrivacyContacts contacts, IMailSender mail, TimeProvider clock)
{
    public async Task<Outcome<BreachUpdate>> UpdateAsync(Guid breachId, BreachTextRequest r, CancellationToken ct)
    {
        var breach = await db.Breaches.FirstOrDefaultAsync(b => b.Id == breachId, ct);
        if (breach is null) return Outcome<BreachUpdate>.Missing();
        if (breach.ClosedAt is not null) return Outcome<BreachUpdate>.Conflicting("De inbreuk is afgesloten.");
        var errors = new Dictionary<string, string[]>();
        RecordBreach.Text(errors, "text", r.Text, "Schrijf de update", 4000);
        if (errors.Count > 0) return Outcome<BreachUpdate>.Invalid(errors);
        var update = new BreachUpdate { Id = Guid.CreateVersion7(clock.GetUtcNow()), BreachId = breachId, At = clock.GetUtcNow(), Text = r.Text!.Trim() };
        db.BreachUpdates.Add(update);
        await db.SaveChangesAsync(ct);
        foreach (var impact in await AcrossTenants.BreachImpacts(db).AsNoTracking().Where(i => i.BreachId == breachId && i.NotifiedAt != null).ToListAsync(ct))
        {
            var tenant = await directory.FindAsync(impact.TenantId, ct);
            var (subject, body) = BreachMails.Update(breach, update, tenant?.Name ?? "");
            foreach (var c in await contacts.RecipientsAsync(impact.TenantId, ct))
                await mail.SendAsync(new OutgoingMail(c.Email, subject, body), ct);
        }
        return Outcome<BreachUpdate>.Success(update);
    }

    public async Task<Outcome<Breach>> CloseAsync(Guid breachId, BreachTextRequest r, CancellationToken ct)
    {
        var breach = await db.Breaches.FirstOrDefaultAsync(b => b.Id == breachId, ct);
        if (breach is null) return Outcome<Breach>.Missing();
        if (breach.ClosedAt is not null) return Outcome<Breach>.Conflicting("De inbreuk is al afgesloten.");
        var errors = new Dictionary<string, string[]>();
        RecordBreach.Text(errors, "lessonsLearned", r.Text, "Noteer de lessen die getrokken zijn", 4000);
        if (errors.Count > 0) return Outcome<Breach>.Invalid(errors);
        if (await AcrossTenants.BreachImpacts(db).AnyAsync(i => i.BreachId == breachId && i.NotifiedAt == null, ct))
            return Outcome<Breach>.Conflicting("Verwittig eerst alle getroffen lokale besturen.");
        (breach.ClosedAt, breach.LessonsLearned) = (clock.GetUtcNow(), r.Text!.Trim());
        await db.SaveChangesAsync(ct);
        return Outcome<Breach>.Success(breach);
    }
}
