using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;
using static Platform.Tests.ServiceDesk.ServiceDeskClient;

namespace Platform.Tests.ServiceDesk;

/// <summary>Incidents through the API: who may record what, priorities, due times, replies and notes, isolation between tenants.</summary>
public abstract class ServiceDeskApiTests(PlatformApp app) : DatabaseTest(app)
{
    private async Task<(Api.TestTenant Tenant, HttpClient Reporter, HttpClient Agent)> SetUpAsync()
    {
        var tenant = await Api.CreateTenantAsync("sd");
        var reporter = Api.WithKey((await Api.CreateUserAsync("Reporter", tenant.Slug)).Key);
        var agent = Api.WithKey((await Api.CreateUserAsync("Agent")).Key);
        return (tenant, reporter, agent);
    }

    [SkippableFact]
    public async Task A_reporter_creates_an_incident_received_now_with_priority_from_the_matrix()
    {
        var (tenant, reporter, _) = await SetUpAsync();
        var before = DateTimeOffset.UtcNow;
        var created = await ReporterIncidentAsync(reporter, urgency: 2, impact: 3);
        Assert.Equal("P2", created.GetProperty("priority").GetString());
        Assert.Equal(tenant.Slug, created.GetProperty("tenant").GetString());
        var reported = created.GetProperty("reportedAt").GetDateTimeOffset();
        Assert.InRange(reported, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        var responseDue = created.GetProperty("responseDueAt").GetDateTimeOffset();
        var resolutionDue = created.GetProperty("resolutionDueAt").GetDateTimeOffset();
        Assert.True(responseDue > reported && resolutionDue > responseDue);
        // ISO 8601 with the Brussels offset, not a bare UTC time.
        Assert.Matches(@"[+-]0[12]:00$", created.GetProperty("responseDueAt").GetString()!);
    }

    [SkippableFact]
    public async Task A_reporter_may_not_give_receivedAt_nor_report_for_another_tenant()
    {
        var (_, reporter, _) = await SetUpAsync();
        var other = await Api.CreateTenantAsync("sx");
        var withTime = await reporter.PostAsJsonAsync(Incidents, new { title = "x", description = "y", urgency = 1, impact = 1, receivedAt = "2026-11-20T10:00:00+01:00" });
        Assert.Equal(HttpStatusCode.BadRequest, withTime.StatusCode);
        Assert.Contains("receivedAt", await withTime.Content.ReadAsStringAsync());
        var foreign = await reporter.PostAsJsonAsync(Incidents, new { tenant = other.Slug, title = "x", description = "y", urgency = 1, impact = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
    }

    [SkippableFact]
    public async Task An_agent_records_an_email_with_its_received_time_and_the_contract_due_times()
    {
        var (tenant, _, agent) = await SetUpAsync();
        // A Monday 10:00 in Brussels, within the last 30 days: P1 response is due at 12:00 that day.
        var monday = LastMondayAt10();
        var created = await AgentIncidentAsync(agent, tenant.Slug, monday, urgency: 1, impact: 1);
        Assert.Equal("P1", created.GetProperty("priority").GetString());
        Assert.Equal(monday, created.GetProperty("reportedAt").GetDateTimeOffset());
        Assert.Equal(monday.AddHours(2), created.GetProperty("responseDueAt").GetDateTimeOffset());
        Assert.Equal(Calendar.AddWorkingHours(monday, 8), created.GetProperty("resolutionDueAt").GetDateTimeOffset());
    }

    [SkippableTheory]
    [InlineData(1, 0, "toekomst")]
    [InlineData(0, 31, "30 dagen")]
    public async Task A_receivedAt_in_the_future_or_over_30_days_back_is_refused(int hoursAhead, int daysBack, string message)
    {
        var (tenant, _, agent) = await SetUpAsync();
        var at = DateTimeOffset.Now.AddHours(hoursAhead).AddDays(-daysBack);
        var response = await agent.PostAsJsonAsync(Incidents, new
        {
            tenant = tenant.Slug, title = "x", description = "y", urgency = 3, impact = 3, receivedAt = at.ToString("yyyy-MM-ddTHH:mm:sszzz"),
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task An_agent_must_name_an_existing_tenant_and_give_an_offset()
    {
        var (_, _, agent) = await SetUpAsync();
        var none = await agent.PostAsJsonAsync(Incidents, new { title = "x", description = "y", urgency = 3, impact = 3 });
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        var unknown = await agent.PostAsJsonAsync(Incidents, new { tenant = "bestaat-niet-xyz", title = "x", description = "y", urgency = 3, impact = 3 });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var (tenant, _, _) = await SetUpAsync();
        var noOffset = await agent.PostAsJsonAsync(Incidents, new { tenant = tenant.Slug, title = "x", description = "y", urgency = 3, impact = 3, receivedAt = "2026-11-20T10:00:00" });
        Assert.Equal(HttpStatusCode.BadRequest, noOffset.StatusCode);
    }

    [SkippableFact]
    public async Task Internal_notes_are_never_shown_to_reporters_and_the_first_public_reply_meets_the_response()
    {
        var tenant = await Api.CreateTenantAsync("sd");
        var reporterUser = await Api.CreateUserAsync("Reporter", tenant.Slug);
        var reporter = Api.WithKey(reporterUser.Key);
        var agent = Api.WithKey((await Api.CreateUserAsync("Agent")).Key);
        var id = (await ReporterIncidentAsync(reporter)).GetProperty("id").GetGuid();
        await PostOkAsync(agent, $"{Incidents}/{id}/replies", new { text = "GEHEIM-intern: ticket bij leverancier", @public = false });
        var afterNote = await GetJsonAsync(reporter, $"{Incidents}/{id}");
        Assert.NotEqual("met", afterNote.GetProperty("response").GetProperty("state").GetString());
        await PostOkAsync(agent, $"{Incidents}/{id}/replies", new { text = "We bekijken het probleem.", @public = true });

        var asReporter = await reporter.GetStringAsync($"{Incidents}/{id}");
        Assert.DoesNotContain("GEHEIM", asReporter);
        Assert.DoesNotContain("InternalNote", asReporter);
        Assert.Contains("We bekijken het probleem.", asReporter);
        var json = JsonDocument.Parse(asReporter).RootElement;
        Assert.Equal("met", json.GetProperty("response").GetProperty("state").GetString());
        Assert.Contains("GEHEIM", await agent.GetStringAsync($"{Incidents}/{id}"));
        Assert.DoesNotContain("GEHEIM", await reporter.GetStringAsync(Incidents + "?open=false"));

        var mails = Mailbox.To(App, reporterUser.Email);
        Assert.Equal(2, mails.Count); // the acknowledgement and the public reply; never the note
        var mail = Assert.Single(mails, m => (m.Subject ?? "").Contains("Antwoord op je incident"));
        Assert.Contains("We bekijken het probleem.", mail.TextBody);
        Assert.Contains($"/servicedesk/incidenten/{id}", mail.TextBody);
        Assert.DoesNotContain("GEHEIM", mail.TextBody);

        var denied = await reporter.PostAsJsonAsync($"{Incidents}/{id}/replies", new { text = "stiekem", @public = false });
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [SkippableFact]
    public async Task Reporters_of_one_tenant_never_see_another_tenants_incidents_or_attachments()
    {
        var (a, reporterOfA, agent) = await SetUpAsync();
        var (_, reporterOfB, _) = await SetUpAsync();
        var incidentOfB = (await ReporterIncidentAsync(reporterOfB, "Geheim incident van B")).GetProperty("id").GetGuid();
        var attachment = await reporterOfB.PostAsJsonAsync($"{Incidents}/{incidentOfB}/attachments",
            new { fileName = "log.txt", contentBase64 = Convert.ToBase64String("foutmelding B"u8.ToArray()) });
        await Api.EnsureAsync(attachment, HttpStatusCode.Created);
        var attachmentId = (await attachment.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await ReporterIncidentAsync(reporterOfA, "Incident van A");

        var list = await reporterOfA.GetStringAsync(Incidents + "?open=false");
        Assert.Contains("Incident van A", list);
        Assert.DoesNotContain("Geheim incident van B", list);
        Assert.Equal(HttpStatusCode.NotFound, (await reporterOfA.GetAsync($"{Incidents}/{incidentOfB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reporterOfA.GetAsync($"{Incidents}/{incidentOfB}/attachments/{attachmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reporterOfA.PostAsJsonAsync($"{Incidents}/{incidentOfB}/replies", new { text = "hallo", @public = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reporterOfA.PostAsJsonAsync($"{Incidents}/{incidentOfB}/attachments",
            new { fileName = "x.txt", contentBase64 = Convert.ToBase64String("x"u8.ToArray()) })).StatusCode);

        // The owner and agents do see it.
        Assert.Equal("foutmelding B", await reporterOfB.GetStringAsync($"{Incidents}/{incidentOfB}/attachments/{attachmentId}"));
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync($"{Incidents}/{incidentOfB}")).StatusCode);
        Assert.Contains("Geheim incident van B", await agent.GetStringAsync(Incidents));
        Assert.Contains("Incident van A", await agent.GetStringAsync($"{Incidents}?tenant={a.Slug}"));
        Assert.DoesNotContain("Geheim incident van B", await agent.GetStringAsync($"{Incidents}?tenant={a.Slug}"));
    }

    [SkippableFact]
    public async Task Attachments_are_checked_on_content_and_size()
    {
        var (_, reporter, _) = await SetUpAsync();
        var id = (await ReporterIncidentAsync(reporter)).GetProperty("id").GetGuid();
        var exe = await reporter.PostAsJsonAsync($"{Incidents}/{id}/attachments",
            new { fileName = "foto.png", contentBase64 = Convert.ToBase64String([0x4D, 0x5A, 0x90, 0x00, 0x03]) });
        Assert.Equal(HttpStatusCode.BadRequest, exe.StatusCode);
        var big = new byte[5 * 1024 * 1024 + 1];
        "%PDF-"u8.CopyTo(big);
        var tooBig = await reporter.PostAsJsonAsync($"{Incidents}/{id}/attachments", new { fileName = "groot.pdf", contentBase64 = Convert.ToBase64String(big) });
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Contains("5 MB", await tooBig.Content.ReadAsStringAsync());
        var png = await reporter.PostAsJsonAsync($"{Incidents}/{id}/attachments",
            new { fileName = "scherm.png", contentBase64 = Convert.ToBase64String([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2]) });
        await Api.EnsureAsync(png, HttpStatusCode.Created);
        Assert.Equal("image/png", (await png.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contentType").GetString());
    }

    [SkippableFact]
    public async Task A_priority_override_needs_a_reason_and_recomputes_from_the_reported_time()
    {
        var (tenant, reporter, agent) = await SetUpAsync();
        var monday = LastMondayAt10();
        var id = (await AgentIncidentAsync(agent, tenant.Slug, monday, urgency: 4, impact: 4)).GetProperty("id").GetGuid();
        var noReason = await agent.PostAsJsonAsync($"{Incidents}/{id}/priority", new { priority = "P1" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var byReporter = await reporter.PostAsJsonAsync($"{Incidents}/{id}/priority", new { priority = "P1", reason = "dringend" });
        Assert.Equal(HttpStatusCode.Forbidden, byReporter.StatusCode);
        var changed = await PostOkAsync(agent, $"{Incidents}/{id}/priority", new { priority = "P1", reason = "Hele stad getroffen" });
        Assert.Equal("P1", changed.GetProperty("priority").GetString());
        Assert.Equal(monday.AddHours(2), changed.GetProperty("responseDueAt").GetDateTimeOffset());
        Assert.Equal(Calendar.AddWorkingHours(monday, 8), changed.GetProperty("resolutionDueAt").GetDateTimeOffset());
        Assert.Equal("breached", changed.GetProperty("response").GetProperty("state").GetString());
        var history = changed.GetProperty("history").EnumerateArray().ToList();
        Assert.Contains(history, h => h.GetProperty("kind").GetString() == "PriorityChanged"
            && h.GetProperty("from").GetString() == "P4" && h.GetProperty("text").GetString() == "Hele stad getroffen");
    }

    [SkippableFact]
    public async Task Statuses_follow_the_workflow_and_reopening_continues_the_resolution_clock()
    {
        var (tenant, reporter, agent) = await SetUpAsync();
        var id = (await AgentIncidentAsync(agent, tenant.Slug, LastMondayAt10(), urgency: 4, impact: 4)).GetProperty("id").GetGuid();
        var skip = await agent.PostAsJsonAsync($"{Incidents}/{id}/status", new { status = "closed" });
        Assert.Equal(HttpStatusCode.BadRequest, skip.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.PostAsJsonAsync($"{Incidents}/{id}/status", new { status = "acknowledged" })).StatusCode);
        foreach (var status in new[] { "acknowledged", "inProgress", "waitingForReporter", "resolved" })
            await PostOkAsync(agent, $"{Incidents}/{id}/status", new { status });
        var resolved = await GetJsonAsync(agent, $"{Incidents}/{id}");
        Assert.Equal("met", resolved.GetProperty("resolution").GetProperty("state").GetString());
        var reopened = await PostOkAsync(agent, $"{Incidents}/{id}/status", new { status = "inProgress", reason = "Komt terug" });
        Assert.Equal("InProgress", reopened.GetProperty("status").GetString());
        Assert.Equal("running", reopened.GetProperty("resolution").GetProperty("state").GetString());
        var elapsedResolved = resolved.GetProperty("resolution").GetProperty("elapsedHours").GetDouble();
        Assert.True(reopened.GetProperty("resolution").GetProperty("elapsedHours").GetDouble() >= elapsedResolved);
        Assert.Contains("Heropend", reopened.GetRawText());
    }

    [SkippableFact]
    public async Task The_queue_is_ordered_by_nearest_due_time_and_filters()
    {
        var (tenant, _, agent) = await SetUpAsync();
        var monday = LastMondayAt10();
        var p4 = (await AgentIncidentAsync(agent, tenant.Slug, monday, 4, 4, "laag")).GetProperty("id").GetGuid();
        var p1 = (await AgentIncidentAsync(agent, tenant.Slug, monday, 1, 1, "hoog")).GetProperty("id").GetGuid();
        var queue = await GetJsonAsync(agent, $"{Incidents}?tenant={tenant.Slug}");
        var ids = queue.EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([p1, p4], ids);
        Assert.True(queue[0].GetProperty("breached").GetBoolean());
        var onlyP4 = await GetJsonAsync(agent, $"{Incidents}?tenant={tenant.Slug}&priority=P4");
        Assert.Equal([p4], onlyP4.EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
        var me = await Api.CreateUserAsync("Agent");
        await PostOkAsync(Api.WithKey(me.Key), $"{Incidents}/{p4}/assignee", new { assigneeId = me.Id });
        var mine = await GetJsonAsync(agent, $"{Incidents}?assigneeId={me.Id}");
        Assert.Equal([p4], mine.EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
    }

    [SkippableFact]
    public async Task Incidents_get_unique_numbers_that_the_api_and_the_queue_accept_in_place_of_the_id()
    {
        var (tenant, _, agent) = await SetUpAsync();
        var reporterUser = await Api.CreateUserAsync("Reporter", tenant.Slug);
        var reporter = Api.WithKey(reporterUser.Key);
        var (_, otherReporter, _) = await SetUpAsync();
        var created = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => ReporterIncidentAsync(reporter, $"Parallel {i}")));
        var numbers = created.Select(c => c.GetProperty("number").GetString()!).ToList();
        var year = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels")).Year;
        Assert.All(numbers, n => Assert.Matches($"^MBP-{year}-\\d{{5}}$", n));
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        var later = await ReporterIncidentAsync(reporter, "Later");
        Assert.True(string.CompareOrdinal(later.GetProperty("number").GetString(), numbers.Max()) > 0);

        var number = numbers[3];
        var id = created[3].GetProperty("id").GetGuid();
        var byNumber = await GetJsonAsync(reporter, $"{Incidents}/{number.ToLowerInvariant()}");
        Assert.Equal(id, byNumber.GetProperty("id").GetGuid());
        Assert.Equal(number, byNumber.GetProperty("number").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await otherReporter.GetAsync($"{Incidents}/{number}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"{Incidents}/MBP-1999-99999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"{Incidents}/geen-nummer")).StatusCode);
        var replied = await PostOkAsync(agent, $"{Incidents}/{number}/replies", new { text = "Via het nummer.", @public = true });
        Assert.Equal(id, replied.GetProperty("id").GetGuid());

        var found = await GetJsonAsync(agent, $"{Incidents}?search={number}");
        Assert.Equal([id], found.EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
        Assert.Equal(number, found[0].GetProperty("number").GetString());
        var page = await agent.GetStringAsync($"/servicedesk/wachtrij?zoek={number}");
        Assert.Contains(number, page);
        Assert.Contains($"/servicedesk/incidenten/{id}", page);
        Assert.DoesNotContain($"/servicedesk/incidenten/{created[4].GetProperty("id").GetGuid()}", page);
        Assert.Contains(number, await reporter.GetStringAsync($"/servicedesk/incidenten/{id}"));
        Assert.Single(Mailbox.To(App, reporterUser.Email), m => m.Subject == $"[{number}] Antwoord op je incident: Parallel 3");
        Assert.Single(Mailbox.To(App, reporterUser.Email), m => m.Subject == $"[{number}] Ontvangen: Parallel 3");
    }

    private static readonly global::ServiceDesk.Domain.WorkingCalendar Calendar = global::ServiceDesk.Domain.WorkingCalendar.Default;

    /// <summary>The most recent Monday at 10:00 Brussels time at least two days ago, so a full working day has passed since (and less than 30 days back).</summary>
    internal static DateTimeOffset LastMondayAt10()
    {
        var brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, brussels).Date.AddDays(-2);
        while (today.DayOfWeek != DayOfWeek.Monday || Calendar.IsClosed(DateOnly.FromDateTime(today))) today = today.AddDays(-1);
        var local = today.AddHours(10);
        return new DateTimeOffset(local, brussels.GetUtcOffset(local));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ServiceDeskApiTestsOnSqlite(SqliteApp app) : ServiceDeskApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ServiceDeskApiTestsOnPostgres(PostgresApp app) : ServiceDeskApiTests(app);
