using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Tenancy;
using Platform.Tests.Infrastructure;
using Tenants.Contacts;
using Tenants.Persistence;

namespace Platform.Tests.Tenancy;

/// <summary>A user of tenant A gets 403/404, never data, for tenant B's resources by route, host or id;
/// queries without a tenant return nothing; writes for another tenant throw.</summary>
public abstract class TenantIsolationTests(PlatformApp app) : DatabaseTest(app)
{
    private async Task<(Api.TestTenant A, Api.TestTenant B, HttpClient AdminOfA, Guid ContactOfB)> TwoTenantsAsync()
    {
        var a = await Api.CreateTenantAsync("a");
        var b = await Api.CreateTenantAsync("b");
        var adminOfA = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", a.Slug)).Key);
        var contact = await Api.Admin().PostAsJsonAsync($"/api/tenants/{b.Slug}/contacts",
            new { role = "DataProtectionOfficer", name = "Bea DPO", email = "dpo@b.be" });
        await Infrastructure.Api.EnsureAsync(contact, HttpStatusCode.Created);
        var contactId = (await contact.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return (a, b, adminOfA, contactId);
    }

    [SkippableFact]
    public async Task Tenant_admin_reads_its_own_tenant()
    {
        var (a, _, adminOfA, _) = await TwoTenantsAsync();
        Assert.Equal(HttpStatusCode.OK, (await adminOfA.GetAsync($"/api/tenants/{a.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await adminOfA.GetAsync($"/api/tenants/{a.Slug}/contacts")).StatusCode);
    }

    [SkippableFact]
    public async Task Another_tenant_by_route_is_forbidden()
    {
        var (_, b, adminOfA, contactOfB) = await TwoTenantsAsync();
        foreach (var path in new[] { $"/api/tenants/{b.Slug}", $"/api/tenants/{b.Slug}/contacts", $"/api/tenants/{b.Slug}/contacts/{contactOfB}" })
        {
            var response = await adminOfA.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("Bea DPO", await response.Content.ReadAsStringAsync());
        }
        var write = await adminOfA.PostAsJsonAsync($"/api/tenants/{b.Slug}/contacts", new { role = "Spoc", name = "Indringer", email = "x@a.be" });
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await adminOfA.DeleteAsync($"/api/tenants/{b.Slug}/contacts/{contactOfB}")).StatusCode);
    }

    [SkippableFact]
    public async Task Another_tenants_resource_by_id_is_not_found()
    {
        var (a, b, adminOfA, contactOfB) = await TwoTenantsAsync();
        var read = await adminOfA.GetAsync($"/api/tenants/{a.Slug}/contacts/{contactOfB}");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.DoesNotContain("Bea DPO", await read.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await adminOfA.DeleteAsync($"/api/tenants/{a.Slug}/contacts/{contactOfB}")).StatusCode);
        var list = await adminOfA.GetStringAsync($"/api/tenants/{a.Slug}/contacts");
        Assert.DoesNotContain("Bea DPO", list);
        // B's contact survived the attempts.
        Assert.Contains("Bea DPO", await Api.Admin().GetStringAsync($"/api/tenants/{b.Slug}/contacts"));
    }

    [SkippableFact]
    public async Task Another_tenant_by_host_name_is_forbidden()
    {
        var (a, b, adminOfA, _) = await TwoTenantsAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/tenants/{a.Slug}/contacts");
        request.Headers.Host = $"{b.Slug}.{PlatformApp.HostSuffix}";
        Assert.Equal(HttpStatusCode.Forbidden, (await adminOfA.SendAsync(request)).StatusCode);
        var own = new HttpRequestMessage(HttpMethod.Get, $"/api/tenants/{a.Slug}/contacts");
        own.Headers.Host = $"{a.Slug}.{PlatformApp.HostSuffix}";
        Assert.Equal(HttpStatusCode.OK, (await adminOfA.SendAsync(own)).StatusCode);
    }

    [SkippableFact]
    public async Task Unknown_tenant_in_route_is_not_found_for_platform_admins()
    {
        var response = await Api.Admin().GetAsync("/api/tenants/bestaat-niet-" + Guid.NewGuid().ToString("N")[..6]);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task Queries_without_a_tenant_return_nothing()
    {
        var (_, b, _, _) = await TwoTenantsAsync();
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenantsDbContext>();
        Assert.Empty(await db.Contacts.ToListAsync());
        Assert.True(await db.Contacts.IgnoreQueryFilters().AnyAsync(c => c.TenantId == b.Id), "the row exists");
    }

    [SkippableFact]
    public async Task Writes_for_another_tenant_or_without_tenant_throw()
    {
        var (a, b, _, contactOfB) = await TwoTenantsAsync();
        var scopes = App.Services.GetRequiredService<ITenantScopeFactory>();
        await using (var scope = await scopes.BeginAsync(a.Id))
        {
            var db = scope.ServiceProvider.GetRequiredService<TenantsDbContext>();
            db.Contacts.Add(new Contact { Id = Guid.NewGuid(), TenantId = b.Id, Role = ContactRole.Spoc, Name = "X", Email = "x@x.be" });
            await Assert.ThrowsAsync<TenantMismatchException>(() => db.SaveChangesAsync());
        }
        await using (var scope = await scopes.BeginAsync(a.Id))
        {
            var db = scope.ServiceProvider.GetRequiredService<TenantsDbContext>();
            var foreign = await db.Contacts.IgnoreQueryFilters().SingleAsync(c => c.Id == contactOfB);
            foreign.Name = "Overschreven";
            await Assert.ThrowsAsync<TenantMismatchException>(() => db.SaveChangesAsync());
        }
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TenantsDbContext>();
            db.Contacts.Add(new Contact { Id = Guid.NewGuid(), Role = ContactRole.Spoc, Name = "X", Email = "x@x.be" });
            await Assert.ThrowsAsync<TenantMismatchException>(() => db.SaveChangesAsync());
        }
        await using (var scope = await scopes.BeginAsync(a.Id))
        {
            var db = scope.ServiceProvider.GetRequiredService<TenantsDbContext>();
            var mine = new Contact { Id = Guid.NewGuid(), Role = ContactRole.Spoc, Name = "Eigen", Email = "spoc@a.be" };
            db.Contacts.Add(mine);
            await db.SaveChangesAsync();
            Assert.Equal(a.Id, mine.TenantId);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TenantIsolationOnSqlite(SqliteApp app) : TenantIsolationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TenantIsolationOnPostgres(PostgresApp app) : TenantIsolationTests(app);
