using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Persistence;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Model;

/// <summary>Every module's model matches its latest migration on each provider: a model change without
/// `scripts/add-migration.sh` fails here, not on an operator's database.</summary>
public abstract class MigrationsTests(PlatformApp app) : DatabaseTest(app)
{
    [SkippableFact]
    public void No_module_has_model_changes_without_a_migration()
    {
        using var scope = App.Services.CreateScope();
        var contexts = scope.ServiceProvider.GetRequiredService<ModuleDbContexts>().Types;
        Assert.Equal(6, contexts.Count);
        var pending = contexts.Where(t => ((DbContext)scope.ServiceProvider.GetRequiredService(t)).Database.HasPendingModelChanges())
            .Select(t => t.Name).ToList();
        Assert.True(pending.Count == 0, "Model changes without a migration: " + string.Join(", ", pending));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MigrationsOnSqlite(SqliteApp app) : MigrationsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MigrationsOnPostgres(PostgresApp app) : MigrationsTests(app);
