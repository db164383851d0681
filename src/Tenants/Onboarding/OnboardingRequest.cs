using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Persistence;

namespace Tenants.Onboarding;

internal enum OnboardingRequestStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>A local government asks to join; a platform admin approves (creating the tenant and inviting the
/// requester as its admin) or rejects it.</summary>
internal sealed class OnboardingRequest
{
    public Guid Id { get; set; }
    public required string Payload { get; set; }
    public required string Name { get; set; }
    public required string RequesterName { get; set; }
    public required string RequesterEmail { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public OnboardingRequestStatus Status { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public Guid? TenantId { get; set; }
    /// <summary>Why the request was rejected, as mailed to the requester.</summary>
    public string? DecisionReason { get; set; }

    public const int MaxReasonLength = 1000;
}

internal sealed class OnboardingRequestConfiguration : IEntityTypeConfiguration<OnboardingRequest>
{
    public void Configure(EntityTypeBuilder<OnboardingRequest> b)
    {
        b.ToTable("onboarding_requests");
        b.IsGlobal("Made before the tenant exists; only platform admins list and decide them.");
        b.HasKey(r => r.Id);
        b.Property(r => r.Payload).HasMaxLength(8000);
        b.Property(r => r.Name).HasMaxLength(200);
        b.Property(r => r.RequesterName).HasMaxLength(200);
        b.Property(r => r.RequesterEmail).HasMaxLength(254);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.DecidedBy).HasMaxLength(254);
        b.Property(r => r.DecisionReason).HasMaxLength(OnboardingRequest.MaxReasonLength);
        b.HasIndex(r => r.Status);
    }
}
