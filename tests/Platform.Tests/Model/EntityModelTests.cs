using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Persistence;
using Platform.Kernel.Tenancy;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Model;

/// <summary>Walks every module's EF model: each entity is tenant-owned with the tenant filter, or marked global
/// with a reason. A new entity that is neither fails here before it can leak.</summary>
[Collection(SqliteCollection.Name)]
public sealed class EntityModelTests(SqliteApp app)
{
    [Fact]
    public void Every_entity_is_tenant_filtered_or_explicitly_global()
    {
        using var scope = app.Services.CreateScope();
        var contexts = scope.ServiceProvider.GetRequiredService<ModuleDbContexts>().Types;
        Assert.Contains(contexts, t => t.Name == "TenantsDbContext");
        Assert.Contains(contexts, t => t.Name == "PlatformDbContext");
        var problems = new List<string>();
        var checkedEntities = 0;
        foreach (var type in contexts)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            foreach (var entity in db.Model.GetEntityTypes().Where(e => !e.IsOwned()))
            {
                checkedEntities++;
                var tenantOwned = typeof(ITenantOwned).IsAssignableFrom(entity.ClrType);
                var global = entity.GlobalReason();
                if (tenantOwned && global is not null)
                    problems.Add($"{type.Name}.{entity.DisplayName()} is tenant-owned and also marked global");
                else if (tenantOwned && !HasTenantFilter(entity))
                    problems.Add($"{type.Name}.{entity.DisplayName()} is tenant-owned but has no tenant query filter");
                else if (!tenantOwned && string.IsNullOrWhiteSpace(global))
                    problems.Add($"{type.Name}.{entity.DisplayName()} is neither tenant-owned nor marked global");
                if (tenantOwned)
                    foreach (var index in entity.GetIndexes().Where(i => i.IsUnique && i.Properties.All(p => p.Name != nameof(ITenantOwned.TenantId))))
                        problems.Add($"{type.Name}.{entity.DisplayName()} has a unique index without TenantId: {string.Join(",", index.Properties.Select(p => p.Name))}");
            }
        }
        Assert.True(checkedEntities > 5, $"only {checkedEntities} entities found");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static bool HasTenantFilter(IEntityType entity) =>
        entity.GetRootType().GetDeclaredQueryFilters().Any(f =>
            f.Key == TenantDbContext.TenantFilter
            && f.Expression?.Body.ToString() is { } body
            && body.Contains(nameof(TenantDbContext.CurrentTenantId)) && !body.Contains("OrElse") && !body.Contains("null"));
}
