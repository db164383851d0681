using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Tests.StatusPage;
using static Platform.Tests.Tenants.TenantsApiKit;

namespace Platform.Tests.Tenants;

/// <summary>
/// Two and three nodes on one PostgreSQL database: a change on one node (an app configuration published, an incident
/// on the status page) is served by every other node on its very next request, also after it was idle; and when the
/// notification is lost (the listening connection dropped) no node serves an answer older than the safety bound.
/// </summary>
[Collection(OwnHostsCollection.Name)]
public sealed class ConfigCacheAcrossNodesTests
{
    private static void RequirePostgres() =>
        Skip.If(string.IsNullOrWhiteSpace(PostgresApp.ServerConnectionString), "Multi-node tests need PLATFORM_TEST_POSTGRES (bash .ci/run sets it).");

    [SkippableFact]
    public async Task A_publish_on_one_of_three_nodes_is_served_by_the_others_on_their_very_next_request()
    {
        RequirePostgres();
        // A bound far beyond the test's length: only the notification can make the other nodes see the publish.
        using var nodes = new Nodes(3, new Dictionary<string, string?> { ["Platform:Changes:MaxStalenessSeconds"] = "600" });
        nodes.Start();
        var tenant = await nodes[0].Api().CreateTenantAsync("nodes");
        var config = $"/api/apps/{tenant.Slug}/config";
        await PutOkAsync(nodes[0].Api().Admin(), $"/api/tenants/{tenant.Slug}/draft/branding", Branding("#1A4F8B"));
        await PublishAsync(nodes[0].Api().Admin(), tenant.Slug);
        var clients = nodes.All.Select(n => n.Api().Anonymous()).ToList();
        var before = new List<EntityTagHeaderValue>();
        foreach (var client in clients)
        {
            var first = await client.GetAsync(config);
            Assert.Contains("#1A4F8B", await first.Content.ReadAsStringAsync());
            before.Add(first.Headers.ETag!);
        }
        Assert.Single(before.Select(e => e.Tag).Distinct()); // every node computes the same validator

        await Task.Delay(TimeSpan.FromSeconds(2)); // the other nodes sit idle
        await PutOkAsync(nodes[0].Api().Admin(), $"/api/tenants/{tenant.Slug}/draft/branding", Branding("#6A1B9A"));
        await PublishAsync(nodes[0].Api().Admin(), tenant.Slug);
        for (var i = 1; i < 3; i++) await AssertServesAsync(clients[i], config, before[i], "#6A1B9A");

        // And the other way round: published on the third node, read on the first two.
        var afterSecond = (await clients[0].GetAsync(config)).Headers.ETag!;
        await PutOkAsync(nodes[2].Api().Admin(), $"/api/tenants/{tenant.Slug}/draft/branding", Branding("#00695C"));
        await PublishAsync(nodes[2].Api().Admin(), tenant.Slug);
        for (var i = 0; i < 2; i++) await AssertServesAsync(clients[i], config, afterSecond, "#00695C");
    }

    [SkippableFact]
    public async Task A_rename_on_one_node_is_resolved_by_the_others_on_their_very_next_request()
    {
        RequirePostgres();
        using var nodes = new Nodes(2, new Dictionary<string, string?> { ["Platform:Changes:MaxStalenessSeconds"] = "600" });
        nodes.Start();
        var tenant = await nodes[0].Api().CreateTenantAsync("rename");
        var reader = nodes[1].Api().Admin();
        // The second node has the tenant in its tenant store (by slug and by id).
        Assert.Contains("Gemeente " + tenant.Slug, await reader.GetStringAsync($"/api/tenants/{tenant.Slug}"));
        var store = nodes[1].Services.GetRequiredService<Platform.Kernel.Tenancy.ITenantStore>();
        Assert.Equal(tenant.Slug, (await store.FindByIdAsync(tenant.Id))!.Identifier);

        await Task.Delay(TimeSpan.FromSeconds(1));
        var newSlug = "nw-" + Guid.NewGuid().ToString("N")[..12];
        var renamed = await nodes[0].Api().Admin().PutAsJsonAsync($"/api/tenants/{tenant.Slug}", new
            { name = "Stad Elders Hernoemd", nisCode = "44083", slug = newSlug, address = new { street = "Botermarkt 1", postalCode = "9000", city = "Gent" } });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        // Very next requests on the other node: the old slug resolves to the renamed tenant, the new slug is known.
        var viaOld = await reader.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/tenants/{tenant.Slug}");
        Assert.Equal(newSlug, viaOld.GetProperty("slug").GetString());
        Assert.Equal("Stad Elders Hernoemd", viaOld.GetProperty("name").GetString());
        Assert.Contains(newSlug, await reader.GetStringAsync($"/api/tenants/{newSlug}"));
        var cached = (await store.FindByIdAsync(tenant.Id))!; // the node's own cache, not only what the endpoint reads afresh
        Assert.Equal((newSlug, "Stad Elders Hernoemd"), (cached.Identifier, cached.Name));
        Assert.Equal(newSlug, (await store.FindByIdentifierAsync(tenant.Slug))!.Identifier);
    }

    [SkippableFact]
    public async Task A_feature_suspended_and_a_closing_day_added_on_one_node_are_served_by_the_other_at_once()
    {
        RequirePostgres();
        using var nodes = new Nodes(2, new Dictionary<string, string?> { ["Platform:Changes:MaxStalenessSeconds"] = "600" });
        nodes.Start();
        var tenant = await nodes[0].Api().CreateTenantAsync("feat");
        var admin = nodes[0].Api().Admin();
        await PutOkAsync(admin, $"/api/tenants/{tenant.Slug}/draft/features/wallet", new { enabled = true, settings = new { offlineKinds = new[] { "certificates" } } });
        await PublishAsync(admin, tenant.Slug);
        var reader = nodes[1].Api().Anonymous();
        var config = $"/api/apps/{tenant.Slug}/config";
        var before = await reader.GetAsync(config);
        Assert.Contains("\"wallet\"", await before.Content.ReadAsStringAsync());
        var policies = nodes[1].Services.GetRequiredService<global::ServiceDesk.Calendar.ClockPolicyProvider>();
        var day = new DateOnly(2099, 6, 16); // a fresh database: no closing days yet; a weekday, no holiday
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
        Assert.DoesNotContain(day, (await policies.GetAsync()).Calendar.ClosingDays); // cached on the second node

        await Task.Delay(TimeSpan.FromSeconds(1));
        try
        {
            await PutOkAsync(admin, "/api/features/wallet/availability", new { availability = "suspended" });
            var after = await reader.GetAsync(config);
            Assert.DoesNotContain("\"wallet\"", await after.Content.ReadAsStringAsync());
            Assert.NotEqual(before.Headers.ETag!.Tag, after.Headers.ETag!.Tag);
        }
        finally
        {
            await PutOkAsync(admin, "/api/features/wallet/availability", new { availability = "available" });
        }

        var added = await admin.PostAsJsonAsync("/api/servicedesk/closing-days", new { date = day.ToString("yyyy-MM-dd"), reason = "Brugdag" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Contains(day, (await policies.GetAsync()).Calendar.ClosingDays);
    }

    [SkippableFact]
    public async Task An_incident_set_on_one_node_is_on_the_status_page_of_the_other_at_once()
    {
        RequirePostgres();
        using var nodes = new Nodes(2, new Dictionary<string, string?> { ["Platform:Changes:MaxStalenessSeconds"] = "600", ["StatusPage:CacheSeconds"] = "600" });
        nodes.Start();
        var data = new StatusFixtureData(nodes[0]);
        var product = await data.ProductAsync(1);
        var page = $"/status?product={product.Slug}";
        var reader = nodes[1].Api().Anonymous();
        var first = await reader.GetAsync(page);
        Assert.Contains("Alle systemen operationeel", await first.Content.ReadAsStringAsync());

        await Task.Delay(TimeSpan.FromSeconds(2));
        await data.OpenIncidentAsync(product.Components[0], "Aanmelden lukt niet " + product.Slug);
        var next = await reader.GetAsync(page);
        var html = await next.Content.ReadAsStringAsync();
        Assert.Contains("Aanmelden lukt niet " + product.Slug, html);
        Assert.DoesNotContain("Alle systemen operationeel", html);
        Assert.NotEqual(first.Headers.ETag!.Tag, next.Headers.ETag!.Tag);
    }

    [SkippableFact]
    public async Task With_the_listening_connections_dropped_no_node_serves_an_answer_older_than_the_bound()
    {
        RequirePostgres();
        var bound = TimeSpan.FromSeconds(2);
        using var nodes = new Nodes(2, new Dictionary<string, string?>
        {
            ["Platform:Changes:MaxStalenessSeconds"] = "2", ["Platform:Changes:ReconnectSeconds"] = "600", ["StatusPage:CacheSeconds"] = "600",
        });
        nodes.Start();
        var tenant = await nodes[0].Api().CreateTenantAsync("lost");
        var config = $"/api/apps/{tenant.Slug}/config";
        await PutOkAsync(nodes[0].Api().Admin(), $"/api/tenants/{tenant.Slug}/draft/branding", Branding("#1A4F8B"));
        await PublishAsync(nodes[0].Api().Admin(), tenant.Slug);
        var data = new StatusFixtureData(nodes[0]);
        var product = await data.ProductAsync(1);
        var page = $"/status?product={product.Slug}";
        foreach (var node in nodes.All) await node.WaitUntilAsync(() => node.Listening, "every node listens");

        await nodes.DropListenersAsync();
        foreach (var node in nodes.All) await node.WaitUntilAsync(() => !node.Listening, "the listening connection is gone");
        var reader = nodes[1].Api().Anonymous();
        var oldConfig = await reader.GetAsync(config);
        Assert.Contains("#1A4F8B", await oldConfig.Content.ReadAsStringAsync());
        Assert.Contains("Alle systemen operationeel", await (await reader.GetAsync(page)).Content.ReadAsStringAsync());
        var cachedAt = Stopwatch.StartNew(); // both answers were cached before this instant

        // Changed on the first node; the second is not told.
        await PutOkAsync(nodes[0].Api().Admin(), $"/api/tenants/{tenant.Slug}/draft/branding", Branding("#6A1B9A"));
        await PublishAsync(nodes[0].Api().Admin(), tenant.Slug);
        await data.OpenIncidentAsync(product.Components[0], "Storing " + product.Slug);

        var wait = bound + TimeSpan.FromMilliseconds(100) - cachedAt.Elapsed;
        if (wait > TimeSpan.Zero) await Task.Delay(wait);
        await AssertServesAsync(reader, config, oldConfig.Headers.ETag!, "#6A1B9A");
        Assert.Contains("Storing " + product.Slug, await (await reader.GetAsync(page)).Content.ReadAsStringAsync());
        Assert.False(nodes[1].Listening); // still not listening: the bound did it, not a reconnect
    }

    /// <summary>Three hosts started at the same instant on an empty database with demo data on: all come up, one did the work.</summary>
    [SkippableFact]
    public async Task Three_nodes_started_at_once_on_an_empty_database_all_come_up_with_the_demo_data_loaded_once()
    {
        RequirePostgres();
        using var nodes = new Nodes(3, new Dictionary<string, string?> { ["Platform:SeedDemoData"] = "true" });
        await nodes.StartAllAtOnceAsync();
        foreach (var node in nodes.All) Assert.Equal(HttpStatusCode.OK, await node.HealthAsync());
        var seededTenants = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(SeedFile("tenants.json")))
            .RootElement.GetProperty("tenants").GetArrayLength();
        Assert.Equal(seededTenants, await nodes.CountAsync("SELECT count(*) FROM tenants.tenants"));
        Assert.Equal(0, await nodes.CountAsync("SELECT count(*) - count(DISTINCT \"NormalizedEmail\") FROM platform.\"AspNetUsers\""));
        var seededUsers = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(SeedFile("users.json")))
            .RootElement.GetProperty("users").GetArrayLength();
        Assert.Equal(seededUsers + 1, await nodes.CountAsync("SELECT count(*) FROM platform.\"AspNetUsers\"")); // + the bootstrap admin
    }

    private static string SeedFile(string name)
    {
        var folder = AppContext.BaseDirectory;
        while (!Directory.Exists(Path.Combine(folder, "seed"))) folder = Path.GetDirectoryName(folder)!;
        return Path.Combine(folder, "seed", name);
    }

    /// <summary>The very next request: new content, a new ETag, and the old ETag no longer answered with 304.</summary>
    private static async Task AssertServesAsync(HttpClient client, string path, EntityTagHeaderValue oldETag, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(oldETag);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
        Assert.NotEqual(oldETag.Tag, response.Headers.ETag!.Tag);
    }
}

/// <summary>Lost races between nodes that the code handles are news, not errors: logged once at Information with what
/// happened, never as an error with a stack trace.</summary>
[Collection(OwnHostsCollection.Name)]
public sealed class HandledRacesAcrossNodesTests
{
    [SkippableFact]
    public async Task Concurrent_invoice_runs_on_two_nodes_log_no_error_and_say_who_prepared_what()
    {
        Skip.If(string.IsNullOrWhiteSpace(PostgresApp.ServerConnectionString), "Multi-node tests need PLATFORM_TEST_POSTGRES (bash .ci/run sets it).");
        var log = new LogCapture();
        using var nodes = new Nodes(2, new Dictionary<string, string?>(), log);
        var events = log.Events;
        nodes.Start();
        var api = nodes[0].Api();
        var key = (await api.CreateUserAsync("Finance")).Key;
        var tenants = new List<Api.TestTenant>();
        for (var i = 0; i < 12; i++) tenants.Add(await global::Platform.Tests.Billing.BillingSetup.LiveTenantAsync(api, 10_000 + i * 5_000));

        var finance = nodes.All.Select(n => n.Api().WithKey(key)).ToList();
        var reports = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => global::Platform.Tests.Billing.BillingSetup.RunAsync(finance[i % 2])));

        var ids = tenants.Select(t => t.Id).ToHashSet();
        var prepared = reports.SelectMany(r => r.GetProperty("lines").EnumerateArray())
            .Count(l => l.GetProperty("outcome").GetString() == "prepared" && ids.Contains(l.GetProperty("tenantId").GetGuid()));
        Assert.Equal(tenants.Count, prepared); // each draft once, whichever run won
        Assert.DoesNotContain(events, e => e.Level >= Serilog.Events.LogEventLevel.Error);
        Assert.DoesNotContain(events, e => e.Exception is Microsoft.EntityFrameworkCore.DbUpdateException);
        Assert.Contains(events, e => e.MessageTemplate.Text.StartsWith("Database schema of", StringComparison.Ordinal)); // the capture works
    }
}
