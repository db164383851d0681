using System.Security.Claims;
using Platform.Persistence;

namespace Platform.Identity;

/// <summary>Writes the admin audit (people, invitations, roles, API keys, passwords, two-factor sign-in): added to the
/// unit of work, so an entry is saved with the change it describes.</summary>
internal sealed class AdminAudit(PlatformDbContext db, TimeProvider clock)
{
    public void Add(ClaimsPrincipal actor, string action, string details, PlatformUser subject) =>
        Add(PlatformClaims.UserId(actor), actor.FindFirstValue("name") ?? actor.Identity?.Name ?? "onbekend", action, details, subject);

    /// <summary>The person acted on their own account (a password chosen from a link, two-factor sign-in switched on).</summary>
    public void AddSelf(string action, string details, PlatformUser user) =>
        Add(user.Id, string.IsNullOrEmpty(user.DisplayName) ? user.Email ?? "onbekend" : user.DisplayName, action, details, user);

    public async Task SaveAsync(CancellationToken ct) => await db.SaveChangesAsync(ct);

    private void Add(Guid? actorId, string actorName, string action, string details, PlatformUser subject) => db.AdminAudit.Add(new AdminAuditEntry
    {
        Id = Guid.CreateVersion7(clock.GetUtcNow()), At = clock.GetUtcNow(), ActorId = actorId,
        Actor = actorName.Length > 254 ? actorName[..254] : actorName,
        Action = action, Details = details.Length > 2000 ? details[..2000] : details, SubjectUserId = subject.Id, TenantId = subject.TenantId,
    });
}
