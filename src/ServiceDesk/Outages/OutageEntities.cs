using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Persistence;
using ServiceDesk.Persistence;

namespace ServiceDesk.Outages;

/// <summary>An incident linked to a status-page incident (an outage many tenants report). One outage per incident;
/// the status incident lives in the StatusPage module and is only referred to by its id.</summary>
internal sealed class OutageLink : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid IncidentId { get; set; }
    public Guid StatusIncidentId { get; set; }
    public DateTimeOffset LinkedAt { get; set; }
    public required string LinkedBy { get; set; }
}

/// <summary>One update an agent wrote for every reporter of a linked outage. Its id is the idempotency key: each linked
/// incident gets its message and mail for this update at most once (the mail's key is <c>outage-{id}</c>).</summary>
internal sealed class OutageUpdate
{
    public Guid Id { get; set; }
    public Guid StatusIncidentId { get; set; }
    public required string Text { get; set; }

    /// <summary>Whether the agent asked for it to be posted on the status page too.</summary>
    public bool Publish { get; set; }

    /// <summary>When it was posted on the status page; null when not asked or not (yet) posted.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset At { get; set; }
    public required string By { get; set; }
}

/// <summary>Send-once log of an outage update per incident: written with the incident's public message (and its mail), the
/// unique (TenantId, UpdateId, IncidentId) index keeps an update from reaching an incident twice, on any node.</summary>
internal sealed class OutageDelivery : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid UpdateId { get; set; }
    public Guid IncidentId { get; set; }
    public Guid EventId { get; set; }
    public DateTimeOffset At { get; set; }
}

internal sealed class OutageDeliveryConfiguration : IEntityTypeConfiguration<OutageDelivery>
{
    public void Configure(EntityTypeBuilder<OutageDelivery> b)
    {
        b.ToTable("outage_deliveries");
        b.HasKey(d => d.Id);
        b.HasIndex(d => new { d.TenantId, d.UpdateId, d.IncidentId }).IsUnique();
        b.HasIndex(d => d.UpdateId);
        b.HasOne<Incident>().WithMany().HasForeignKey(d => d.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutageLinkConfiguration : IEntityTypeConfiguration<OutageLink>
{
    public void Configure(EntityTypeBuilder<OutageLink> b)
    {
        b.ToTable("outage_links");
        b.HasKey(l => l.Id);
        b.Property(l => l.LinkedBy).HasMaxLength(200);
        b.HasIndex(l => new { l.TenantId, l.IncidentId }).IsUnique();
        b.HasIndex(l => l.StatusIncidentId);
        b.HasOne<Incident>().WithMany().HasForeignKey(l => l.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutageUpdateConfiguration : IEntityTypeConfiguration<OutageUpdate>
{
    public const int TextLength = 4000;

    public void Configure(EntityTypeBuilder<OutageUpdate> b)
    {
        b.ToTable("outage_updates");
        b.IsGlobal("An outage spans tenants: one update text of the desk for all linked incidents; no personal data.");
        b.HasKey(u => u.Id);
        b.Property(u => u.Id).ValueGeneratedNever();
        b.Property(u => u.Text).HasMaxLength(TextLength);
        b.Property(u => u.By).HasMaxLength(200);
        b.HasIndex(u => new { u.StatusIncidentId, u.At });
    }
}
