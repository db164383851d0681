using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Persistence;
using StatusPage.Notifications;
using StatusPage.Subscriptions;
using StatusPage.Webhooks;

namespace StatusPage.Persistence;

internal sealed class SubscriberConfiguration : IEntityTypeConfiguration<Subscriber>
{
    public void Configure(EntityTypeBuilder<Subscriber> b)
    {
        b.ToTable("status_subscribers");
        b.IsGlobal("Anyone (citizens, tenant contacts) may subscribe to the public status page; not owned by a tenant.");
        b.HasKey(s => s.Id);
        b.Property(s => s.Email).HasMaxLength(254);
        b.Property(s => s.Token).HasMaxLength(64);
        b.Property(s => s.Source).HasMaxLength(20);
        b.HasIndex(s => s.Token).IsUnique();
        b.HasIndex(s => s.Email);
        b.Ignore(s => s.IsActive);
        b.Property(s => s.ForTenantId);
    }
}

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> b)
    {
        b.ToTable("status_webhooks");
        b.IsGlobal("Webhooks are registered by platform staff for integrators of the public status page.");
        b.HasKey(w => w.Id);
        b.Property(w => w.Url).HasMaxLength(2000);
        b.Property(w => w.ProtectedSecret).HasMaxLength(1000);
        b.Property(w => w.Description).HasMaxLength(200);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> b)
    {
        b.ToTable("status_webhook_deliveries");
        b.IsGlobal("Delivery log of a platform-wide webhook.");
        b.HasKey(d => d.Id);
        b.Property(d => d.Error).HasMaxLength(1000);
        b.HasIndex(d => new { d.WebhookId, d.EventId });
        b.HasOne<Webhook>().WithMany().HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StatusEventConfiguration : IEntityTypeConfiguration<StatusEvent>
{
    public void Configure(EntityTypeBuilder<StatusEvent> b)
    {
        b.ToTable("status_events");
        b.IsGlobal("Public events of the status page (feeds, notifications).");
        b.HasKey(e => e.Id);
        b.Property(e => e.Key).HasMaxLength(120);
        b.HasIndex(e => e.Key).IsUnique();
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(e => e.Title).HasMaxLength(300);
        b.Property(e => e.Body).HasMaxLength(8000);
        b.Property(e => e.ComponentIds).HasMaxLength(4000);
        b.HasIndex(e => e.At);
        b.HasIndex(e => e.DispatchedAt);
        b.Ignore(e => e.Components);
    }
}

internal sealed class NotificationLogConfiguration : IEntityTypeConfiguration<NotificationLog>
{
    public void Configure(EntityTypeBuilder<NotificationLog> b)
    {
        b.ToTable("status_notifications");
        b.IsGlobal("Send-once log of platform-wide status notifications.");
        b.HasKey(n => n.Id);
        b.Property(n => n.Channel).HasMaxLength(20);
        b.HasIndex(n => new { n.RecipientId, n.EventId }).IsUnique();
    }
}
