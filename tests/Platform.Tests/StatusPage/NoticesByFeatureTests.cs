using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using static Platform.Tests.Tenants.TenantsApiKit;

namespace Platform.Tests.StatusPage;

/// <summary>Issue 18.5: a tenant contact subscribed at onboarding is told only of incidents on components behind the
/// features its tenant's published app uses; a public subscriber to the product is told of every one.</summary>
public abstract class NoticesByFeatureTests(PlatformApp app) : DatabaseTest(app)
{
    [SkippableFact]
    public async Task A_tenant_contact_gets_only_notices_that_touch_its_published_features()
    {
        var data = new StatusFixtureData(App);
        var product = await data.ProductAsync(2);
        var (documents, waste) = (product.Components[0], product.Components[1]);
        await Api.EnsureAsync(await data.Agent.PutAsJsonAsync($"/api/status/components/{documents}/features", new { featureKeys = new[] { "documents" } }), HttpStatusCode.NoContent);
        await Api.EnsureAsync(await data.Agent.PutAsJsonAsync($"/api/status/components/{waste}/features", new { featureKeys = new[] { "waste-calendar" } }), HttpStatusCode.NoContent);

        var tenant = await Api.CreateTenantAsync("notices");
        var admin = Api.Admin();
        var contact = $"spoc-{Guid.NewGuid():N}@proef.be";
        await Api.EnsureAsync(await admin.PostAsJsonAsync($"/api/tenants/{tenant.Slug}/contacts",
            new { role = "Spoc", name = "Sam Spoc", email = contact, subscribeToStatusPage = true, statusProduct = product.Slug }), HttpStatusCode.Created);
        var everyone = $"iedereen-{Guid.NewGuid():N}@proef.be";
        await using (var scope = App.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<global::StatusPage.IStatusSubscriptions>().SubscribeConfirmedAsync(everyone, product.Slug));

        // Before the app is published, nothing touches it.
        var early = await data.OpenIncidentAsync(documents, "Vroeg " + product.Slug);
        await data.DispatchAsync(early);
        Assert.Empty(Mailbox.To(App, contact));

        await PutOkAsync(admin, $"/api/tenants/{tenant.Slug}/draft/branding", Branding());
        await PublishAsync(admin, tenant.Slug);
        var wasteDown = await data.OpenIncidentAsync(waste, "Afvalkalender " + product.Slug);
        await data.DispatchAsync(wasteDown);
        Assert.Empty(Mailbox.To(App, contact)); // the waste calendar is not in this app
        var documentsDown = await data.OpenIncidentAsync(documents, "Documenten " + product.Slug);
        await data.DispatchAsync(documentsDown);
        await data.DispatchAsync(documentsDown);
        Assert.Equal(["Storing: Documenten " + product.Slug], Mailbox.To(App, contact).Select(m => m.Subject ?? "").ToArray());
        Assert.Equal(["Storing: Vroeg " + product.Slug, "Storing: Afvalkalender " + product.Slug, "Storing: Documenten " + product.Slug],
            Mailbox.To(App, everyone).Select(m => m.Subject ?? "").ToArray());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NoticesByFeatureOnSqlite(SqliteApp app) : NoticesByFeatureTests(app);

[Collection(PostgresCollection.Name)]
public sealed class NoticesByFeatureOnPostgres(PostgresApp app) : NoticesByFeatureTests(app);
