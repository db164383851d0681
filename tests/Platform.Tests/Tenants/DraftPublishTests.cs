using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Tenants.Catalogue;
using Tenants.Domain.Features;
using static Platform.Tests.Tenants.TenantsApiKit;

namespace Platform.Tests.Tenants;

/// <summary>Draft, validation messages, publish, history with diff, rollback, audit; feature availability.</summary>
public abstract class DraftPublishTests(PlatformApp app) : DatabaseTest(app)
{
    [SkippableFact]
    public async Task Low_contrast_is_refused_naming_the_pair_and_its_ratio()
    {
        var tenant = await Api.CreateTenantAsync("brand");
        var admin = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", tenant.Slug)).Key);
        var response = await admin.PutAsJsonAsync($"/api/tenants/{tenant.Slug}/draft/branding", Branding("#FFE615"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var message = errors.GetProperty("textOnPrimary")[0].GetString()!;
        Assert.Contains("Tekst op primaire kleur", message);
        Assert.Matches(@"contrast 1,\d+:1, minimaal 4,5:1", message);
        Assert.True(errors.TryGetProperty("primary", out _), "primary on background fails too");

        var bad = await admin.PutAsJsonAsync($"/api/tenants/{tenant.Slug}/draft/branding", Branding("blauw"));
        Assert.Contains("geen kleur", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("primary")[0].GetString());
    }

    [SkippableFact]
    public async Task Feature_settings_are_validated_and_core_features_cannot_be_switched()
    {
        var tenant = await Api.CreateTenantAsync("feat");
        var admin = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", tenant.Slug)).Key);
        var response = await admin.PutAsJsonAsync($"/api/tenants/{tenant.Slug}/draft/features/waste-calendar",
            new { enabled = true, settings = new { provider = "custom", calendarUrl = "http://intern.local/kalender" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("settings.calendarUrl", out _));
        var core = await admin.PutAsJsonAsync($"/api/tenants/{tenant.Slug}/draft/features/documents", new { enabled = false });
        Assert.Equal(HttpStatusCode.BadRequest, core.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync($"/api/tenants/{tenant.Slug}/draft/features/bestaat-niet", new { enabled = true })).StatusCode);
    }

    [SkippableFact]
    public async Task Publish_numbers_versions_history_shows_a_diff_and_rollback_republishes()
    {
        var tenant = await Api.CreateTenantAsync("hist");
        var admin = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", tenant.Slug)).Key);
        await PutOkAsync(admin, $"/api/tenants/{tenant.Slug}/draft/branding", Branding("#1A4F8B"));
        await PublishAsync(admin, tenant.Slug, "Eerste lancering");
        await PutOkAsync(admin, $"/api/tenants/{tenant.Slug}/draft/branding", Branding("#6A1B9A"));
        await PutOkAsync(admin, $"/api/tenants/{tenant.Slug}/draft/features/waste-calendar", WasteCalendar());
        await PublishAsync(admin, tenant.Slug);

        var rollback = await admin.PostAsync($"/api/tenants/{tenant.Slug}/versions/1/rollback", null);
        await Api.EnsureAsync(rollback, HttpStatusCode.Created);
        var versions = (await admin.GetFromJsonAsync<JsonElement>($"/api/tenants/{tenant.Slug}/versions")).EnumerateArray().ToList();
        Assert.Equal([3, 2, 1], versions.Select(v => v.GetProperty("number").GetInt32()));
        var v2 = string.Join("|", versions[1].GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("Primaire kleur: #1A4F8B → #6A1B9A", v2);
        Assert.Contains("Functie \"Afvalkalender\" aangezet", v2);
        Assert.Equal("Teruggezet naar versie 1", versions[0].GetProperty("note").GetString());
        Assert.Contains("Functie \"Afvalkalender\" uitgezet", versions[0].GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
        Assert.StartsWith("Test TenantAdmin", versions[0].GetProperty("publishedBy").GetString());

        var config = JsonDocument.Parse(await Api.Anonymous().GetStringAsync($"/api/apps/{tenant.Slug}/config")).RootElement;
        Assert.Equal(3, config.GetProperty("configVersion").GetInt32());
        Assert.Equal("#1A4F8B", config.GetProperty("branding").GetProperty("colors").GetProperty("primary").GetString());
        // The draft follows the rollback.
        var draft = await admin.GetFromJsonAsync<JsonElement>($"/api/tenants/{tenant.Slug}/draft");
        Assert.Equal("#1A4F8B", draft.GetProperty("branding").GetProperty("primary").GetString());

        var audit = await admin.GetStringAsync($"/api/tenants/{tenant.Slug}/audit");
        foreach (var action in new[] { "branding.updated", "feature.enabled", "version.published", "draft.restored" })
            Assert.Contains(action, audit);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/tenants/{tenant.Slug}/versions/99/rollback", null)).StatusCode);
    }

    [SkippableFact]
    public async Task Suspending_a_feature_notifies_its_users_hides_it_and_blocks_switching_it_on()
    {
        var user = await Api.CreateTenantAsync("wal");
        var bystander = await Api.CreateTenantAsync("by");
        var adminOfUser = await Api.CreateUserAsync("TenantAdmin", user.Slug);
        var adminOfBystander = await Api.CreateUserAsync("TenantAdmin", bystander.Slug);
        var client = Api.WithKey(adminOfUser.Key);
        await PutOkAsync(client, $"/api/tenants/{user.Slug}/draft/features/wallet", new { enabled = true, settings = new { offlineKinds = new[] { "certificates" } } });
        await PublishAsync(client, user.Slug);
        Assert.Contains("\"wallet\"", await Api.Anonymous().GetStringAsync($"/api/apps/{user.Slug}/config"));
        try
        {
            var tenantAdminTry = await client.PutAsJsonAsync("/api/features/wallet/availability", new { availability = "suspended" });
            Assert.Equal(HttpStatusCode.Forbidden, tenantAdminTry.StatusCode);
            await PutOkAsync(Api.Admin(), "/api/features/wallet/availability", new { availability = "suspended", reason = "Storing bij de leverancier." });

            var mails = Mailbox.To(App, adminOfUser.Email);
            Assert.Contains(mails, m => (m.Subject ?? "").Contains("Wallet") && (m.TextBody ?? "").Contains("opgeschort")
                && (m.TextBody ?? "").Contains("Reden: Storing bij de leverancier."));
            Assert.Empty(Mailbox.To(App, adminOfBystander.Email));
            Assert.DoesNotContain("\"wallet\"", await Api.Anonymous().GetStringAsync($"/api/apps/{user.Slug}/config"));
            var refused = await Api.WithKey(adminOfBystander.Key).PutAsJsonAsync($"/api/tenants/{bystander.Slug}/draft/features/wallet",
                new { enabled = true, settings = new { offlineKinds = new[] { "cards" } } });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("opgeschort", await refused.Content.ReadAsStringAsync());

            // Notifying the same change again sends nothing more (send-once log in the database).
            await using var scope = App.Services.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<FeatureAvailabilityService>();
            var db = scope.ServiceProvider.GetRequiredService<global::Tenants.Persistence.TenantsDbContext>();
            var change = db.FeatureAvailabilityChanges.Where(c => c.Key == "wallet").AsEnumerable().OrderBy(c => c.At).Last();
            Assert.Equal(0, await service.NotifyAsync(change, FeatureCatalogue.Wallet, default));
            Assert.Equal(mails.Count, Mailbox.To(App, adminOfUser.Email).Count);
        }
        finally
        {
            await PutOkAsync(Api.Admin(), "/api/features/wallet/availability", new { availability = "available" });
        }
        Assert.Contains("\"wallet\"", await Api.Anonymous().GetStringAsync($"/api/apps/{user.Slug}/config"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DraftPublishOnSqlite(SqliteApp app) : DraftPublishTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DraftPublishOnPostgres(PostgresApp app) : DraftPublishTests(app);
