using Microsoft.AspNetCore.Identity;

namespace Platform.Identity;

/// <summary>A person or automation account. Tenant admins and reporters carry their tenant's fixed id;
/// Digitaal Vlaanderen / EV DV staff have none.</summary>
public sealed class PlatformUser : IdentityUser<Guid>
{
    public Guid? TenantId { get; set; }

    public string DisplayName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
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
}
