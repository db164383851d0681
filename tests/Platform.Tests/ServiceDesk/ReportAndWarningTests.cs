using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using ServiceDesk.Calendar;
using ServiceDesk.Warnings;
using static Platform.Tests.ServiceDesk.ServiceDeskClient;

namespace Platform.Tests.ServiceDesk;

/// <summary>Monthly reports per tenant and for all tenants, the 75 %/breach mails, and the admins' closing days.</summary>
public abstract class ReportAndWarningTests(PlatformApp app) : DatabaseTest(app)
{
    [SkippableFact]
    public async Task Tenant_admins_see_only_their_own_report_and_reporters_none()
    {
        var a = await Api.CreateTenantAsync("ra");
        var b = await Api.CreateTenantAsync("rb");
        var agent = Api.WithKey((await Api.CreateUserAsync("Agent")).Key);
        var adminOfA = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", a.Slug)).Key);
        var reporterOfA = Api.WithKey((await Api.CreateUserAsync("Reporter", a.Slug)).Key);
        var monday = ServiceDeskApiTests.LastMondayAt10();
        await AgentIncidentAsync(agent, a.Slug, monday, 1, 1, "Storing bij A");
        var replied = (await AgentIncidentAsync(agent, a.Slug, monday, 4, 4, "Vraag van A")).GetProperty("id").GetGuid();
        await PostOkAsync(agent, $"{Incidents}/{replied}/replies", new { text = "Antwoord", @public = true });
        await AgentIncidentAsync(agent, b.Slug, monday, 1, 1, "GEHEIM van B");
        var path = $"/api/servicedesk/tenants/{a.Slug}/reports/{monday.Year}/{monday.Month}";

        var report = await GetJsonAsync(adminOfA, path);
        Assert.Equal(2, report.GetProperty("total").GetInt32());
        Assert.Equal(1, report.GetProperty("perPriority").EnumerateArray().Single(p => p.GetProperty("priority").GetString() == "P1").GetProperty("count").GetInt32());
        var breaches = report.GetProperty("breaches").EnumerateArray().ToList();
        Assert.Contains(breaches, x => x.GetProperty("title").GetString() == "Storing bij A" && x.GetProperty("clock").GetString() == "response");
        Assert.DoesNotContain("GEHEIM", report.GetRawText());
        Assert.True(report.GetProperty("response").GetProperty("breached").GetInt32() >= 1);

        foreach (var format in new[] { "", ".csv", ".pdf" })
        {
            var foreign = await adminOfA.GetAsync($"/api/servicedesk/tenants/{b.Slug}/reports/{monday.Year}/{monday.Month}{format}");
            Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await adminOfA.GetAsync($"/api/servicedesk/reports/{monday.Year}/{monday.Month}{format}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await reporterOfA.GetAsync(path + format)).StatusCode);
        }

        var csv = await adminOfA.GetAsync(path + ".csv");
        await Api.EnsureAsync(csv, HttpStatusCode.OK);
        var csvText = await csv.Content.ReadAsStringAsync();
        Assert.Contains("Storing bij A", csvText);
        Assert.DoesNotContain("GEHEIM", csvText);
        var pdf = await adminOfA.GetAsync(path + ".pdf");
        await Api.EnsureAsync(pdf, HttpStatusCode.OK);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..5]));

        var all = await GetJsonAsync(agent, $"/api/servicedesk/reports/{monday.Year}/{monday.Month}");
        Assert.Contains("GEHEIM van B", all.GetRawText());
        Assert.Contains("Storing bij A", (await GetJsonAsync(agent, path)).GetRawText());
    }

    [SkippableFact]
    public async Task The_assignee_is_mailed_once_per_clock_and_kind()
    {
        var tenant = await Api.CreateTenantAsync("wj");
        var agentUser = await Api.CreateUserAsync("Agent");
        var agent = Api.WithKey(agentUser.Key);
        var id = (await AgentIncidentAsync(agent, tenant.Slug, ServiceDeskApiTests.LastMondayAt10(), 1, 1, "Alles plat")).GetProperty("id").GetGuid();
        await PostOkAsync(agent, $"{Incidents}/{id}/assignee", new { assigneeId = agentUser.Id });

        await RunJobAsync();
        var first = Mailbox.To(App, agentUser.Email);
        // P1 received at least a working day ago: both clocks are breached.
        Assert.Contains(first, m => (m.Subject ?? "").Contains("reactietermijn is overschreden") && (m.Subject ?? "").Contains("Alles plat"));
        Assert.Contains(first, m => (m.Subject ?? "").Contains("oplostermijn is overschreden"));
        await RunJobAsync();
        await Task.WhenAll(RunJobAsync(), RunJobAsync());
        Assert.Equal(first.Count, Mailbox.To(App, agentUser.Email).Count);
    }

    [SkippableFact]
    public async Task Platform_admins_add_closing_days_that_the_calendar_uses()
    {
        var day = new DateOnly(2031, 3, 12); // a Wednesday far from every other test's dates
        var add = await Api.Admin().PostAsJsonAsync("/api/servicedesk/closing-days", new { date = day, reason = "Personeelsdag" });
        Assert.True(add.StatusCode is HttpStatusCode.Created or HttpStatusCode.BadRequest); // the other provider's run may have added it
        var again = await Api.Admin().PostAsJsonAsync("/api/servicedesk/closing-days", new { date = day, reason = "Dubbel" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        var holiday = await Api.Admin().PostAsJsonAsync("/api/servicedesk/closing-days", new { date = new DateOnly(2031, 7, 21), reason = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, holiday.StatusCode);
        var tenant = await Api.CreateTenantAsync("cd");
        var reporter = Api.WithKey((await Api.CreateUserAsync("Reporter", tenant.Slug)).Key);
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.PostAsJsonAsync("/api/servicedesk/closing-days", new { date = day.AddDays(1), reason = "x" })).StatusCode);
        var agent = Api.WithKey((await Api.CreateUserAsync("Agent")).Key);
        Assert.Contains("Personeelsdag", await agent.GetStringAsync("/api/servicedesk/closing-days"));

        var policy = await App.Services.GetRequiredService<ClockPolicyProvider>().GetAsync();
        Assert.True(policy.Calendar.IsClosed(day));
        Assert.False(policy.Calendar.IsWorkingDay(day));
    }

    private async Task RunJobAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SlaWarningJob>().RunAsync(CancellationToken.None);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReportAndWarningTestsOnSqlite(SqliteApp app) : ReportAndWarningTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReportAndWarningTestsOnPostgres(PostgresApp app) : ReportAndWarningTests(app);
