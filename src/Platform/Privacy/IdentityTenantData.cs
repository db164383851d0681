using Microsoft.EntityFrameworkCore;
using Platform.Identity;
using Platform.Kernel.Privacy;
using Platform.Persistence;

namespace Platform.Privacy;

/// <summary>The identity store's part of a tenant's data (charter 12.2): the tenant's users (tenant admins, reporters,
/// finance) with their roles and API keys, and the platform's administration log about them. Erasure deletes the users
/// with their sign-in data (password hash, logins, tokens, claims, roles) and API keys, and anonymises the log.
/// Identity entities are global (the tenant is a claim), so every query here names the tenant explicitly.</summary>
internal sealed class IdentityTenantData(PlatformDbContext db) : ITenantDataHolder
{
    public const string Erased = "[verwijderd]";

    public string Area => "users";

    public async Task<IReadOnlyCollection<string>> PeopleEmailsAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.TenantId == tenantId && u.Email != null).Select(u => u.Email!).ToListAsync(cancellationToken);

    public async Task ExportAsync(TenantDataScope scope, ITenantArchive archive, CancellationToken cancellationToken)
    {
        var t = scope.TenantId;
        var users = db.Users.Where(u => u.TenantId == t);
        var roles = (await db.UserRoles.Where(r => users.Any(u => u.Id == r.UserId)).Join(db.Roles, r => r.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken)).ToLookup(r => r.UserId, r => r.Name);
        await archive.WriteTableAsync("users", users.AsNoTracking()
            .Select(u => new UserRow(u.Id, u.Email, u.DisplayName, u.PhoneNumber, u.CreatedAt, u.LastSignInAt, u.TwoFactorEnabled, ""))
            .AsAsyncEnumerable().Select(u => u with { Roles = string.Join(",", roles[u.Id]) }), cancellationToken);
        await archive.WriteTableAsync("api-keys", db.ApiKeys.AsNoTracking().Where(k => users.Any(u => u.Id == k.UserId))
            .Select(k => new ApiKeyRow(k.Id, k.UserId, k.Name, k.Prefix, k.CreatedAt, k.ExpiresAt, k.RevokedAt, k.LastUsedAt)).AsAsyncEnumerable(), cancellationToken);
        await archive.WriteTableAsync("administration-log", db.AdminAudit.AsNoTracking().Where(a => a.TenantId == t).OrderBy(a => a.At)
            .Select(a => new AuditRow(a.At, a.Actor, a.Action, a.Details)).AsAsyncEnumerable(), cancellationToken);
    }

    public async Task<TenantErasure> EraseAsync(TenantDataScope scope, CancellationToken cancellationToken)
    {
        var t = scope.TenantId;
        var ids = await db.Users.Where(u => u.TenantId == t).Select(u => u.Id).ToListAsync(cancellationToken);
        var audit = await db.AdminAudit.Where(a => a.TenantId == t || (a.SubjectUserId != null && ids.Contains(a.SubjectUserId.Value))
                || (a.ActorId != null && ids.Contains(a.ActorId.Value)))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Details, Erased)
                .SetProperty(a => a.Actor, a => a.ActorId != null && ids.Contains(a.ActorId.Value) ? Erased : a.Actor), cancellationToken);
        var keys = await db.ApiKeys.Where(k => ids.Contains(k.UserId)).ExecuteDeleteAsync(cancellationToken);
        var signIn = await db.UserTokens.Where(x => ids.Contains(x.UserId)).ExecuteDeleteAsync(cancellationToken)
            + await db.UserLogins.Where(x => ids.Contains(x.UserId)).ExecuteDeleteAsync(cancellationToken)
            + await db.UserClaims.Where(x => ids.Contains(x.UserId)).ExecuteDeleteAsync(cancellationToken);
        await db.UserRoles.Where(x => ids.Contains(x.UserId)).ExecuteDeleteAsync(cancellationToken);
        var users = await db.Users.Where(u => u.TenantId == t).ExecuteDeleteAsync(cancellationToken);
        return TenantErasure.Of(
            new ErasedItems("Gebruikers en melders (naam, e-mailadres, wachtwoord-hash, rollen)", users),
            new ErasedItems("API-sleutels", keys),
            new ErasedItems("Aanmeldgegevens (tokens, externe aanmeldingen, claims)", signIn),
            new ErasedItems("Beheerlogboek van het platform over je gebruikers – geanonimiseerd", audit));
    }

    private sealed record UserRow(Guid Id, string? Email, string DisplayName, string? Phone, DateTimeOffset CreatedAt, DateTimeOffset? LastSignInAt,
        bool TwoFactorEnabled, string Roles);

    private sealed record ApiKeyRow(Guid Id, Guid UserId, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt,
        DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);

    private sealed record AuditRow(DateTimeOffset At, string Actor, string Action, string Details);
}
