using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Identity;
using Platform.Kernel.Persistence;
using Platform.Kernel.Tenancy;

namespace Platform.Persistence;

/// <summary>People, roles and API keys. Users span tenants (platform staff have none), so every entity here
/// is global; access to a tenant's data is decided by the tenant claim the user carries.</summary>
public class PlatformDbContext(DbContextOptions options)
    : IdentityDbContext<PlatformUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public const string SchemaName = "platform";

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<AdminAuditEntry> AdminAudit => Set<AdminAuditEntry>();

    /// <summary>Shared by all nodes, so a cookie or antiforgery token issued by one is read by the others.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        if (Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true)
            builder.HasDefaultSchema(SchemaName);
        base.OnModelCreating(builder);
        builder.Entity<PlatformUser>().HasIndex(u => u.TenantId);
        builder.Entity<ApiKey>(b =>
        {
            b.ToTable("api_keys");
            b.Property(k => k.Name).HasMaxLength(100);
            b.Property(k => k.Prefix).HasMaxLength(12);
            b.Property(k => k.Hash).HasMaxLength(64);
            b.HasIndex(k => k.Hash).IsUnique();
            b.HasOne<PlatformUser>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<AdminAuditEntry>(b =>
        {
            b.ToTable("admin_audit");
            b.Property(a => a.Actor).HasMaxLength(254);
            b.Property(a => a.Action).HasMaxLength(60);
            b.Property(a => a.Details).HasMaxLength(2000);
            b.HasIndex(a => a.At);
            b.HasIndex(a => new { a.TenantId, a.At });
        });
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => !e.IsOwned()))
            entity.SetAnnotation(GlobalEntity.Annotation, "Identity: users, roles and keys span tenants; the tenant is a claim.");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        SqliteConventions.Apply(this, configurationBuilder);
}

public sealed class SqlitePlatformDbContext(DbContextOptions<SqlitePlatformDbContext> options) : PlatformDbContext(options);

public sealed class PostgresPlatformDbContext(DbContextOptions<PostgresPlatformDbContext> options) : PlatformDbContext(options);

internal sealed class SqlitePlatformDesignFactory()
    : DesignTimeFactory<SqlitePlatformDbContext>(DatabaseProvider.Sqlite, PlatformDbContext.SchemaName);

internal sealed class PostgresPlatformDesignFactory()
    : DesignTimeFactory<PostgresPlatformDbContext>(DatabaseProvider.Postgres, PlatformDbContext.SchemaName);
