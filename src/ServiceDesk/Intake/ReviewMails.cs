using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceDesk.Mails;
using ServiceDesk.Persistence;

namespace ServiceDesk.Intake;

public sealed record ReviewMailSummary(Guid Id, DateTimeOffset ReceivedAt, string Reason, string ReasonText, string FromAddress, string? FromName,
    string Subject, string Body, string? Remarks, IReadOnlyList<string> Attachments);

public sealed record AttachReviewMailRequest(string? Tenant);

/// <summary>The "Onbekende afzender" list: mails the intake could not place. An agent attaches one to a tenant (it becomes a
/// new incident, received when the mailbox received it) or discards it (deleted: nothing personal is kept).</summary>
internal sealed class ReviewMails(
    ServiceDeskDbContext db, ITenantStore tenants, ITenantScopeFactory scopes, IncidentMailDelivery delivery, ILogger<ReviewMails> logger)
{
    private const string StaffOnly = "Alleen servicedeskmedewerkers behandelen de lijst onbekende afzenders.";

    public async Task<Outcome<List<ReviewMailSummary>>> ListAsync(Actor actor, CancellationToken ct)
    {
        if (!actor.IsStaff) return Outcome<List<ReviewMailSummary>>.Denied(StaffOnly);
        var rows = await db.ReviewMails.AsNoTracking().Include(m => m.Attachments).OrderBy(m => m.ReceivedAt).Take(500).ToListAsync(ct);
        return Outcome<List<ReviewMailSummary>>.Success(rows.Select(m => new ReviewMailSummary(
            m.Id, ClockReadings.InBrussels(m.ReceivedAt), m.Reason.ToString(), ReasonText(m.Reason), m.FromAddress, m.FromName, m.Subject, m.Body,
            m.Remarks, m.Attachments.Select(a => a.FileName).ToList())).ToList());
    }

    public async Task<Outcome<Guid>> AttachAsync(Guid id, string? tenantSlug, Actor actor, CancellationToken ct)
    {
        if (!actor.IsStaff) return Outcome<Guid>.Denied(StaffOnly);
        if (string.IsNullOrWhiteSpace(tenantSlug)) return Outcome<Guid>.Invalid("tenant", "Kies het lokaal bestuur waaraan je de e-mail koppelt.");
        var tenant = await tenants.FindByIdentifierAsync(tenantSlug.Trim(), ct);
        if (tenant is null) return Outcome<Guid>.Invalid("tenant", "Dit lokaal bestuur bestaat niet.");
        await using var scope = await scopes.BeginAsync(tenant.Id, ct);
        var tenantDb = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        var review = await tenantDb.ReviewMails.Include(m => m.Attachments).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (review is null) return Outcome<Guid>.Missing();
        var email = Platform.Kernel.Text.EmailAddresses.IsValid(review.FromAddress) ? review.FromAddress : null;
        var files = review.Attachments.Select(a => new IncomingMail.File(a.FileName, a.ContentType, a.Content)).ToList();
        var history = $"Uit de lijst onbekende afzenders gekoppeld door {actor.Name}." + (review.Remarks is { } r ? " " + r : "");
        var (incident, mails) = await scope.ServiceProvider.GetRequiredService<MailIncidents>().BuildAsync(
            tenant, new MailIncidents.Sender(null, review.FromName ?? review.FromAddress, email), review.Subject, review.Body, files,
            review.ReceivedAt, actor, history[..Math.Min(history.Length, 2000)], ct);
        tenantDb.Incidents.Add(incident);
        tenantDb.IncidentMails.AddRange(mails);
        tenantDb.ReviewMails.Remove(review);
        try
        {
            await tenantDb.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<Guid>.Missing(); // attached or discarded by someone else just now
        }
        logger.LogInformation("Review mail {ReviewId} attached to tenant {TenantId} as incident {IncidentId}", id, tenant.Id, incident.Id);
        foreach (var m in mails) await delivery.DeliverAsync(tenant.Id, m.Id, ct);
        return Outcome<Guid>.Success(incident.Id);
    }

    public async Task<Outcome<Guid>> DiscardAsync(Guid id, Actor actor, CancellationToken ct)
    {
        if (!actor.IsStaff) return Outcome<Guid>.Denied(StaffOnly);
        var deleted = await db.ReviewMails.Where(m => m.Id == id).ExecuteDeleteAsync(ct);
        if (deleted == 0) return Outcome<Guid>.Missing();
        logger.LogInformation("Review mail {ReviewId} discarded by {ActorId}", id, actor.Id);
        return Outcome<Guid>.Success(id);
    }

    public static string ReasonText(ReviewReason reason) => reason switch
    {
        ReviewReason.TooLarge => "Te groot",
        ReviewReason.Unreadable => "Onleesbaar",
        _ => "Onbekende afzender",
    };
}
