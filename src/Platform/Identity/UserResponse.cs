namespace Platform.Identity;

/// <summary>A person with access to the platform, as the user list, the user page and <c>/api/admin/users</c> show them.</summary>
public sealed record UserResponse(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, Guid? TenantId, bool LockedOut,
    bool Active = true, DateTimeOffset? LastSignInAt = null, bool Invited = false, bool TwoFactor = false);
