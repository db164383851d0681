using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;
using Platform.Kernel.Security;
using ServiceDesk.Mails;
using ServiceDesk.Persistence;

namespace ServiceDesk.Intake;

/// <summary>
/// Turns one mail into exactly one outcome — a new incident, a message on an incident (reopening or confirming it), a
/// review-list entry or nothing (auto-replies, bounces, loops) — saved in one transaction with the mail's claim. When the
/// claim is already taken (another node, or an earlier run that could not move the mail) nothing is written.
/// </summary>
internal sealed class MailImporter(
    ServiceDeskDbContext db, ITenantScopeFactory scopes, IServiceScopeFactory plainScopes, IPlatformUsers users, ITenantStore tenants, IncidentMailDelivery delivery,
    TimeProvider clock, ILogger<MailImporter> logger)
{
    public sealed record Claim(string Mailbox, long UidValidity, long Uid);

    /// <param name="ClaimedAt">For a mail claimed before: when; the job moves such a mail itself only when the claim is old
    /// (its importer stopped before moving it), else the importer moves it — two nodes moving one mail would copy it twice.</param>
    public sealed record Handled(IntakeOutcome Outcome, Guid? IncidentId, bool AlreadyClaimed = false, DateTimeOffset? ClaimedAt = null);

    public async Task<Handled?> ClaimedAsync(Claim claim, CancellationToken ct) =>
        await db.ImportedMails.AsNoTracking()
            .Where(m => m.Mailbox == claim.Mailbox && m.UidValidity == claim.UidValidity && m.Uid == claim.Uid)
            .Select(m => new Handled(m.Outcome, m.IncidentId, true, m.ImportedAt)).FirstOrDefaultAsync(ct);

    public async Task<Handled> ImportAsync(Claim claim, MimeMessage message, DateTimeOffset receivedAt, CancellationToken ct)
    {
        if (await ClaimedAsync(claim, ct) is { } earlier) return earlier;
        var mail = IncomingMail.Read(message);
        if (mail.IgnoreReason is { } why)
        {
            logger.LogInformation("Mail UID {Uid} ignored: {Reason}", claim.Uid, why);
            return await SaveGlobalAsync(claim, IntakeOutcome.Ignored, why, null, ct);
        }
        var sender = await users.FindActiveByEmailAsync(mail.FromAddress!, ct);
        if (sender is not { TenantId: { } senderTenant } || !Roles.IsTenantBound(sender.Role)) sender = null;

        var target = await FindThreadAsync(mail, ct);
        if (target is { } t)
        {
            if (sender is null || sender.TenantId != t.TenantId)
            {
                // A forged From, or a reporter of another tenant naming this incident: it never adds to it.
                logger.LogWarning("Mail UID {Uid} names incident {IncidentId} but its sender is no reporter of that tenant; to review", claim.Uid, t.Id);
                return await ReviewAsync(claim, Review(mail, receivedAt, ReviewReason.UnknownSender,
                    "Verwijst naar een incident van een lokaal bestuur waarvan de afzender geen melder is; niet toegevoegd."), ct);
            }
            return await AddToIncidentAsync(claim, t.Id, t.TenantId, sender, mail, receivedAt, ct);
        }
        if (sender is null)
        {
            logger.LogInformation("Mail UID {Uid} from an unknown sender; to review", claim.Uid);
            return await ReviewAsync(claim, Review(mail, receivedAt, ReviewReason.UnknownSender, null), ct);
        }
        return await NewIncidentAsync(claim, sender, mail, receivedAt, null, ct);
    }

    /// <summary>A mail the intake cannot read or that is too large: only its headers go to the review list.</summary>
    public async Task<Handled> ReviewAsync(Claim claim, ReviewMail review, CancellationToken ct)
    {
        if (await ClaimedAsync(claim, ct) is { } earlier) return earlier;
        db.ReviewMails.Add(review);
        return await SaveGlobalAsync(claim, IntakeOutcome.Review, review.Reason.ToString(), null, ct);
    }

    public static ReviewMail Review(IncomingMail mail, DateTimeOffset receivedAt, ReviewReason reason, string? remark) => new()
    {
        Id = Guid.CreateVersion7(receivedAt), ReceivedAt = receivedAt.ToUniversalTime(), Reason = reason,
        FromAddress = mail.FromAddress ?? "(onbekend)", FromName = mail.FromName, Subject = mail.Subject, Body = mail.Text,
        Remarks = Join([.. mail.Remarks, .. remark is null ? Array.Empty<string>() : [remark]]),
        Attachments = mail.Attachments.Select(f => new ReviewMailAttachment
        {
            Id = Guid.NewGuid(), FileName = f.FileName, ContentType = f.ContentType, Content = f.Content,
        }).ToList(),
    };

    private async Task<Handled> NewIncidentAsync(
        Claim claim, PlatformUserSummary sender, IncomingMail mail, DateTimeOffset receivedAt, string? note, CancellationToken ct)
    {
        var tenant = await tenants.FindByIdAsync(sender.TenantId!.Value, ct);
        if (tenant is null) return await ReviewAsync(claim, Review(mail, receivedAt, ReviewReason.UnknownSender, null), ct);
        await using var scope = await scopes.BeginAsync(tenant.Id, ct);
        var tenantDb = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        var actor = ActorOf(sender);
        var history = Join(["Ontvangen per e-mail; urgentie en impact nog te bepalen door de servicedesk.", note, .. mail.Remarks])!;
        var (incident, mails) = await scope.ServiceProvider.GetRequiredService<MailIncidents>().BuildAsync(
            tenant, new MailIncidents.Sender(sender.Id, sender.DisplayName, sender.Email), mail.Subject, mail.Text, mail.Attachments,
            receivedAt, actor, history, ct);
        tenantDb.Incidents.Add(incident);
        tenantDb.IncidentMails.AddRange(mails);
        var result = await SaveAsync(tenantDb, claim, IntakeOutcome.NewIncident, null, incident.Id, ct);
        if (result.AlreadyClaimed) return result;
        logger.LogInformation("Mail UID {Uid} recorded as incident {IncidentId} ({Number})", claim.Uid, incident.Id, incident.Number);
        foreach (var m in mails) await delivery.DeliverAsync(incident.TenantId, m.Id, ct);
        return result;
    }

    private async Task<Handled> AddToIncidentAsync(
        Claim claim, Guid incidentId, Guid tenantId, PlatformUserSummary sender, IncomingMail mail, DateTimeOffset receivedAt, CancellationToken ct)
    {
        await using var scope = await scopes.BeginAsync(tenantId, ct);
        var tenantDb = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        var incident = await tenantDb.Incidents.Include(i => i.Events).FirstAsync(i => i.Id == incidentId, ct);
        var actor = ActorOf(sender);
        if (incident.Status == IncidentStatus.Closed)
        {
            // A closed incident takes no more messages: the mail starts a new one that names the old.
            return await NewIncidentAsync(claim, sender, mail, receivedAt, $"Antwoord op het gesloten incident {incident.Number}.", ct);
        }
        var now = clock.GetUtcNow();
        var text = mail.Remarks.Count == 0 ? mail.ReplyText : mail.ReplyText + "\n\n(" + string.Join(" ", mail.Remarks) + ")";
        tenantDb.IncidentEvents.Add(IncidentService.Event(incident, actor, now, IncidentEventKind.PublicReply, null, null, null, Cut(text, 10_000)));
        var existing = await tenantDb.Attachments.CountAsync(a => a.IncidentId == incident.Id, ct);
        foreach (var file in mail.Attachments.Take(Math.Max(0, AttachmentRules.MaxPerIncident - existing)))
        {
            var a = MailIncidents.AddAttachment(incident, file, actor, now);
            tenantDb.Attachments.Add(a);
            tenantDb.IncidentEvents.Add(incident.Events[^1]);
        }
        string? note = null;
        if (incident.Status == IncidentStatus.Resolved)
        {
            var reopening = scope.ServiceProvider.GetRequiredService<Reopening>();
            if (IsConfirmation(mail.ReplyText))
            {
                reopening.ApplyConfirm(tenantDb, incident, actor, "Oplossing bevestigd door de melder per e-mail.");
                note = "confirmed";
            }
            else
            {
                var reopened = await reopening.ApplyReopenAsync(tenantDb, incident, actor, Cut(mail.ReplyText, 1000), "Heropend door de melder per e-mail:", ct);
                note = reopened.Ok ? "reopened" : "not reopened (window passed)";
            }
        }
        var result = await SaveAsync(tenantDb, claim, IntakeOutcome.MessageAdded, note, incident.Id, ct);
        if (!result.AlreadyClaimed)
            logger.LogInformation("Mail UID {Uid} added to incident {IncidentId} {Note}", claim.Uid, incident.Id, note ?? "");
        return result;
    }

    /// <summary>The incident the mail answers: the number in its subject, else our Message-IDs in In-Reply-To/References.</summary>
    private async Task<(Guid Id, Guid TenantId)?> FindThreadAsync(IncomingMail mail, CancellationToken ct)
    {
        if (mail.NumberInSubject is { } number)
        {
            var byNumber = await AcrossTenants.Incidents(db).Where(i => i.Number == number)
                .Select(i => new { i.Id, i.TenantId }).FirstOrDefaultAsync(ct);
            if (byNumber is not null) return (byNumber.Id, byNumber.TenantId);
        }
        var ours = mail.ThreadIds.Where(IncidentMails.IsOurs).ToList();
        if (ours.Count == 0) return null;
        var roots = ours.Select(IncidentMails.IncidentOfThreadRoot).OfType<Guid>().ToList();
        var hit = await AcrossTenants.Incidents(db).Where(i => roots.Contains(i.Id)).Select(i => new { i.Id, i.TenantId }).FirstOrDefaultAsync(ct)
            ?? await AcrossTenants.IncidentMails(db).Where(m => ours.Contains(m.MessageId)).Select(m => new { Id = m.IncidentId, m.TenantId }).FirstOrDefaultAsync(ct);
        return hit is null ? null : (hit.Id, hit.TenantId);
    }

    /// <summary>A reply whose first line is just "opgelost" or "bevestigd" confirms the resolution (as the resolution mail says).</summary>
    internal static bool IsConfirmation(string text)
    {
        var first = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return first.Trim('.', '!', ' ').ToLowerInvariant() is "opgelost" or "bevestigd";
    }

    private Task<Handled> SaveGlobalAsync(Claim claim, IntakeOutcome outcome, string? note, Guid? incidentId, CancellationToken ct) =>
        SaveAsync(db, claim, outcome, note, incidentId, ct);

    /// <summary>The claim and the outcome in one SaveChanges (one transaction). A unique-index violation on the claim means
    /// another node imported the mail first: nothing of ours is written.</summary>
    private async Task<Handled> SaveAsync(ServiceDeskDbContext target, Claim claim, IntakeOutcome outcome, string? note, Guid? incidentId, CancellationToken ct)
    {
        target.ImportedMails.Add(new ImportedMail
        {
            Id = Guid.NewGuid(), Mailbox = claim.Mailbox, UidValidity = claim.UidValidity, Uid = claim.Uid,
            ImportedAt = clock.GetUtcNow(), Outcome = outcome, Note = note is null ? null : Cut(note, 300), IncidentId = incidentId,
        });
        try
        {
            await target.SaveChangesAsync(ct);
            return new Handled(outcome, incidentId);
        }
        catch (DbUpdateException)
        {
            target.ChangeTracker.Clear();
            if (!await ClaimedElsewhereAsync(claim)) throw;
            logger.LogInformation("Mail UID {Uid} was imported by another node", claim.Uid);
            return new Handled(outcome, null, AlreadyClaimed: true, ClaimedAt: clock.GetUtcNow());
        }
    }

    private async Task<bool> ClaimedElsewhereAsync(Claim claim)
    {
        await using var scope = plainScopes.CreateAsyncScope();
        var fresh = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        return await fresh.ImportedMails.AnyAsync(m => m.Mailbox == claim.Mailbox && m.UidValidity == claim.UidValidity && m.Uid == claim.Uid);
    }

    private static Actor ActorOf(PlatformUserSummary user) => new(user.Id, user.DisplayName, user.Email, false, user.Role == Roles.TenantAdmin, user.TenantId);

    private static string? Join(IEnumerable<string?> parts)
    {
        var text = string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return text.Length == 0 ? null : Cut(text, 2000);
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..(char.IsHighSurrogate(s[max - 1]) ? max - 1 : max)];
}
