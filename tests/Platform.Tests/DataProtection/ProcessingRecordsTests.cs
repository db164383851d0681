using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.Kernel.Security;
using Platform.Tests.Billing;
using Platform.Tests.Infrastructure;
using Platform.Tests.ServiceDesk;

namespace Platform.Tests.DataProtection;

/// <summary>Issue 15.1, 15.4, 15.7: processing assignment versions and the record of processing; data-subject requests
/// passed to the DPO contact (else SPOC); the access log of staff reads.</summary>
public abstract class ProcessingRecordsTests(PlatformApp app) : DatabaseTest(app)
{
    private static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@test.burgerprofiel.be";

    private static object Component(string component, string[] categories, string purpose = "Burgers volgen hun dossiers bij de stad.") =>
        new { component, categories, dataSubjects = "Burgers met een dossier bij de stad", subject = "Dossieropvolging in Mijn Burgerprofiel", purpose };

    private static readonly object Dosis = Component("Dosis", ["Fasen en statussen van het dossier (+ datum)", "Dossier-ID"]);
    private static readonly object Notificaties = Component("Notificaties", ["Notificatie-boodschap", "Unieke Sleutel van de persoon (INSZ)"], "Meldingen over dossiers versturen.");
    private static readonly object UwGegevens = Component("UwGegevens", ["Unieke Sleutel van de persoon (INSZ)"], "Gegevens van de burger tonen.");

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        await Api.EnsureAsync(response, expected);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [SkippableFact]
    public async Task Assignment_versions_are_submitted_returned_approved_kept_printed_and_feed_the_record_of_processing()
    {
        var a = await Api.CreateTenantAsync("poa");
        var b = await Api.CreateTenantAsync("pob");
        var dpo = NewEmail("dpo");
        await Api.EnsureAsync(await Api.Admin().PostAsJsonAsync($"/api/tenants/{a.Slug}/contacts", new { role = "DataProtectionOfficer", name = "Dirk Peeters", email = dpo }), HttpStatusCode.Created);
        var adminA = Api.WithKey((await Api.CreateUserAsync(Roles.TenantAdmin, a.Slug)).Key);
        var adminB = Api.WithKey((await Api.CreateUserAsync(Roles.TenantAdmin, b.Slug)).Key);
        var url = $"/api/tenants/{a.Slug}/data-protection/assignments";

        var empty = await Json(await adminA.PostAsJsonAsync(url, new { components = Array.Empty<object>() }), HttpStatusCode.BadRequest);
        Assert.Contains("minstens één", empty.GetProperty("errors").GetProperty("components")[0].GetString());
        Assert.True(empty.GetProperty("errors").TryGetProperty("indefinite", out _));
        var unknown = await Json(await adminA.PostAsJsonAsync(url, new { components = new[] { Component("Dosis", ["Rijksregisterfoto"]) }, indefinite = true }), HttpStatusCode.BadRequest);
        Assert.Contains("bijlage 1", unknown.GetProperty("errors").GetProperty("Dosis.categories")[0].GetString());
        var dates = await Json(await adminA.PostAsJsonAsync(url, new { components = new[] { Dosis }, indefinite = false, from = "2027-01-01", until = "2026-12-31" }), HttpStatusCode.BadRequest);
        Assert.Contains("na de begindatum", dates.GetProperty("errors").GetProperty("until")[0].GetString());
        Assert.Empty((await adminA.GetFromJsonAsync<JsonElement>(url)).EnumerateArray());

        var v1 = await Json(await adminA.PostAsJsonAsync(url, new { components = new[] { Notificaties, Dosis }, indefinite = true }), HttpStatusCode.Created);
        Assert.Equal(1, v1.GetProperty("version").GetInt32());
        Assert.Equal("Submitted", v1.GetProperty("status").GetString());
        var notifications = v1.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("component").GetString() == "Notificaties");
        Assert.Equal(new[] { "Unieke Sleutel van de persoon (INSZ)", "Notificatie-boodschap" }, notifications.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!).ToArray());
        Assert.Equal(HttpStatusCode.Conflict, (await adminA.PostAsJsonAsync(url, new { components = new[] { Dosis }, indefinite = true })).StatusCode);

        var id1 = v1.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.Admin().PostAsJsonAsync($"/api/data-protection/assignments/{id1}/return", new { reason = " " })).StatusCode);
        var returned = await Json(await Api.Admin().PostAsJsonAsync($"/api/data-protection/assignments/{id1}/return", new { reason = "Vermeld ook Uw gegevens." }), HttpStatusCode.OK);
        Assert.Equal("Returned", returned.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await Api.Admin().PostAsync($"/api/data-protection/assignments/{id1}/approve", null)).StatusCode);

        var v2 = await Json(await adminA.PostAsJsonAsync(url, new { components = new[] { Notificaties, Dosis, UwGegevens }, indefinite = false, from = "2027-01-01", until = "2029-12-31" }), HttpStatusCode.Created);
        Assert.Equal(2, v2.GetProperty("version").GetInt32());
        var id2 = v2.GetProperty("id").GetGuid();
        Assert.Equal("Approved", (await Json(await Api.Admin().PostAsync($"/api/data-protection/assignments/{id2}/approve", null), HttpStatusCode.OK)).GetProperty("status").GetString());
        var v3 = await Json(await adminA.PostAsJsonAsync(url, new { components = new[] { Dosis }, indefinite = true }), HttpStatusCode.Created);
        var id3 = v3.GetProperty("id").GetGuid();
        await Api.EnsureAsync(await Api.Admin().PostAsync($"/api/data-protection/assignments/{id3}/approve", null), HttpStatusCode.OK);

        var versions = (await adminA.GetFromJsonAsync<JsonElement>(url)).EnumerateArray().ToList();
        Assert.Equal(new[] { 3, 2, 1 }, versions.Select(v => v.GetProperty("version").GetInt32()).ToArray());
        Assert.Equal(new[] { "Approved", "Superseded", "Returned" }, versions.Select(v => v.GetProperty("status").GetString()!).ToArray());
        Assert.Equal(3, versions[1].GetProperty("components").GetArrayLength()); // the superseded version is kept as it was
        Assert.Equal("Vermeld ook Uw gegevens.", versions[2].GetProperty("returnReason").GetString());
        Assert.Empty((await adminB.GetFromJsonAsync<JsonElement>($"/api/tenants/{b.Slug}/data-protection/assignments")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await adminB.GetAsync($"/api/tenants/{b.Slug}/data-protection/assignments/{id2}/pdf")).StatusCode);

        var pdf = await adminA.GetAsync($"{url}/{id2}/pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var text = PdfText.Extract(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("Gemeente " + a.Slug, text);
        Assert.Contains("Notificatie-boodschap", text);
        Assert.Contains("Gegevens van de burger tonen.", text);
        Assert.Contains("Van 01/01/2027 tot 31/12/2029", text);
        Assert.Contains("Handtekening", text);
        Assert.DoesNotContain("Bankrekeningnummer", text); // not ordered

        var record = await adminA.GetFromJsonAsync<JsonElement>($"/api/tenants/{a.Slug}/data-protection/record-of-processing");
        Assert.Equal("dpo.digitaal@vlaanderen.be", record.GetProperty("processorDpo").GetString());
        var controller = Assert.Single(record.GetProperty("controllers").EnumerateArray());
        Assert.Equal(3, controller.GetProperty("assignmentVersion").GetInt32());
        Assert.True(controller.GetProperty("contactIsDpo").GetBoolean());
        Assert.Contains(dpo, controller.GetProperty("contacts")[0].GetString());
        Assert.Equal("Dosis", Assert.Single(controller.GetProperty("components").EnumerateArray()).GetProperty("component").GetString());
        Assert.Contains(record.GetProperty("subProcessors").EnumerateArray(), s => s.GetProperty("name").GetString() == "CRONOS PUBLIC SERVICES NV");
        Assert.NotEmpty(record.GetProperty("securityMeasures").EnumerateArray());
        var ownRecord = PdfText.Extract(await adminA.GetByteArrayAsync($"/api/tenants/{a.Slug}/data-protection/record-of-processing.pdf"));
        Assert.Contains("Register van verwerkingsactiviteiten", ownRecord);
        Assert.DoesNotContain("Gemeente " + b.Slug, ownRecord);

        var all = await Api.Admin().GetFromJsonAsync<JsonElement>("/api/data-protection/record-of-processing");
        Assert.Contains(all.GetProperty("controllers").EnumerateArray(), c => c.GetProperty("tenant").GetString() == b.Slug && c.GetProperty("assignmentVersion").ValueKind == JsonValueKind.Null);
        var csvResponse = await Api.Admin().GetAsync("/api/data-protection/record-of-processing.csv");
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        var csv = Encoding.UTF8.GetString(await csvResponse.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFVerwerkingsverantwoordelijke;KBO;", csv);
        var rowA = csv.Split("\r\n").Single(l => l.StartsWith("Gemeente " + a.Slug + ";", StringComparison.Ordinal));
        Assert.Contains("DOSIS", rowA);
        Assert.Contains("Dossier-ID; Fasen en statussen van het dossier (+ datum)", rowA);
        Assert.Contains(";3;", rowA);
        Assert.Contains("Nog geen goedgekeurde verwerkingsopdracht", csv.Split("\r\n").Single(l => l.StartsWith("Gemeente " + b.Slug + ";", StringComparison.Ordinal)));
        Assert.Contains("Gemeente " + a.Slug, PdfText.Extract(await Api.Admin().GetByteArrayAsync("/api/data-protection/record-of-processing.pdf")));
    }

    [SkippableFact]
    public async Task A_data_subject_request_is_logged_mailed_at_once_to_the_DPO_else_the_SPOC_and_answered_and_closed_by_the_tenant()
    {
        var a = await Api.CreateTenantAsync("dsa");
        var b = await Api.CreateTenantAsync("dsb");
        var (dpoA, spocA, spocB) = (NewEmail("dpo"), NewEmail("spoc"), NewEmail("spoc"));
        await Api.EnsureAsync(await Api.Admin().PostAsJsonAsync($"/api/tenants/{a.Slug}/contacts", new { role = "DataProtectionOfficer", name = "DPO A", email = dpoA }), HttpStatusCode.Created);
        await Api.EnsureAsync(await Api.Admin().PostAsJsonAsync($"/api/tenants/{a.Slug}/contacts", new { role = "Spoc", name = "SPOC A", email = spocA }), HttpStatusCode.Created);
        await Api.EnsureAsync(await Api.Admin().PostAsJsonAsync($"/api/tenants/{b.Slug}/contacts", new { role = "Spoc", name = "SPOC B", email = spocB }), HttpStatusCode.Created);
        var agent = Api.WithKey((await Api.CreateUserAsync(Roles.Agent)).Key);
        const string url = "/api/data-protection/subject-requests";

        var invalid = await Json(await agent.PostAsJsonAsync(url, new { tenant = a.Slug, receivedAt = DateTimeOffset.UtcNow.AddHours(1), channel = "duif", description = "" }), HttpStatusCode.BadRequest);
        var errors = invalid.GetProperty("errors");
        Assert.Contains("toekomst", errors.GetProperty("receivedAt")[0].GetString());
        Assert.True(errors.TryGetProperty("channel", out _) && errors.TryGetProperty("kind", out _) && errors.TryGetProperty("description", out _));
        Assert.Empty(Mailbox.To(App, dpoA));

        var received = DateTimeOffset.UtcNow.AddHours(-2);
        var logged = await Json(await agent.PostAsJsonAsync(url, new { tenant = a.Slug, receivedAt = received, channel = "EMail", kind = "Wissing",
            description = "Een burger vraagt zijn notificaties te wissen; antwoord via het adres in de oorspronkelijke mail (servicedeskmelding MBP-2026-00007)." }), HttpStatusCode.Created);
        var reference = logged.GetProperty("reference").GetString()!;
        Assert.Matches(@"^VB-\d{8}-[0-9A-F]{6}$", reference);
        Assert.Equal("Forwarded", logged.GetProperty("status").GetString());
        Assert.True(logged.GetProperty("toDpo").GetBoolean());
        var mail = Assert.Single(Mailbox.To(App, dpoA));
        Assert.Empty(Mailbox.To(App, spocA));
        Assert.Contains(reference, mail.Subject);
        Assert.Contains("artikel 7 van het verwerkingscharter", mail.TextBody);
        Assert.Contains("Recht op wissing", mail.TextBody);
        Assert.Contains($"/gegevensbescherming/{a.Slug}/verzoeken", mail.TextBody);
        var toB = await Json(await agent.PostAsJsonAsync(url, new { tenant = b.Slug, receivedAt = received, channel = "Brief", kind = "Inzage", description = "Inzage in de gegevens van Uw gegevens." }), HttpStatusCode.Created);
        Assert.False(toB.GetProperty("toDpo").GetBoolean());
        Assert.Single(Mailbox.To(App, spocB));

        var adminA = Api.WithKey((await Api.CreateUserAsync(Roles.TenantAdmin, a.Slug)).Key);
        var own = Assert.Single((await adminA.GetFromJsonAsync<JsonElement>($"/api/tenants/{a.Slug}/data-protection/subject-requests")).EnumerateArray());
        Assert.Equal(reference, own.GetProperty("reference").GetString());
        Assert.Equal(dpoA, own.GetProperty("recipients").GetString());
        var id = own.GetProperty("id").GetGuid();
        var idB = toB.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await adminA.PostAsJsonAsync($"/api/tenants/{a.Slug}/data-protection/subject-requests/{idB}/close", new { })).StatusCode);
        var answered = await Json(await adminA.PostAsJsonAsync($"/api/tenants/{a.Slug}/data-protection/subject-requests/{id}/answered", new { note = "Beantwoord per brief." }), HttpStatusCode.OK);
        Assert.Equal("Answered", answered.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await adminA.PostAsJsonAsync($"/api/tenants/{a.Slug}/data-protection/subject-requests/{id}/answered", new { })).StatusCode);
        Assert.Equal("Closed", (await Json(await adminA.PostAsJsonAsync($"/api/tenants/{a.Slug}/data-protection/subject-requests/{id}/close", new { }), HttpStatusCode.OK)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await adminA.PostAsJsonAsync($"/api/tenants/{a.Slug}/data-protection/subject-requests/{id}/close", new { })).StatusCode);

        var register = (await agent.GetFromJsonAsync<JsonElement>(url)).EnumerateArray().ToList();
        Assert.Contains(register, r => r.GetProperty("reference").GetString() == reference && r.GetProperty("status").GetString() == "Closed");
        Assert.Contains(register, r => r.GetProperty("id").GetGuid() == idB && r.GetProperty("tenant").GetString() == b.Slug);
    }

    [SkippableFact]
    public async Task Every_marked_page_and_endpoint_records_a_staff_read_in_the_tenants_access_log_and_the_tenants_own_reads_are_not_recorded()
    {
        var a = await Api.CreateTenantAsync("ala");
        var b = await Api.CreateTenantAsync("alb");
        var tenantAdmin = await Api.CreateUserAsync(Roles.TenantAdmin, a.Slug);
        var adminA = Api.WithKey(tenantAdmin.Key);
        var agentUser = await Api.CreateUserAsync(Roles.Agent);
        var agent = Api.WithKey(agentUser.Key);
        var platformAdmin = await Api.CreateUserAsync(Roles.PlatformAdmin);
        var staff = Api.WithKey(platformAdmin.Key);
        await Api.EnsureAsync(await Api.Admin().PostAsJsonAsync($"/api/tenants/{a.Slug}/contacts", new { role = "Spoc", name = "SPOC A", email = NewEmail("spoc") }), HttpStatusCode.Created);
        var incident = await ServiceDeskClient.AgentIncidentAsync(agent, a.Slug, DateTimeOffset.UtcNow.AddMinutes(-5));
        var (incidentId, number) = (incident.GetProperty("id").GetGuid(), incident.GetProperty("number").GetString()!);
        var attachment = await Json(await agent.PostAsJsonAsync($"{ServiceDeskClient.Incidents}/{incidentId}/attachments",
            new { fileName = "log.txt", contentBase64 = Convert.ToBase64String("foutmelding"u8.ToArray()) }), HttpStatusCode.Created);
        var attachmentId = attachment.GetProperty("id").GetGuid();
        var log = $"/api/tenants/{a.Slug}/data-protection/access-log";
        Assert.Empty((await adminA.GetFromJsonAsync<JsonElement>(log)).EnumerateArray()); // writing is not reading

        // The tenant's own admin reads: nothing recorded.
        foreach (var path in new[] { $"/api/tenants/{a.Slug}/contacts", $"/beheer/{a.Slug}/contactpersonen", $"/api/servicedesk/tenants/{a.Slug}/reporters", $"/api/tenants/{a.Slug}/invitations" })
            await Api.EnsureAsync(await adminA.GetAsync(path), HttpStatusCode.OK);
        await Api.EnsureAsync(await adminA.GetAsync($"{ServiceDeskClient.Incidents}/{incidentId}"), HttpStatusCode.OK);
        Assert.Empty((await adminA.GetFromJsonAsync<JsonElement>(log)).EnumerateArray());

        // Staff reads: each marked page and endpoint once.
        var reads = new (HttpClient Client, string Path, string Kind, string? Record, Guid User)[]
        {
            (agent, $"{ServiceDeskClient.Incidents}/{incidentId}", "incident", incidentId.ToString(), agentUser.Id),
            (agent, $"{ServiceDeskClient.Incidents}/{number}", "incident", number, agentUser.Id),
            (agent, $"{ServiceDeskClient.Incidents}/{incidentId}/attachments/{attachmentId}", "attachment", attachmentId.ToString(), agentUser.Id),
            (agent, $"/servicedesk/incidenten/{incidentId}", "incident", incidentId.ToString(), agentUser.Id),
            (staff, $"/api/tenants/{a.Slug}/contacts", "contacts", null, platformAdmin.Id),
            (staff, $"/beheer/{a.Slug}/contactpersonen", "contacts", null, platformAdmin.Id),
            (staff, $"/api/servicedesk/tenants/{a.Slug}/reporters", "reporters", null, platformAdmin.Id),
            (staff, $"/api/tenants/{a.Slug}/invitations", "invitations", null, platformAdmin.Id),
            (staff, $"/beheer/gebruikers/{tenantAdmin.Id}", "user", tenantAdmin.Id.ToString(), platformAdmin.Id),
        };
        foreach (var (client, path, kind, record, user) in reads)
        {
            var before = (await adminA.GetFromJsonAsync<JsonElement>(log)).GetArrayLength();
            await Api.EnsureAsync(await client.GetAsync(path), HttpStatusCode.OK);
            var entries = (await adminA.GetFromJsonAsync<JsonElement>(log)).EnumerateArray().ToList();
            Assert.True(entries.Count == before + 1, $"{path}: {entries.Count - before} entries recorded, expected 1");
            var newest = entries[0];
            Assert.Equal(kind, newest.GetProperty("kind").GetString());
            Assert.Equal(record, newest.GetProperty("recordId").GetString());
            Assert.Equal(user, newest.GetProperty("userId").GetGuid());
        }
        // A staff read that fails (404) is not a read.
        await Api.EnsureAsync(await agent.GetAsync($"{ServiceDeskClient.Incidents}/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        var all = (await adminA.GetFromJsonAsync<JsonElement>(log)).EnumerateArray().ToList();
        Assert.Equal(reads.Length, all.Count);
        Assert.DoesNotContain(all, e => e.GetProperty("userId").GetGuid() == tenantAdmin.Id);
        Assert.Equal("Agent", all.First(e => e.GetProperty("kind").GetString() == "attachment").GetProperty("role").GetString());
        Assert.Equal("Test Agent", all.First(e => e.GetProperty("kind").GetString() == "attachment").GetProperty("user").GetString());
        Assert.Empty((await Api.WithKey((await Api.CreateUserAsync(Roles.TenantAdmin, b.Slug)).Key).GetFromJsonAsync<JsonElement>($"/api/tenants/{b.Slug}/data-protection/access-log")).EnumerateArray());

        // Period filter and CSV.
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2).ToString("yyyy-MM-dd");
        Assert.Empty((await adminA.GetFromJsonAsync<JsonElement>($"{log}?from={yesterday}&until={yesterday}")).EnumerateArray());
        var wrong = await Json(await adminA.GetAsync($"{log}?from=2026-12-31&until=2026-01-01"), HttpStatusCode.BadRequest);
        Assert.Contains("voor de begindatum", wrong.GetProperty("errors").GetProperty("until")[0].GetString());
        var csv = Encoding.UTF8.GetString(await adminA.GetByteArrayAsync(log + ".csv"));
        Assert.StartsWith("\uFEFFTijdstip;Medewerker;Gebruikers-id;Rol;Soort;Record-id;Bron\r\n", csv);
        Assert.Contains($";Servicedeskmedewerker;Bijlage van een incident;{attachmentId};/api/servicedesk/incidents/{{id}}/attachments/{{attachmentId:guid}}", csv);
        Assert.Equal(reads.Length + 2, csv.Split("\r\n").Length);
        var page = await adminA.GetStringAsync($"/gegevensbescherming/{a.Slug}/inzage");
        Assert.Contains("Servicedeskincident", page);
        Assert.Contains(number, page);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ProcessingRecordsOnSqlite(SqliteApp app) : ProcessingRecordsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ProcessingRecordsOnPostgres(PostgresApp app) : ProcessingRecordsTests(app);
