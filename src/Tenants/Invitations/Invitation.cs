using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Persistence;

namespace Tenants.Invitations;

/// <summary>An invitation to become a tenant admin. Only the SHA-256 of the token is stored; it works once,
/// until <see cref="ExpiresAt"/>.</summary>
internal sealed class Invitation
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public required string InvitedBy { get; set; }
    /// <summary>The role the invitee gets: TenantAdmin or Reporter.</summary>
    public string Role { get; set; } = Platform.Kernel.Security.Roles.TenantAdmin;
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> b)
    {
        b.ToTable("invitations");
        b.IsGlobal("Looked up by token hash by an anonymous invitee before any tenant is known; endpoints listing them filter on the tenant explicitly.");
        b.HasKey(i => i.Id);
        b.Property(i => i.Email).HasMaxLength(254);
        b.Property(i => i.DisplayName).HasMaxLength(200);
        b.Property(i => i.TokenHash).HasMaxLength(64);
        b.HasIndex(i => i.TokenHash).IsUnique();
        b.HasIndex(i => i.TenantId);
        b.Property(i => i.InvitedBy).HasMaxLength(254);
        b.Property(i => i.Role).HasMaxLength(40).HasDefaultValue(Platform.Kernel.Security.Roles.TenantAdmin);
    }
}
