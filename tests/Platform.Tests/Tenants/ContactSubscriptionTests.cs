using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;
using Platform.Tests.StatusPage;

namespace Platform.Tests.Tenants;

/// <summary>Issue 13: a contact's status page subscription follows the contact both ways — ticked subscribes the address,
/// unticked, a changed address or a removed contact ends the old address's subscription. Checked on the status page
/// itself: an incident is dispatched after each step and the subscriber list is whoever it mails.</summary>
public abstract class ContactSubscriptionTests(PlatformApp app) : DatabaseTest(app)
{
    private static string NewEmail() => $"contact-{Guid.NewGuid():N}@test.burgerprofiel.be";

    /// <summary>Opens, dispatches and resolves an incident; returns the subject its subscribers received.</summary>
    private static async Task<string> IncidentAsync(StatusFixtureData data, StatusFixtureData.TestProduct product, string step)
    {
        var title = $"Contact {step} {product.Slug}";
        var incident = await data.OpenIncidentAsync(product.Components[0], title);
        try
        {
            await data.DispatchAsync(incident);
        }
        finally
        {
            // Leave nothing open: other tests read every tenant's banner.
            await Api.EnsureAsync(await data.Agent!.PostAsJsonAsync($"/api/status/incidents/{incident}/updates",
                new { status = "Resolved", message = "Opgelost." }), HttpStatusCode.OK);
        }
        return "Storing: " + title;
    }

    private bool Told(string email, string subject) => Mailbox.To(App, email).Any(m => m.Subject == subject);

    [SkippableFact]
    public async Task Ticking_unticking_changing_the_address_and_removing_keep_the_status_page_in_step()
    {
        var data = new StatusFixtureData(App);
        var product = await data.ProductAsync(1);
        var tenant = await Api.CreateTenantAsync("csub");
        var admin = Api.Admin();
        var url = $"/api/tenants/{tenant.Slug}/contacts";
        var (first, second) = (NewEmail(), NewEmail());
        object Body(string email, bool subscribe) => new { role = "Spoc", name = "Loket", email, subscribeToStatusPage = subscribe, statusProduct = product.Slug };

        // Ticked: subscribed.
        var created = await admin.PostAsJsonAsync(url, Body(first, true));
        await Api.EnsureAsync(created, HttpStatusCode.Created);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("statusSubscribed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("statusSubscriptionProblem").ValueKind);
        var id = body.GetProperty("id").GetGuid();
        Assert.True(Told(first, await IncidentAsync(data, product, "aangevinkt")));

        // Unticked: gone.
        var unticked = await admin.PutAsJsonAsync($"{url}/{id}", Body(first, false));
        await Api.EnsureAsync(unticked, HttpStatusCode.OK);
        Assert.False((await unticked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statusSubscribed").GetBoolean());
        Assert.False(Told(first, await IncidentAsync(data, product, "uitgevinkt")));

        // Ticked again, then the address changes: the old one is gone, the new one there.
        await Api.EnsureAsync(await admin.PutAsJsonAsync($"{url}/{id}", Body(first, true)), HttpStatusCode.OK);
        await Api.EnsureAsync(await admin.PutAsJsonAsync($"{url}/{id}", Body(second, true)), HttpStatusCode.OK);
        var changed = await IncidentAsync(data, product, "gewijzigd");
        Assert.True(Told(second, changed));
        Assert.False(Told(first, changed));

        // Another subscribed contact with the same address keeps it subscribed when this one goes; the last one ends it.
        var dpo = await admin.PostAsJsonAsync(url, new { role = "DataProtectionOfficer", name = "Dirk", email = second, subscribeToStatusPage = true, statusProduct = product.Slug });
        await Api.EnsureAsync(dpo, HttpStatusCode.Created);
        var dpoId = (await dpo.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{url}/{id}")).StatusCode);
        Assert.True(Told(second, await IncidentAsync(data, product, "gedeeld")));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{url}/{dpoId}")).StatusCode);
        Assert.False(Told(second, await IncidentAsync(data, product, "verwijderd")));
    }

    [SkippableFact]
    public async Task A_subscription_that_cannot_be_made_saves_the_contact_and_says_so_on_the_api_and_next_to_the_option()
    {
        var tenant = await Api.CreateTenantAsync("cnop");
        var response = await Api.Admin().PostAsJsonAsync($"/api/tenants/{tenant.Slug}/contacts",
            new { role = "Spoc", name = "Loket", email = NewEmail(), subscribeToStatusPage = true, statusProduct = "bestaat-niet" });
        await Api.EnsureAsync(response, HttpStatusCode.Created);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("statusSubscribed").GetBoolean());
        Assert.Contains("niet ingeschreven op de statuspagina", body.GetProperty("statusSubscriptionProblem").GetString());

        // The page: the contact is saved and the reason stands next to the option.
        var admin = await Api.CreateUserAsync("PlatformAdmin", password: "Lang-genoeg-wachtwoord-1");
        var client = await Api.SignInAsync(admin.Email, "Lang-genoeg-wachtwoord-1");
        var path = $"/beheer/{tenant.Slug}/contactpersonen";
        var token = await Api.FormTokenAsync(client, path);
        var email = NewEmail();
        var posted = await client.PostAsync(path + "?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Role"] = "Billing", ["ContactName"] = "Boekhouding", ["Email"] = email, ["Subscribe"] = "true",
            ["StatusProduct"] = "bestaat-niet", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(posted.Headers.Location!.OriginalString));
        Assert.Contains("Contactpersoon Boekhouding is bewaard.", html);
        Assert.Matches("aria-invalid=\"true\" aria-describedby=\"hint-Subscribe err-Subscribe\"", html);
        Assert.Matches("id=\"err-Subscribe\" class=\"field-error\">De contactpersoon is bewaard, maar niet ingeschreven op de statuspagina: het product 'bestaat-niet'", html);
        var list = await Api.Admin().GetFromJsonAsync<JsonElement>($"/api/tenants/{tenant.Slug}/contacts");
        Assert.Contains(list.EnumerateArray(), c => c.GetProperty("email").GetString() == email && !c.GetProperty("statusSubscribed").GetBoolean());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ContactSubscriptionOnSqlite(SqliteApp app) : ContactSubscriptionTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ContactSubscriptionOnPostgres(PostgresApp app) : ContactSubscriptionTests(app);
