using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Platform.Kernel.Tenancy;
using Platform.Tests.Infrastructure;
using Tenants.AppConfig;
using static Platform.Tests.Tenants.TenantsApiKit;

namespace Platform.Tests.Tenants;

/// <summary>A second node (its own cache on the same database) is not told about a publish on the first node; it
/// picks the new version up once its entry is older than the refresh interval, without ever blocking a request.</summary>
public abstract class ConfigCacheAcrossNodesTests(PlatformApp app) : DatabaseTest(app)
{
    [SkippableFact]
    public async Task Another_node_serves_the_new_version_after_the_refresh_interval()
    {
        var tenant = await Api.CreateTenantAsync("node");
        var admin = Api.Admin();
        await PutOkAsync(admin, $"/api/tenants/{tenant.Slug}/draft/branding", Branding("#1A4F8B"));
        await PublishAsync(admin, tenant.Slug);

        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Tenants:AppConfig:RefreshSeconds"] = "5" }).Build();
        var otherNode = new AppConfigCache(App.Services.GetRequiredService<IServiceScopeFactory>(), clock, settings, NullLogger<AppConfigCache>.Instance);
        var info = new TenantInfo(tenant.Id, tenant.Slug, "Gemeente " + tenant.Slug);
        Assert.Equal(1, (await otherNode.GetAsync(info))!.Version);

        await PutOkAsync(admin, $"/api/tenants/{tenant.Slug}/draft/branding", Branding("#6A1B9A"));
        await PublishAsync(admin, tenant.Slug);
        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(1, (await otherNode.GetAsync(info))!.Version);

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, (await otherNode.GetAsync(info))!.Version); // served at once while it refreshes
        PublishedConfig? current = null;
        for (var i = 0; i < 200 && current?.Version != 2; i++)
        {
            await Task.Delay(25);
            current = await otherNode.GetAsync(info);
        }
        Assert.Equal(2, current!.Version);
        Assert.Contains("#6A1B9A", System.Text.Encoding.UTF8.GetString(current.Json));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ConfigCacheAcrossNodesOnSqlite(SqliteApp app) : ConfigCacheAcrossNodesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ConfigCacheAcrossNodesOnPostgres(PostgresApp app) : ConfigCacheAcrossNodesTests(app);
