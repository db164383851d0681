using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;
using static Platform.Tests.Tenants.TenantsApiKit;

namespace Platform.Tests.Tenants;

/// <summary>The API side of the confirmation screens: what publishing the draft or re-publishing a version would change
/// (secrets hidden), and removing the logo from the draft.</summary>
public abstract class PublishPreviewTests(PlatformApp app) : DatabaseTest(app)
{
    [SkippableFact]
    public async Task Changes_of_the_draft_and_of_an_old_version_are_listed_in_dutch_and_the_logo_can_be_removed()
    {
        var tenant = await Api.CreateTenantAsync("prev");
        var admin = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", tenant.Slug)).Key);
        await PutOkAsync(admin, $"/api/tenants/{tenant.Slug}/draft/features/waste-calendar", WasteCalendar("eerste-geheim-1"));
        await PublishAsync(admin, tenant.Slug);
        await PutOkAsync(admin, $"/api/tenants/{tenant.Slug}/draft/features/waste-calendar", WasteCalendar("tweede-geheim-2"));
        await PutOkAsync(admin, $"/api/tenants/{tenant.Slug}/draft/branding", Branding("#6A1B9A"));

        var changes = await admin.GetStringAsync($"/api/tenants/{tenant.Slug}/draft/changes");
        var list = JsonDocument.Parse(changes).RootElement.EnumerateArray()
            .Select(c => (c.GetProperty("what").GetString(), c.GetProperty("before").GetString(), c.GetProperty("after").GetString())).ToList();
        Assert.Contains(("Primaire kleur", "#1A4F8B", "#6A1B9A"), list);
        Assert.Contains(("Afvalkalender – API-sleutel", "(verborgen)", "(gewijzigd, verborgen)"), list);
        Assert.DoesNotContain("geheim", changes);
        await PublishAsync(admin, tenant.Slug);

        var back = JsonDocument.Parse(await admin.GetStringAsync($"/api/tenants/{tenant.Slug}/versions/1/changes")).RootElement;
        Assert.Contains(back.EnumerateArray(), c => c.GetProperty("what").GetString() == "Primaire kleur" && c.GetProperty("after").GetString() == "#1A4F8B");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/tenants/{tenant.Slug}/versions/9/changes")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/tenants/{tenant.Slug}/draft/logo")).StatusCode);
        var logo = new ByteArrayContent("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><rect width="2" height="2"/></svg>"""u8.ToArray());
        logo.Headers.ContentType = new MediaTypeHeaderValue("image/svg+xml");
        await Api.EnsureAsync(await admin.PutAsync($"/api/tenants/{tenant.Slug}/draft/logo", logo), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/tenants/{tenant.Slug}/draft/logo")).StatusCode);
        var draft = await admin.GetFromJsonAsync<JsonElement>($"/api/tenants/{tenant.Slug}/draft");
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("logoUrl").ValueKind);

        var other = await Api.CreateTenantAsync("prev2");
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/api/tenants/{other.Slug}/draft/changes")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PublishPreviewOnSqlite(SqliteApp app) : PublishPreviewTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PublishPreviewOnPostgres(PostgresApp app) : PublishPreviewTests(app);
