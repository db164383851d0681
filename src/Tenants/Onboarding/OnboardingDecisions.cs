using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using Platform.Kernel.Mail;
using Tenants.Audit;
using Tenants.Directory;
using Tenants.Domain.Checks;
using Tenants.Invitations;
using Tenants.Persistence;

namespace Tenants.Onboarding;

/// <param name="Reason">Why the request is rejected; mailed to the requester.</param>
public sealed record RejectOnboardingRequest(string? Reason);

/// <summary>A platform admin's decision on an onboarding request: approve (the tenant is created from the request and the
/// requester invited as its first admin) or reject with a reason that is mailed to the requester. Used by the API and
/// the /beheer/aanvragen pages alike.</summary>
internal sealed class OnboardingDecisions(TenantsDbContext db, TimeProvider clock, InvitationService invitations, IMailSender mail, OnboardTenant onboard)
{
    public const string AlreadyDecided = "Over deze aanvraag is al beslist.";

    public async Task<List<OnboardingRequest>> ListAsync(CancellationToken ct) =>
        (await db.OnboardingRequests.AsNoTracking().ToListAsync(ct)).OrderBy(r => r.Status).ThenBy(r => r.RequestedAt).ToList();

    public Task<OnboardingRequest?> FindAsync(Guid id, CancellationToken ct) =>
        db.OnboardingRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);

    public static OnboardTenantRequest Details(OnboardingRequest row) =>
        JsonSerializer.Deserialize<OnboardTenantRequest>(row.Payload, JsonSerializerOptions.Web)!;

    public async Task<Outcome<Tenant>> ApproveAsync(Guid id, HttpContext http, CancellationToken ct)
    {
        var row = await db.OnboardingRequests.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (row is null) return Outcome<Tenant>.Missing();
        if (row.Status != OnboardingRequestStatus.Pending) return Outcome<Tenant>.Conflicting(AlreadyDecided, "request");
        var actor = Actor.From(http.User);
        var created = await onboard.RunAsync(Details(row), actor, ct);
        if (created.ConflictField is { } conflict)
            return Outcome<Tenant>.Conflicting($"Er bestaat al een lokaal bestuur met deze {(conflict == "slug" ? "slug" : "KBO")}.", conflict);
        if (!created.Ok) return created;
        var tenant = created.Value!;
        row.Status = OnboardingRequestStatus.Approved;
        row.DecidedAt = clock.GetUtcNow();
        row.DecidedBy = actor.Name;
        row.TenantId = tenant.Id;
        await db.SaveChangesAsync(ct);
        await invitations.InviteAsync(tenant.Id, tenant.Name, row.RequesterEmail, row.RequesterName, actor, ct);
        return Outcome<Tenant>.Success(tenant);
    }

    public async Task<Outcome<OnboardingRequest>> RejectAsync(Guid id, RejectOnboardingRequest request, Actor actor, CancellationToken ct)
    {
        var row = await db.OnboardingRequests.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (row is null) return Outcome<OnboardingRequest>.Missing();
        if (row.Status != OnboardingRequestStatus.Pending) return Outcome<OnboardingRequest>.Conflicting(AlreadyDecided, "request");
        if (Check.Required(request.Reason, "De reden van de afwijzing", OnboardingRequest.MaxReasonLength) is { } error)
            return Outcome<OnboardingRequest>.Invalid("reason", error);
        var reason = request.Reason!.Trim();
        // Claim the decision atomically: of two admins deciding at once, only one rejects (and mails).
        var now = clock.GetUtcNow();
        var claimed = await db.OnboardingRequests.Where(r => r.Id == id && r.Status == OnboardingRequestStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, OnboardingRequestStatus.Rejected).SetProperty(r => r.DecidedAt, now)
                .SetProperty(r => r.DecidedBy, actor.Name).SetProperty(r => r.DecisionReason, reason), ct);
        if (claimed == 0) return Outcome<OnboardingRequest>.Conflicting(AlreadyDecided, "request");
        await mail.SendAsync(new OutgoingMail(row.RequesterEmail, $"Je aanvraag voor de Mijn Burgerprofiel-app van {row.Name}",
            $"Beste {row.RequesterName},\n\nDigitaal Vlaanderen heeft je aanvraag van {Dutch.Date(row.RequestedAt)} om {row.Name} aan te sluiten " +
            $"op het platform van de Mijn Burgerprofiel-app niet goedgekeurd.\n\nReden: {reason}\n\n" +
            "Heb je vragen, of wil je een nieuwe aanvraag indienen? Antwoord dan op deze e-mail.\n\n" +
            "Met vriendelijke groeten,\nDigitaal Vlaanderen"), ct);
        db.Entry(row).State = EntityState.Detached;
        (row.Status, row.DecidedAt, row.DecidedBy, row.DecisionReason) = (OnboardingRequestStatus.Rejected, now, actor.Name, reason);
        return Outcome<OnboardingRequest>.Success(row);
    }
}
