using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using Platform.Kernel.Mail;
using Platform.Kernel.Net;
using Platform.Kernel.Security;
using Tenants.Audit;
using Tenants.Domain.Checks;
using Tenants.Persistence;

namespace Tenants.Invitations;

/// <summary>Invites tenant admins by e-mail link: a random token, only its hash stored, valid once for 7 days.
/// Accepting it creates the TenantAdmin account with the password the invitee chooses.</summary>
internal sealed class InvitationService(TenantsDbContext db, IPlatformUsers users, IMailSender mail, TimeProvider clock, PublicLinks links)
{
    public static readonly TimeSpan Validity = TimeSpan.FromDays(7);

    /// <summary>Sends the invitation; refusals are Dutch field errors (<c>email</c>, <c>displayName</c>).</summary>
    public async Task<Outcome<Invitation>> InviteAsync(
        Guid tenantId, string tenantName, string? email, string? displayName, Actor actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (Check.Email(email, "Het e-mailadres") is { } e) errors["email"] = [e];
        if (Check.Required(displayName, "De naam", 200) is { } n) errors["displayName"] = [n];
        if (errors.Count > 0) return Outcome<Invitation>.Invalid(errors);
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow();
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(now), TenantId = tenantId, Email = email!.Trim(), DisplayName = displayName!.Trim(),
            TokenHash = Hash(token), CreatedAt = now, ExpiresAt = now + Validity, InvitedBy = actor.Name,
        };
        db.Invitations.Add(invitation);
        db.Record(tenantId, actor, now, "invitation.sent", $"Beheerder uitgenodigd: {invitation.Email}");
        await db.SaveChangesAsync(ct);
        var link = links.To($"uitnodiging/{token}");
        await mail.SendAsync(new OutgoingMail(invitation.Email, $"Uitnodiging: beheer van de app van {tenantName}",
            $"Beste {invitation.DisplayName},\n\n{actor.Name} nodigt je uit om de Mijn Burgerprofiel-app van {tenantName} te beheren.\n" +
            $"Kies je wachtwoord via deze link (eenmalig te gebruiken, geldig tot {Dutch.DateTime(invitation.ExpiresAt)}):\n\n{link}\n\n" +
            "Met vriendelijke groeten,\nDigitaal Vlaanderen"), ct);
        return Outcome<Invitation>.Success(invitation);
    }

    /// <summary>The invitation behind a token, when it can still be used.</summary>
    public async Task<Invitation?> FindUsableAsync(string token, CancellationToken ct)
    {
        var hash = Hash(token);
        var invitation = await db.Invitations.AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        return invitation is { AcceptedAt: null } && invitation.ExpiresAt > clock.GetUtcNow() ? invitation : null;
    }

    public async Task<Dictionary<string, string[]>> AcceptAsync(string token, string? password, CancellationToken ct)
    {
        if (await FindUsableAsync(token, ct) is not { } invitation)
            return new() { ["token"] = ["Deze uitnodiging is ongeldig, al gebruikt of verlopen. Vraag een nieuwe uitnodiging."] };
        if (string.IsNullOrEmpty(password)) return new() { ["password"] = ["Kies een wachtwoord."] };
        // Claim the invitation first, atomically: of two simultaneous attempts only one gets a row.
        var now = clock.GetUtcNow();
        var claimed = await db.Invitations.Where(i => i.Id == invitation.Id && i.AcceptedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAt, now), ct);
        if (claimed != 1) return new() { ["token"] = ["Deze uitnodiging is al gebruikt."] };
        var created = await users.CreateAsync(invitation.Email, invitation.DisplayName, Roles.TenantAdmin, invitation.TenantId, password, ct);
        if (created.Ok) return [];
        // The password was refused (or the e-mail exists): give the invitation back so it can be retried.
        await db.Invitations.Where(i => i.Id == invitation.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAt, (DateTimeOffset?)null), ct);
        return created.FieldErrors();
    }

    internal static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
