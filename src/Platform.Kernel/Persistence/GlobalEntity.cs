using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Kernel.Persistence;

/// <summary>Marks an entity as deliberately shared by all tenants. Every entity is either tenant-owned
/// (<see cref="Tenancy.ITenantOwned"/>) or marked global with a reason; a test walks the model to check.</summary>
public static class GlobalEntity
{
    public const string Annotation = "Platform:GlobalEntity";

    public static EntityTypeBuilder<T> IsGlobal<T>(this EntityTypeBuilder<T> builder, string reason) where T : class
    {
        builder.HasAnnotation(Annotation, reason);
        return builder;
    }

    public static void MarkGlobal(this ModelBuilder modelBuilder, Type clrType, string reason) =>
        modelBuilder.Entity(clrType).HasAnnotation(Annotation, reason);

    public static string? GlobalReason(this IReadOnlyEntityType entity) =>
        (entity.FindAnnotation(Annotation) ?? entity.GetRootType().FindAnnotation(Annotation))?.Value as string;
}
