using Hangfire;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Identity;
using Platform.Kernel.Persistence;
using Platform.Kernel.Seeding;
using Platform.Persistence;

namespace Platform.Startup;

/// <summary>What runs once before the platform serves: migrations, roles, the bootstrap admin, demo data.
/// Several nodes starting at once take turns (<see cref="StartupLock"/>); whoever comes later finds the work done.</summary>
internal sealed class PlatformStartup(IServiceProvider services, DatabaseOptions database, IOptions<StartupOptions> options, IHostEnvironment environment,
    ILogger<PlatformStartup> logger)
{
    /// <summary>Only the migrations (the <c>migrate</c> command), under the same lock.</summary>
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        ValidateOptions();
        await using var startupLock = await StartupLock.AcquireAsync(database, logger, ct);
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
    }

    public async Task RunAsync(CancellationToken ct = default)
    {
        ValidateOptions();
        await using var startupLock = await StartupLock.AcquireAsync(database, logger, ct);
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        _ = services.GetService<JobStorage>(); // Hangfire creates its schema on PostgreSQL when first asked: also under the lock
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        // Decided before anything is created: demo data only ever goes into a platform nobody has used yet,
        // so deleting demo accounts later never brings them back.
        var empty = !await sp.GetRequiredService<PlatformDbContext>().Users.AnyAsync(ct);
        await EnsureRolesAsync(sp.GetRequiredService<RoleManager<IdentityRole<Guid>>>());
        await BootstrapAdminAsync(sp, ct);
        if (options.Value.SeedDemoData && empty)
        {
            if (environment.IsProduction())
                logger.LogWarning("Loading demo data with published passwords into a production environment");
            await SeedDemoDataAsync(ct);
        }
    }

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole<Guid>> roles)
    {
        foreach (var role in Roles.All)
        {
            if (await roles.RoleExistsAsync(role)) continue;
            try
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.NewGuid() });
            }
            catch (DbUpdateException)
            {
                // Another process starting at the same time (outside the start-up lock) may have created it.
                if (!await roles.RoleExistsAsync(role)) throw;
            }
        }
    }

    /// <summary>A wrong configuration stops the start before the database is touched (ADR 0022): the options declared with
    /// <c>ValidateOnStart()</c> are checked here, ahead of the host's own check when it starts; throws
    /// <see cref="OptionsValidationException"/> naming the key.</summary>
    private void ValidateOptions() => services.GetService<IStartupValidator>()?.Validate();

    /// <summary>With no platform admin yet, <c>Platform:Bootstrap:AdminApiKey</c> creates one this key authenticates.</summary>
    private async Task BootstrapAdminAsync(IServiceProvider sp, CancellationToken ct)
    {
        var key = options.Value.Bootstrap.AdminApiKey;
        if (string.IsNullOrWhiteSpace(key)) return;
        if (key.Length < 32)
            logger.LogWarning("The bootstrap API key is short; use at least 32 random characters outside a demo");
        var users = sp.GetRequiredService<UserManager<PlatformUser>>();
        if ((await users.GetUsersInRoleAsync(Roles.PlatformAdmin)).Count > 0) return;
        var created = await sp.GetRequiredService<UserAccounts>().CreateAsync(
            // Not a fixed, guessable address: nobody can aim sign-in attempts at it (the key does not depend on it anyway).
            $"bootstrap-admin-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8))}@digitaal.vlaanderen.local", "Platformbeheerder (bootstrap)", Roles.PlatformAdmin, null, null, ct);
        if (created.Value is not { } admin)
            throw new InvalidOperationException("Bootstrap admin could not be created: " + string.Join("; ", created.FieldErrors().SelectMany(e => e.Value)));
        var db = sp.GetRequiredService<PlatformDbContext>();
        db.ApiKeys.Add(new ApiKey
        {
            Id = Guid.NewGuid(), UserId = admin.Id, Name = "bootstrap",
            Prefix = ApiKeyHasher.PrefixOf(key), Hash = ApiKeyHasher.Hash(key), CreatedAt = admin.CreatedAt,
        });
        await db.SaveChangesAsync(ct);
        logger.LogWarning("Created bootstrap platform admin {UserId}; create personal accounts and revoke the bootstrap key", admin.Id);
    }

    private async Task SeedDemoDataAsync(CancellationToken ct)
    {
        var folder = SeedFolder();
        if (folder is null)
        {
            logger.LogWarning("No seed folder found; starting without demo data");
            return;
        }
        await using var scope = services.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order))
            await seeder.SeedAsync(folder, ct);
    }

    private string? SeedFolder()
    {
        var configured = options.Value.SeedFolder;
        string[] candidates = [configured ?? "", Path.Combine(environment.ContentRootPath, "seed"),
            Path.Combine(environment.ContentRootPath, "..", "..", "seed"), Path.Combine(AppContext.BaseDirectory, "seed")];
        return candidates.Where(c => c.Length > 0).Select(Path.GetFullPath).FirstOrDefault(Directory.Exists);
    }
}
