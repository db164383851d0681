using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Kernel.Outages;
using StatusPage;
using StatusPage.Persistence;

namespace Platform.Tests.StatusPage;

/// <summary>E-mail subscriptions (double opt-in, one-click unsubscribe) and "each once".</summary>
public abstract partial class StatusNotificationTests(PlatformApp app) : DatabaseTest(app)
{
    private StatusFixtureData Data => new(App);

    private static string NewEmail() => $"abonnee-{Guid.NewGuid():N}@test.burgerprofiel.be";

    [GeneratedRegex(@"https?://\S+/status/(bevestigen|uitschrijven)\?token=([0-9a-f]{64})")]
    private static partial Regex LinkPattern();

    private static string TokenIn(string text, string kind) =>
        LinkPattern().Matches(text).Single(m => m.Groups[1].Value == kind).Groups[2].Value;

    private async Task<string> SubscribeAndConfirmAsync(string email, string product)
    {
        var response = await Api.Anonymous().PostAsJsonAsync("/api/status/subscriptions", new { email, product });
        await Api.EnsureAsync(response, HttpStatusCode.Accepted);
        var confirmation = Assert.Single(Mailbox.To(App, email));
        Assert.Equal("Bevestig je abonnement op de statuspagina", confirmation.Subject);
        var token = TokenIn(confirmation.TextBody ?? "", "bevestigen");
        var page = await Api.Anonymous().GetAsync($"/status/bevestigen?token={token}");
        Assert.Contains("Abonnement bevestigen", await page.Content.ReadAsStringAsync());
        var confirm = await Api.Anonymous().PostAsync("/status/bevestigen", new FormUrlEncodedContent([new("token", token)]));
        Assert.Contains("Je abonnement is bevestigd", await confirm.Content.ReadAsStringAsync());
        return token;
    }

    [SkippableFact]
    public async Task Unconfirmed_subscribers_receive_nothing_confirmed_ones_each_event_once()
    {
        var data = Data;
        var product = await data.ProductAsync();
        var confirmed = NewEmail();
        var unconfirmed = NewEmail();
        await SubscribeAndConfirmAsync(confirmed, product.Slug);
        await Api.EnsureAsync(await Api.Anonymous().PostAsJsonAsync("/api/status/subscriptions", new { email = unconfirmed, product = product.Slug }), HttpStatusCode.Accepted);
        // The same address also follows one component of the product: still one mail per event.
        await Api.EnsureAsync(await Api.Anonymous().PostAsJsonAsync("/api/status/subscriptions", new { email = confirmed, componentId = product.Components[0] }), HttpStatusCode.Accepted);
        var second = TokenIn(Mailbox.To(App, confirmed).Last().TextBody ?? "", "bevestigen");
        await Api.Anonymous().PostAsync("/status/bevestigen", new FormUrlEncodedContent([new("token", second)]));
        // Subscribing again to the same scope sends nothing new once confirmed.
        await Api.EnsureAsync(await Api.Anonymous().PostAsJsonAsync("/api/status/subscriptions", new { email = confirmed, product = product.Slug }), HttpStatusCode.Accepted);
        Assert.Equal(2, Mailbox.To(App, confirmed).Count);

        var incident = await data.OpenIncidentAsync(product.Components[0], "Eenmalig " + product.Slug);
        await Api.EnsureAsync(await data.Agent.PostAsJsonAsync($"/api/status/incidents/{incident}/updates",
            new { status = "Monitoring", message = "Een oplossing is uitgerold." }), HttpStatusCode.OK);
        await Api.EnsureAsync(await data.Agent.PostAsJsonAsync($"/api/status/incidents/{incident}/updates",
            new { status = "Resolved", message = "Alles werkt weer." }), HttpStatusCode.OK);

        await data.DispatchAsync(incident);
        await data.DispatchAsync(incident); // a retry, or a second node: nobody is told twice
        var mails = Mailbox.To(App, confirmed).Skip(2).ToList();
        Assert.Equal(["Storing: Eenmalig " + product.Slug, "Update storing: Eenmalig " + product.Slug, "Opgelost: Eenmalig " + product.Slug],
            mails.Select(m => m.Subject ?? "").ToArray());
        Assert.Single(Mailbox.To(App, unconfirmed)); // only the confirmation request
        Assert.Contains("Alles werkt weer.", mails[2].TextBody);
        Assert.Equal("List-Unsubscribe=One-Click", mails[0].Headers["List-Unsubscribe-Post"]);

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StatusPageDbContext>();
        var events = await data.EventsOfAsync(incident);
        Assert.Equal(3, await db.Notifications.CountAsync(n => events.Contains(n.EventId)));
    }

    [SkippableFact]
    public async Task A_subscriber_who_unsubscribed_receives_nothing()
    {
        var data = Data;
        var product = await data.ProductAsync(1);
        var email = NewEmail();
        await SubscribeAndConfirmAsync(email, product.Slug);
        var first = await data.OpenIncidentAsync(product.Components[0], "Voor uitschrijven " + product.Slug);
        await data.DispatchAsync(first);
        var notice = Mailbox.To(App, email).Last();
        Assert.Equal("Storing: Voor uitschrijven " + product.Slug, notice.Subject);

        // RFC 8058 one-click: the mail client POSTs to the List-Unsubscribe URL.
        var url = notice.Headers["List-Unsubscribe"]!.Trim('<', '>');
        var unsubscribe = await Api.Anonymous().PostAsync(new Uri(url).PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, unsubscribe.StatusCode);

        var second = await data.OpenIncidentAsync(product.Components[0], "Na uitschrijven " + product.Slug);
        await data.DispatchAsync(second);
        await data.DispatchAsync(first);
        Assert.Equal(2, Mailbox.To(App, email).Count); // confirmation + the first notice, nothing after
    }

    [SkippableFact]
    public async Task Subscribers_hear_only_of_their_product_or_component_and_maintenance_announced_started_completed_once()
    {
        var data = Data;
        var product = await data.ProductAsync();
        var other = await data.ProductAsync(1);
        var email = NewEmail();
        await SubscribeAndConfirmAsync(email, product.Slug);
        var elsewhere = await data.OpenIncidentAsync(other.Components[0], "Elders " + other.Slug);
        await data.DispatchAsync(elsewhere);
        Assert.Single(Mailbox.To(App, email));

        var start = DateTimeOffset.UtcNow.AddDays(2);
        var created = await data.Agent.PostAsJsonAsync("/api/status/maintenance", new
        {
            title = "Onderhoud " + product.Slug, description = "Nieuwe servers.", start, end = start.AddHours(1), componentIds = new[] { product.Components[0] },
        });
        await Api.EnsureAsync(created, HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Api.EnsureAsync(await data.Agent.PostAsync($"/api/status/maintenance/{id}/start", null), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Conflict, (await data.Agent.PostAsync($"/api/status/maintenance/{id}/start", null)).StatusCode);
        await Api.EnsureAsync(await data.Agent.PostAsync($"/api/status/maintenance/{id}/complete", null), HttpStatusCode.OK);
        await data.DispatchAsync(id);
        await data.DispatchAsync(id);
        var page = await Api.Anonymous().GetStringAsync($"/status?product={product.Slug}");
        Assert.Contains("aangekondigd onderhoud deze maand:", page); // reported apart from the 99.9 %
        Assert.Contains("deze maand tot nu: 100,00 %", page);
        Assert.Equal(["Gepland onderhoud: Onderhoud " + product.Slug, "Onderhoud gestart: Onderhoud " + product.Slug, "Onderhoud voltooid: Onderhoud " + product.Slug],
            Mailbox.To(App, email).Skip(1).Select(m => m.Subject ?? "").ToArray());
    }

    [SkippableFact]
    public async Task Tenant_contacts_can_be_subscribed_without_opt_in_through_the_module_interface()
    {
        var data = Data;
        var product = await data.ProductAsync(1);
        var email = NewEmail();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var subscriptions = scope.ServiceProvider.GetRequiredService<IStatusSubscriptions>();
            Assert.True(await subscriptions.SubscribeConfirmedAsync(email, product.Name));
            Assert.True(await subscriptions.SubscribeConfirmedAsync(email, product.Name)); // idempotent
            Assert.False(await subscriptions.SubscribeConfirmedAsync(email, "bestaat-niet"));
        }
        var incident = await data.OpenIncidentAsync(product.Components[0], "Contact " + product.Slug);
        await data.DispatchAsync(incident);
        Assert.Equal("Storing: Contact " + product.Slug, Assert.Single(Mailbox.To(App, email)).Subject);
    }

    [SkippableFact]
    public async Task A_contact_added_at_onboarding_can_be_subscribed_and_is_told_of_incidents()
    {
        var data = Data;
        var product = await data.ProductAsync(1);
        var tenant = await Api.CreateTenantAsync("status");
        var spoc = NewEmail();
        var added = await Api.Admin().PostAsJsonAsync($"/api/tenants/{tenant.Slug}/contacts",
            new { role = "Spoc", name = "Loket", email = spoc, subscribeToStatusPage = true, statusProduct = product.Slug });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var unknown = await Api.Admin().PostAsJsonAsync($"/api/tenants/{tenant.Slug}/contacts",
            new { role = "DataProtectionOfficer", name = "Dirk", email = NewEmail(), subscribeToStatusPage = true, statusProduct = "bestaat-niet" });
        // The contact is saved all the same, unsubscribed, and the answer says why.
        Assert.Equal(HttpStatusCode.Created, unknown.StatusCode);
        var unknownBody = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(unknownBody.GetProperty("statusSubscribed").GetBoolean());
        Assert.Contains("bestaat-niet", unknownBody.GetProperty("statusSubscriptionProblem").GetString());
        var other = NewEmail();
        await Api.Admin().PostAsJsonAsync($"/api/tenants/{tenant.Slug}/contacts", new { role = "Architect", name = "Arno", email = other });

        var incident = await data.OpenIncidentAsync(product.Components[0], "Onboarding " + product.Slug);
        await data.DispatchAsync(incident);
        Assert.Equal("Storing: Onboarding " + product.Slug, Assert.Single(Mailbox.To(App, spoc)).Subject);
        Assert.Empty(Mailbox.To(App, other));
    }

    [SkippableFact]
    public async Task A_tenant_contact_hears_only_of_components_behind_its_apps_features_and_of_platform_wide_ones()
    {
        var data = Data;
        var product = await data.ProductAsync(3);
        var (documents, waste, platformWide) = (product.Components[0], product.Components[1], product.Components[2]);
        await Api.EnsureAsync(await data.Agent.PutAsJsonAsync($"/api/status/components/{documents}/features", new { featureKeys = new[] { "documents", "certificates" } }), HttpStatusCode.NoContent);
        await Api.EnsureAsync(await data.Agent.PutAsJsonAsync($"/api/status/components/{waste}/features", new { featureKeys = new[] { "waste-calendar" } }), HttpStatusCode.NoContent);
        var tenant = await Api.CreateTenantAsync("notices");
        var admin = Api.Admin();
        await Tenants.TenantsApiKit.PutOkAsync(admin, $"/api/tenants/{tenant.Slug}/draft/branding", Tenants.TenantsApiKit.Branding());
        await Tenants.TenantsApiKit.PublishAsync(admin, tenant.Slug); // core features (documents) on, the waste calendar off
        var spoc = NewEmail();
        await Api.EnsureAsync(await admin.PostAsJsonAsync($"/api/tenants/{tenant.Slug}/contacts",
            new { role = "Spoc", name = "Loket", email = spoc, subscribeToStatusPage = true, statusProduct = product.Slug }), HttpStatusCode.Created);
        var citizen = NewEmail();
        await SubscribeAndConfirmAsync(citizen, product.Slug);

        var incidents = new List<Guid>();
        foreach (var (component, title) in new[] { (waste, "Afvalkalender " + product.Slug), (documents, "Documenten " + product.Slug), (platformWide, "Aanmelden " + product.Slug) })
        {
            var incident = await data.OpenIncidentAsync(component, title);
            incidents.Add(incident);
            await data.DispatchAsync(incident);
        }
        try
        {
            string[] told = [.. Mailbox.To(App, spoc).Select(m => m.Subject ?? "").Where(s => s.StartsWith("Storing")).Order()];
            Assert.Equal(["Storing: Aanmelden " + product.Slug, "Storing: Documenten " + product.Slug], told);
            Assert.Equal(3, Mailbox.To(App, citizen).Count(m => (m.Subject ?? "").StartsWith("Storing"))); // a citizen's subscription is not filtered by any app
        }
        finally
        {
            // Leave nothing open: other tests read every tenant's banner.
            foreach (var incident in incidents)
                await Api.EnsureAsync(await data.Agent.PostAsJsonAsync($"/api/status/incidents/{incident}/updates",
                    new { status = "Resolved", message = "Opgelost." }), HttpStatusCode.OK);
        }
    }

    [SkippableFact]
    public async Task Invalid_subscriptions_and_links_are_refused()
    {
        var invalid = await Api.Anonymous().PostAsJsonAsync("/api/status/subscriptions", new { email = "geen-adres", product = "bestaat-niet" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.StartsWith("Vul een geldig e-mailadres in", errors.GetProperty("email")[0].GetString());
        Assert.Equal("Dit product bestaat niet.", errors.GetProperty("product")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Anonymous().GetAsync("/status/bevestigen?token=" + new string('a', 64))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Anonymous().PostAsync("/status/uitschrijven?token=abc", null)).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StatusNotificationsOnSqlite(SqliteApp app) : StatusNotificationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class StatusNotificationsOnPostgres(PostgresApp app) : StatusNotificationTests(app);
