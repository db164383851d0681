using Platform.Kernel.UseCases;

namespace Platform.Kernel.Security;

/// <summary>What modules may do with people (Identity lives in the host): list, create and remove the users of a
/// tenant in a role, e.g. the service desk's reporters. Passwords are never exposed.</summary>
public interface IPlatformUsers
{
    Task<IReadOnlyList<PlatformUserSummary>> ListAsync(Guid tenantId, string role, CancellationToken cancellationToken = default);

    Task<PlatformUserSummary?> FindAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>The active (not deactivated) user with this e-mail address, e.g. the sender of a mail to the service desk.</summary>
    Task<PlatformUserSummary?> FindActiveByEmailAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Creates a user with one role; refusals are Dutch field errors (email, password, role, tenant).</summary>
    Task<Outcome<PlatformUserSummary>> CreateAsync(
        string email, string displayName, string role, Guid? tenantId, string? password, CancellationToken cancellationToken = default);

    /// <summary>Deletes a user of the given tenant; false when no such user belongs to that tenant.</summary>
    Task<bool> RemoveAsync(Guid userId, Guid tenantId, CancellationToken cancellationToken = default);

    /// <summary>Invites a tenant admin or reporter of the tenant: the account is made without a password and the person
    /// chooses one from a one-time, expiring e-mailed link. Nobody types another person's password. Written to the admin audit.</summary>
    Task<Outcome<PlatformUserSummary>> InviteAsync(
        string email, string displayName, string role, Guid tenantId, System.Security.Claims.ClaimsPrincipal invitedBy,
        CancellationToken cancellationToken = default);

    /// <summary>Mails a new one-time link to an invited person of the tenant who has not chosen a password yet.</summary>
    Task<bool> ResendInvitationAsync(Guid userId, Guid tenantId, System.Security.Claims.ClaimsPrincipal by, CancellationToken cancellationToken = default);

    /// <summary>Deletes a user of the given tenant and writes who did it to the admin audit.</summary>
    Task<bool> RemoveAsync(Guid userId, Guid tenantId, System.Security.Claims.ClaimsPrincipal removedBy, CancellationToken cancellationToken = default);
}

public sealed record PlatformUserSummary(Guid Id, string Email, string DisplayName, string Role, Guid? TenantId)
{
    /// <summary>Invited and no password chosen yet (and no external sign-in).</summary>
    public bool Invited { get; init; }

    public DateTimeOffset? LastSignInAt { get; init; }
}
