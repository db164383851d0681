using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Kernel.Outages;
using StatusPage;
using StatusPage.Persistence;

namespace Platform.Tests.StatusPage;

/// <summary>Planned maintenance edited, rescheduled and cancelled: subscribers told once of each change, the calendar keeps
/// the UID with a higher SEQUENCE and ends CANCELLED; refused changes name the field in Dutch.</summary>
public abstract class StatusMaintenanceChangeTests(PlatformApp app) : DatabaseTest(app)
{
    private StatusFixtureData Data => new(App);

    private static string NewEmail() => $"onderhoud-{Guid.NewGuid():N}@test.burgerprofiel.be";

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        await Api.EnsureAsync(response, expected);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [SkippableFact]
    public async Task Edit_reschedule_and_cancel_are_told_once_each_and_the_calendar_keeps_the_uid()
    {
        var data = Data;
        var product = await data.ProductAsync();
        var email = NewEmail();
        await using (var scope = App.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<IStatusSubscriptions>().SubscribeConfirmedAsync(email, product.Slug));

        var start = new DateTimeOffset(DateTimeOffset.UtcNow.UtcDateTime.Date.AddDays(3).AddHours(20), TimeSpan.Zero);
        var title = "Wijzigbaar onderhoud " + product.Slug;
        var plan = new { title, description = "Nieuwe databankserver.", start, end = start.AddHours(1), componentIds = new[] { product.Components[0] } };
        var id = (await JsonAsync(await data.Agent.PostAsJsonAsync("/api/status/maintenance", plan), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        // Refused: end before start, no components; each named in Dutch under its field; nothing changed.
        var invalid = await data.Agent.PutAsJsonAsync($"/api/status/maintenance/{id}", plan with { end = start.AddHours(-1), componentIds = Array.Empty<Guid>() });
        var errors = (await JsonAsync(invalid, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("Het einde moet na het begin liggen.", errors.GetProperty("end")[0].GetString());
        Assert.Equal("Kies minstens één onderdeel.", errors.GetProperty("componentIds")[0].GetString());

        // Rescheduled one day later and given a second component: one change, SEQUENCE 1.
        var later = start.AddDays(1);
        var moved = await JsonAsync(await data.Agent.PutAsJsonAsync($"/api/status/maintenance/{id}",
            plan with { start = later, end = later.AddHours(2), componentIds = new[] { product.Components[0], product.Components[1] } }), HttpStatusCode.OK);
        Assert.Equal(1, moved.GetProperty("sequence").GetInt32());
        Assert.Equal(later, moved.GetProperty("scheduledStart").GetDateTimeOffset());
        // The same again changes nothing and tells nobody.
        var same = await JsonAsync(await data.Agent.PutAsJsonAsync($"/api/status/maintenance/{id}",
            plan with { start = later, end = later.AddHours(2), componentIds = new[] { product.Components[1], product.Components[0] } }), HttpStatusCode.OK);
        Assert.Equal(1, same.GetProperty("sequence").GetInt32());
        // Only the description: an edit, not a reschedule.
        await JsonAsync(await data.Agent.PutAsJsonAsync($"/api/status/maintenance/{id}",
            plan with { description = "Nieuwe databankserver en netwerk.", start = later, end = later.AddHours(2), componentIds = new[] { product.Components[0], product.Components[1] } }), HttpStatusCode.OK);

        var cancel = await data.Agent.PostAsJsonAsync($"/api/status/maintenance/{id}/cancel", new { reason = "De leverancier heeft de server nog niet geleverd." });
        var cancelled = await JsonAsync(cancel, HttpStatusCode.OK);
        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal(3, cancelled.GetProperty("sequence").GetInt32());
        var again = await data.Agent.PostAsync($"/api/status/maintenance/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Geannuleerd onderhoud kan niet meer geannuleerd worden.", await again.Content.ReadAsStringAsync());
        var edit = await data.Agent.PutAsJsonAsync($"/api/status/maintenance/{id}", plan);
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Contains("Geannuleerd onderhoud kan niet meer gewijzigd worden.", await edit.Content.ReadAsStringAsync());

        await data.DispatchAsync(id);
        await data.DispatchAsync(id); // a retry, or a second node: nobody hears twice
        var mails = Mailbox.To(App, email);
        Assert.Equal(["Gepland onderhoud: " + title, "Onderhoud verplaatst: " + title, "Onderhoud gewijzigd: " + title, "Onderhoud geannuleerd: " + title],
            mails.Select(m => m.Subject ?? "").ToArray());
        Assert.Contains("Reden: De leverancier heeft de server nog niet geleverd.", mails[3].TextBody);
        Assert.Contains("Nieuw tijdstip: van ", mails[1].TextBody);

        // The calendar: the same UID, SEQUENCE 3, STATUS:CANCELLED, read by Ical.Net.
        var calendar = Calendar.Load(await Api.Anonymous().GetStringAsync("/status/maintenance.ics"))!;
        var e = Assert.Single(calendar.Events, x => x.Uid == $"{id}@status.burgerprofiel");
        Assert.Equal(3, e.Sequence);
        Assert.Equal("CANCELLED", e.Status);
        Assert.Equal(later.UtcDateTime, e.DtStart!.AsUtc);
        // Cancelled maintenance is no longer upcoming, publicly.
        Assert.DoesNotContain(id.ToString(), await Api.Anonymous().GetStringAsync("/api/v2/scheduled-maintenances/upcoming.json"));
        Assert.DoesNotContain(title, await Api.Anonymous().GetStringAsync($"/status?product={product.Slug}"));
    }

    [SkippableFact]
    public async Task Completed_and_running_maintenance_refuse_what_no_longer_applies()
    {
        var data = Data;
        var product = await data.ProductAsync(1);
        var now = DateTimeOffset.UtcNow;
        var start = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddMinutes(-30);
        var plan = new { title = "Lopend " + product.Slug, description = "Bezig.", start, end = start.AddHours(2), componentIds = new[] { product.Components[0] } };
        var id = (await JsonAsync(await data.Agent.PostAsJsonAsync("/api/status/maintenance", plan), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        // Announced with a start half an hour ago: it is in progress by schedule.
        var cancel = await data.Agent.PostAsync($"/api/status/maintenance/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.Conflict, cancel.StatusCode);
        Assert.Contains("al begonnen", await cancel.Content.ReadAsStringAsync());
        var moveStart = await data.Agent.PutAsJsonAsync($"/api/status/maintenance/{id}", plan with { start = start.AddHours(1), end = start.AddHours(3) });
        Assert.Equal("Het onderhoud is al begonnen: het begin kan niet meer veranderen.",
            (await JsonAsync(moveStart, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("start")[0].GetString());
        // Running late: the end may move.
        var longer = await JsonAsync(await data.Agent.PutAsJsonAsync($"/api/status/maintenance/{id}", plan with { end = start.AddHours(3) }), HttpStatusCode.OK);
        Assert.Equal(start.AddHours(3), longer.GetProperty("scheduledEnd").GetDateTimeOffset());

        await Api.EnsureAsync(await data.Agent.PostAsync($"/api/status/maintenance/{id}/complete", null), HttpStatusCode.OK);
        var edit = await data.Agent.PutAsJsonAsync($"/api/status/maintenance/{id}", plan with { title = "Te laat" });
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Contains("Voltooid onderhoud kan niet meer gewijzigd worden.", await edit.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await data.Agent.PutAsJsonAsync($"/api/status/maintenance/{Guid.NewGuid()}", plan)).StatusCode);
    }

    [SkippableFact]
    public async Task A_resolved_incident_gets_a_post_incident_report_on_its_public_page()
    {
        var data = Data;
        var product = await data.ProductAsync(1);
        var title = "Rapportstoring " + product.Slug;
        var incident = await data.OpenIncidentAsync(product.Components[0], title);
        var report = new { cause = "Een verlopen TLS-certificaat op de API-gateway.", impact = "Gedurende 40 minuten kon de app geen configuratie laden.", measures = "Certificaten worden nu automatisch vernieuwd en bewaakt." };

        var early = await data.Agent.PutAsJsonAsync($"/api/status/incidents/{incident}/report", report);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("nog niet opgelost", await early.Content.ReadAsStringAsync());
        await Api.EnsureAsync(await data.Agent.PostAsJsonAsync($"/api/status/incidents/{incident}/updates", new { status = "Resolved", message = "Alles werkt weer." }), HttpStatusCode.OK);

        var page = await Api.Anonymous().GetStringAsync($"/status/storingen/{incident}");
        Assert.Contains(title, page);
        Assert.Contains("Alles werkt weer.", page);
        Assert.Contains("Het rapport na de storing volgt.", page);

        var missing = await data.Agent.PutAsJsonAsync($"/api/status/incidents/{incident}/report", report with { cause = " " });
        Assert.Equal("Beschrijf de oorzaak van de storing.", (await JsonAsync(missing, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("cause")[0].GetString());
        var written = await JsonAsync(await data.Agent.PutAsJsonAsync($"/api/status/incidents/{incident}/report", report), HttpStatusCode.OK);
        Assert.Equal(report.cause, written.GetProperty("report").GetProperty("cause").GetString());
        Assert.Equal($"/status/storingen/{incident}", written.GetProperty("permalink").GetString());

        page = await Api.Anonymous().GetStringAsync($"/status/storingen/{incident}");
        var timeline = page.IndexOf("Alles werkt weer.", StringComparison.Ordinal);
        var section = page.IndexOf("Rapport na de storing", StringComparison.Ordinal);
        Assert.True(timeline > 0 && section > timeline, "the report shows under the timeline");
        foreach (var text in new[] { report.cause, report.impact, report.measures, "<h3>Oorzaak</h3>", "<h3>Maatregelen</h3>" }) Assert.Contains(text, page);
        // The incident on the public page links to its permalink and report.
        Assert.Contains($"href=\"/status/storingen/{incident}\"", await Api.Anonymous().GetStringAsync($"/status?product={product.Slug}"));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Anonymous().GetAsync($"/status/storingen/{Guid.NewGuid()}")).StatusCode);
    }

    [SkippableFact]
    public async Task An_incident_starts_from_a_template()
    {
        var data = Data;
        var product = await data.ProductAsync();
        var name = "Gateway plat " + product.Slug;
        var invalid = await data.Agent.PostAsJsonAsync("/api/status/templates", new { name, title = "", level = "Kapot", componentIds = Array.Empty<Guid>(), message = "" });
        var errors = (await JsonAsync(invalid, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("Geef de storing een titel.", errors.GetProperty("title")[0].GetString());
        Assert.StartsWith("Kies een impact", errors.GetProperty("level")[0].GetString());
        Assert.Equal("Kies minstens één onderdeel.", errors.GetProperty("componentIds")[0].GetString());

        var template = new { name, title = "API-gateway onbereikbaar", level = "PartialOutage", componentIds = new[] { product.Components[1] }, message = "We onderzoeken een storing van de API-gateway." };
        var created = await JsonAsync(await data.Agent.PostAsJsonAsync("/api/status/templates", template), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.BadRequest, (await data.Agent.PostAsJsonAsync("/api/status/templates", template)).StatusCode); // same name
        var list = await data.Agent.GetFromJsonAsync<JsonElement>("/api/status/templates");
        Assert.Contains(list.EnumerateArray(), t => t.GetProperty("name").GetString() == name);

        var opened = await JsonAsync(await data.Agent.PostAsJsonAsync($"/api/status/templates/{id}/incidents", new { title = "API-gateway onbereikbaar " + product.Slug }), HttpStatusCode.Created);
        Assert.Equal("API-gateway onbereikbaar " + product.Slug, opened.GetProperty("title").GetString());
        Assert.Equal("We onderzoeken een storing van de API-gateway.", opened.GetProperty("updates")[0].GetProperty("message").GetString());
        var impact = Assert.Single(opened.GetProperty("impacts").EnumerateArray());
        Assert.Equal(product.Components[1], impact.GetProperty("componentId").GetGuid());
        Assert.Equal("PartialOutage", impact.GetProperty("level").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await data.Agent.DeleteAsync($"/api/status/templates/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await data.Agent.PostAsync($"/api/status/templates/{id}/incidents", null)).StatusCode);
    }

    [SkippableFact]
    public async Task The_monthly_report_opt_in_is_kept_on_the_subscription()
    {
        var product = await Data.ProductAsync(1);
        var email = NewEmail();
        await Api.EnsureAsync(await Api.Anonymous().PostAsJsonAsync("/api/status/subscriptions", new { email, product = product.Slug, monthlyReport = true }), HttpStatusCode.Accepted);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StatusPageDbContext>();
        Assert.True((await db.Subscribers.SingleAsync(s => s.Email == email)).MonthlyReport);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StatusMaintenanceChangesOnSqlite(SqliteApp app) : StatusMaintenanceChangeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class StatusMaintenanceChangesOnPostgres(PostgresApp app) : StatusMaintenanceChangeTests(app);
