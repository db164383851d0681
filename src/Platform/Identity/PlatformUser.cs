using Microsoft.AspNetCore.Identity;

namespace Platform.Identity;

/// <summary>A person or automation account. Tenant admins and reporters carry their tenant's fixed id;
/// Digitaal Vlaanderen / EV DV staff have none.</summary>
public sealed class PlatformUser : IdentityUser<Guid>
{
    public Guid? TenantId { get; set; }

    public string DisplayName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>A platform admin switched the account off (the users page): Identity's lock-out set for good. Failed
    /// passwords never lock an account (sign-in is throttled instead), so this is the only lock-out there is.</summary>
    public bool IsDeactivated => LockoutEnd is { Year: 9999 };
}

/// <summary>An API key for automation: only the SHA-256 hash is kept; the key is shown once at creation.</summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public required string Name { get; set; }
    /// <summary>First characters of the key, to recognise it in lists without revealing it.</summary>
    public required string Prefix { get; set; }
    public required string Hash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    /// <summary>The key stops working at this moment, when set.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
    /// <summary>Last request authenticated by this key (recorded at most every few minutes).</summary>
    public DateTimeOffset? LastUsedAt { get; set; }
}

/// <summary>Who administered people or keys, when: user invitations, role changes, deactivation, API keys. Append-only.</summary>
public sealed class AdminAuditEntry
{
    public Guid Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? ActorId { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string Details { get; set; }
    /// <summary>The user the action concerns.</summary>
    public Guid? SubjectUserId { get; set; }
    /// <summary>The tenant of that user, when it has one.</summary>
    public Guid? TenantId { get; set; }
}
