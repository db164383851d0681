using Platform.Kernel.Tenancy;

namespace Tenants.AppConfig;

/// <summary>The tenant's working copy of its app configuration (one per tenant); edited freely, never served.</summary>
internal sealed class AppDraft : ITenantOwned
{
    public Guid TenantId { get; set; }
    public required string Document { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

/// <summary>A published configuration: immutable once written, numbered 1, 2, 3 … per tenant.</summary>
internal sealed class AppVersion : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public int Number { get; set; }
    public required string Document { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public Guid? PublishedById { get; set; }
    public required string PublishedBy { get; set; }
    public string? Note { get; set; }
}

/// <summary>An accepted logo (PNG as uploaded, SVG sanitised), addressed by the SHA-256 of its content.</summary>
internal sealed class StoredLogo : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public required string Hash { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
