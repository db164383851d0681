using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.ServiceDesk;

/// <summary>Each tenant's admin names at most three reporters; a fourth is refused, also when added at the same time.</summary>
public abstract class ReporterSeatTests(PlatformApp app) : DatabaseTest(app)
{
    private const string Password = "Melder-wachtwoord-2026";

    private static object NewReporter(int n) => new { email = $"melder{n}-{Guid.NewGuid():N}@test.burgerprofiel.be", displayName = $"Melder {n}", password = Password };

    [SkippableFact]
    public async Task The_fourth_reporter_is_refused_and_removing_one_frees_the_seat()
    {
        var tenant = await Api.CreateTenantAsync("rp");
        var admin = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", tenant.Slug)).Key);
        var path = $"/api/servicedesk/tenants/{tenant.Slug}/reporters";
        var ids = new List<Guid>();
        for (var n = 1; n <= 3; n++)
        {
            var created = await admin.PostAsJsonAsync(path, NewReporter(n));
            await Api.EnsureAsync(created, HttpStatusCode.Created);
            ids.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }
        var fourth = await admin.PostAsJsonAsync(path, NewReporter(4));
        Assert.Equal(HttpStatusCode.BadRequest, fourth.StatusCode);
        Assert.Contains("al 3 melders", await fourth.Content.ReadAsStringAsync());
        Assert.Equal(3, (await admin.GetFromJsonAsync<JsonElement>(path)).GetArrayLength());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{path}/{ids[1]}")).StatusCode);
        var again = await admin.PostAsJsonAsync(path, NewReporter(5));
        await Api.EnsureAsync(again, HttpStatusCode.Created);
        Assert.Equal(2, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("seat").GetInt32());
    }

    [SkippableFact]
    public async Task Reporters_created_by_a_platform_admin_count_too()
    {
        var tenant = await Api.CreateTenantAsync("rq");
        await Api.CreateUserAsync("Reporter", tenant.Slug);
        await Api.CreateUserAsync("Reporter", tenant.Slug);
        var admin = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", tenant.Slug)).Key);
        var path = $"/api/servicedesk/tenants/{tenant.Slug}/reporters";
        await Api.EnsureAsync(await admin.PostAsJsonAsync(path, NewReporter(3)), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync(path, NewReporter(4))).StatusCode);
    }

    [SkippableFact]
    public async Task Concurrent_additions_never_exceed_three()
    {
        var tenant = await Api.CreateTenantAsync("rc");
        var admin = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", tenant.Slug)).Key);
        var path = $"/api/servicedesk/tenants/{tenant.Slug}/reporters";
        var responses = await Task.WhenAll(Enumerable.Range(1, 6).Select(n => admin.PostAsJsonAsync(path, NewReporter(n))));
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(3, (await admin.GetFromJsonAsync<JsonElement>(path)).GetArrayLength());
        Assert.Equal(3, (await Api.Admin().GetFromJsonAsync<JsonElement>(path)).GetArrayLength());
    }

    [SkippableFact]
    public async Task A_tenant_admin_manages_only_its_own_reporters_and_the_reporter_gets_an_email()
    {
        var a = await Api.CreateTenantAsync("ra");
        var b = await Api.CreateTenantAsync("rb");
        var adminOfA = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", a.Slug)).Key);
        Assert.Equal(HttpStatusCode.Forbidden, (await adminOfA.GetAsync($"/api/servicedesk/tenants/{b.Slug}/reporters")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await adminOfA.PostAsJsonAsync($"/api/servicedesk/tenants/{b.Slug}/reporters", NewReporter(1))).StatusCode);
        var reporterOfB = await Api.CreateUserAsync("Reporter", b.Slug);
        Assert.Equal(HttpStatusCode.NotFound, (await adminOfA.DeleteAsync($"/api/servicedesk/tenants/{a.Slug}/reporters/{reporterOfB.Id}")).StatusCode);
        var reporter = Api.WithKey(reporterOfB.Key);
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.GetAsync($"/api/servicedesk/tenants/{b.Slug}/reporters")).StatusCode);

        var email = $"welkom-{Guid.NewGuid():N}@test.burgerprofiel.be";
        var created = await adminOfA.PostAsJsonAsync($"/api/servicedesk/tenants/{a.Slug}/reporters", new { email, displayName = "Wim Welkom", password = Password });
        await Api.EnsureAsync(created, HttpStatusCode.Created);
        var mail = Assert.Single(Mailbox.To(App, email));
        Assert.Contains("melder", mail.Subject);
        Assert.DoesNotContain(Password, mail.TextBody);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReporterSeatTestsOnSqlite(SqliteApp app) : ReporterSeatTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReporterSeatTestsOnPostgres(PostgresApp app) : ReporterSeatTests(app);
