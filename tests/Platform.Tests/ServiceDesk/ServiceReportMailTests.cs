using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Platform.Tests.Infrastructure;
using ServiceDesk.Reports;
using static Platform.Tests.ServiceDesk.ServiceDeskClient;

namespace Platform.Tests.ServiceDesk;

/// <summary>Issue 16.7: last month's service report mailed as a PDF on the first working day of the month to the service
/// delivery manager, else the SPOC; once per tenant and month on re-runs and on two nodes; a failed send retried on the next
/// run; the sent-log in the API; a manual re-send by staff. Real SMTP (aiosmtpd).</summary>
public abstract class ServiceReportMailTests
{
    protected abstract string Provider { get; }

    /// <summary>Wednesday 1 July 2026, 07:00 in Brussels: the first working day of July (no holiday); the hosts start on 1 June.</summary>
    private static readonly DateTimeOffset FirstWorkingDay = new(2026, 7, 1, 7, 0, 0, TimeSpan.FromHours(2));

    private static Task<int> RunAsync(DeskEnv env) => env.RunAsync<ServiceReportMailer, int>(j => j.RunAsync(CancellationToken.None));

    [SkippableFact]
    public async Task The_first_working_day_mails_last_months_report_once_to_the_sdm_else_the_spoc_and_records_a_tenant_without_contact()
    {
        using var env = await DeskEnv.StartAsync(Provider);
        env.Now(FirstWorkingDay.AddDays(-5)); // Friday 26 June
        var api = env.App.Api();
        var withSdm = env.Tenant;
        var sdm = $"sdm-{Guid.NewGuid():N}@gemeente.test";
        var spocOfSdmTenant = $"loket-{Guid.NewGuid():N}@gemeente.test";
        await ContractAsync(api, withSdm.Slug, sdm: sdm, spoc: spocOfSdmTenant);
        var spocOnly = await api.CreateTenantAsync("so");
        var spoc = $"loket-{Guid.NewGuid():N}@gemeente.test";
        await ContractAsync(api, spocOnly.Slug, spoc: spoc);
        var noContact = await api.CreateTenantAsync("nc");
        await ContractAsync(api, noContact.Slug);
        var noContract = await api.CreateTenantAsync("nk");
        var prospect = $"loket-{Guid.NewGuid():N}@gemeente.test";
        await Api.EnsureAsync(await api.Admin().PostAsJsonAsync($"/api/tenants/{noContract.Slug}/contacts", new { role = "Spoc", name = "Loket", email = prospect }), HttpStatusCode.Created);
        await env.RecordP1Async(new DateTimeOffset(2026, 6, 22, 10, 0, 0, TimeSpan.FromHours(2)));

        env.Now(FirstWorkingDay);
        await RunAsync(env);
        await RunAsync(env);

        var mail = Assert.Single(env.Smtp.To(sdm));
        Assert.Empty(env.Smtp.To(spocOfSdmTenant));
        Assert.Equal($"Maandrapport dienstverlening juni 2026 – Gemeente {withSdm.Slug}", mail.Subject);
        Assert.Contains("In de bijlage vind je het maandrapport dienstverlening", mail.TextBody);
        Assert.Contains("Incidenten: 1", mail.TextBody);
        var pdf = Assert.IsType<MimePart>(Assert.Single(mail.Attachments));
        Assert.Equal($"maandrapport-{withSdm.Slug}-2026-06.pdf", pdf.FileName);
        Assert.Equal("application/pdf", pdf.ContentType.MimeType);
        using var content = new MemoryStream();
        await pdf.Content!.DecodeToAsync(content);
        var text = ReportPdfTests.Layout(content.ToArray());
        Assert.Contains("Maandrapport dienstverlening juni 2026", text);
        Assert.Contains("Incidenten per prioriteit", text);
        Assert.Contains("P1 1", text);

        Assert.Single(env.Smtp.To(spoc));
        Assert.Empty(env.Smtp.To(prospect));

        var sent = Assert.Single((await GetJsonAsync(env.Agent, $"/api/servicedesk/tenants/{withSdm.Slug}/service-report-mailings")).EnumerateArray());
        Assert.Equal("2026-06", sent.GetProperty("month").GetString());
        Assert.Equal("Sent", sent.GetProperty("status").GetString());
        Assert.Equal(sdm, sent.GetProperty("recipientEmail").GetString());
        Assert.Equal("Service delivery manager", sent.GetProperty("recipientRole").GetString());
        Assert.Equal(1, sent.GetProperty("attempts").GetInt32());
        var report = await GetJsonAsync(env.Agent, $"/api/servicedesk/tenants/{withSdm.Slug}/service-reports/2026-06");
        Assert.Equal("Sent", report.GetProperty("mailing").GetProperty("status").GetString());
        var viaSpoc = Assert.Single((await GetJsonAsync(env.Agent, $"/api/servicedesk/tenants/{spocOnly.Slug}/service-report-mailings")).EnumerateArray());
        Assert.Equal("SPOC", viaSpoc.GetProperty("recipientRole").GetString());
        var skipped = Assert.Single((await GetJsonAsync(env.Agent, $"/api/servicedesk/tenants/{noContact.Slug}/service-report-mailings")).EnumerateArray());
        Assert.Equal("Skipped", skipped.GetProperty("status").GetString());
        Assert.Equal(ServiceReportMailer.NoContact, skipped.GetProperty("skipReason").GetString());
        Assert.Empty((await GetJsonAsync(env.Agent, $"/api/servicedesk/tenants/{noContract.Slug}/service-report-mailings")).EnumerateArray());

        // Another tenant's admin reads nor re-sends this tenant's log; a tenant admin re-sends nothing, not even its own.
        var otherAdmin = api.WithKey((await api.CreateUserAsync("TenantAdmin", spocOnly.Slug)).Key);
        var ownAdmin = api.WithKey((await api.CreateUserAsync("TenantAdmin", withSdm.Slug)).Key);
        Assert.Contains((await otherAdmin.GetAsync($"/api/servicedesk/tenants/{withSdm.Slug}/service-report-mailings")).StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Contains((await otherAdmin.GetAsync($"/api/servicedesk/tenants/{withSdm.Slug}/service-reports/2026-06")).StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Contains((await otherAdmin.PostAsJsonAsync($"/api/servicedesk/tenants/{withSdm.Slug}/service-report-mailings", new { month = "2026-06" })).StatusCode,
            new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Equal(HttpStatusCode.Forbidden, (await ownAdmin.PostAsJsonAsync($"/api/servicedesk/tenants/{withSdm.Slug}/service-report-mailings", new { month = "2026-06" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ownAdmin.GetAsync($"/api/servicedesk/tenants/{withSdm.Slug}/service-report-mailings")).StatusCode);
        Assert.Single(env.Smtp.To(sdm));

        // Staff re-send: once more, recorded with who asked; a running month is refused with a Dutch message naming the field.
        var resent = await PostOkAsync(env.Agent, $"/api/servicedesk/tenants/{withSdm.Slug}/service-report-mailings", new { month = "2026-06" });
        Assert.Equal("Sent", resent.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(resent.GetProperty("resendRequestedBy").GetString()));
        Assert.Equal(2, env.Smtp.To(sdm).Count);
        var running = await env.Agent.PostAsJsonAsync($"/api/servicedesk/tenants/{withSdm.Slug}/service-report-mailings", new { month = "2026-07" });
        Assert.Equal(HttpStatusCode.BadRequest, running.StatusCode);
        Assert.Contains("maand", (await running.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("month")[0].GetString());
        Assert.Equal(2, env.Smtp.To(sdm).Count);
    }

    [SkippableFact]
    public async Task Nothing_is_sent_on_another_day_and_a_closing_day_moves_the_first_working_day()
    {
        using var env = await DeskEnv.StartAsync(Provider);
        var api = env.App.Api();
        var sdm = $"sdm-{Guid.NewGuid():N}@gemeente.test";
        await ContractAsync(api, env.Tenant.Slug, sdm: sdm);
        await Api.EnsureAsync(await api.Admin().PostAsJsonAsync("/api/servicedesk/closing-days", new { date = "2026-07-01", reason = "Teamdag" }), HttpStatusCode.Created);

        env.Now(FirstWorkingDay.AddDays(-1)); // Tuesday 30 June
        Assert.Equal(0, await RunAsync(env));
        env.Now(FirstWorkingDay); // Wednesday 1 July, a closing day of the desk
        Assert.Equal(0, await RunAsync(env));
        Assert.Empty(env.Smtp.To(sdm));
        Assert.Empty((await GetJsonAsync(env.Agent, $"/api/servicedesk/tenants/{env.Tenant.Slug}/service-report-mailings")).EnumerateArray());

        env.Now(FirstWorkingDay.AddDays(1)); // Thursday 2 July: the first working day
        await RunAsync(env);
        Assert.Single(env.Smtp.To(sdm));
        env.Now(FirstWorkingDay.AddDays(2));
        await RunAsync(env);
        Assert.Single(env.Smtp.To(sdm));
    }

    [SkippableFact]
    public async Task A_failed_send_is_recorded_and_retried_on_the_next_run()
    {
        using var env = await DeskEnv.StartAsync(Provider);
        var api = env.App.Api();
        var sdm = $"sdm-{Guid.NewGuid():N}@gemeente.test";
        await ContractAsync(api, env.Tenant.Slug, sdm: sdm);
        var log = $"/api/servicedesk/tenants/{env.Tenant.Slug}/service-report-mailings";

        env.Smtp.Stop();
        env.Now(FirstWorkingDay);
        await RunAsync(env);
        var failed = Assert.Single((await GetJsonAsync(env.Agent, log)).EnumerateArray());
        Assert.Equal("Pending", failed.GetProperty("status").GetString());
        Assert.Equal(1, failed.GetProperty("attempts").GetInt32());
        Assert.Equal("De mailserver was niet bereikbaar.", failed.GetProperty("lastError").GetString());
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("sentAt").ValueKind);

        await env.Smtp.RestartAsync();
        env.Now(FirstWorkingDay.AddDays(1)); // next day's run: not the first working day, but it retries
        Assert.Equal(1, await RunAsync(env));
        Assert.Equal(0, await RunAsync(env));
        Assert.Single(env.Smtp.To(sdm));
        var sent = Assert.Single((await GetJsonAsync(env.Agent, log)).EnumerateArray());
        Assert.Equal("Sent", sent.GetProperty("status").GetString());
        Assert.Equal(2, sent.GetProperty("attempts").GetInt32());
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("lastError").ValueKind);
    }

    /// <summary>Signs the tenant's contract (2025) and records its service delivery manager and SPOC when given.</summary>
    internal static async Task ContractAsync(Api api, string slug, string? sdm = null, string? spoc = null)
    {
        await Api.EnsureAsync(await api.Admin().PutAsJsonAsync($"/api/tenants/{slug}/contract", new { signedOn = new DateOnly(2025, 3, 10) }), HttpStatusCode.OK);
        if (sdm is not null)
            await Api.EnsureAsync(await api.Admin().PostAsJsonAsync($"/api/tenants/{slug}/contacts", new { role = "ServiceDeliveryManager", name = "Sam Delivery", email = sdm }), HttpStatusCode.Created);
        if (spoc is not null)
            await Api.EnsureAsync(await api.Admin().PostAsJsonAsync($"/api/tenants/{slug}/contacts", new { role = "Spoc", name = "Loket", email = spoc }), HttpStatusCode.Created);
    }
}

[Collection(OwnHostsCollection.Name)]
public sealed class ServiceReportMailTestsOnSqlite : ServiceReportMailTests
{
    protected override string Provider => "Sqlite";
}

[Collection(OwnHostsCollection.Name)]
public sealed class ServiceReportMailTestsOnPostgres : ServiceReportMailTests
{
    protected override string Provider => "Postgres";
}

/// <summary>Two hosts on one PostgreSQL database run the mailing at the same moment, twice: one mail per tenant.</summary>
[Collection(OwnHostsCollection.Name)]
public sealed class ServiceReportMailNodesTests
{
    [SkippableFact]
    public async Task Two_nodes_running_the_mailing_together_send_each_report_once()
    {
        Skip.If(string.IsNullOrWhiteSpace(PostgresApp.ServerConnectionString), "PostgreSQL tests need PLATFORM_TEST_POSTGRES (bash .ci/run sets it).");
        using var smtp = await SmtpServer.StartAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 20, 8, 0, 0, TimeSpan.Zero));
        using var nodes = new Nodes(2, new Dictionary<string, string?>(smtp.AppSettings), clock: clock);
        nodes.Start();
        var api = nodes[0].Api();
        var recipients = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var tenant = await api.CreateTenantAsync("n" + i);
            var sdm = $"sdm-{Guid.NewGuid():N}@gemeente.test";
            await ServiceReportMailTests.ContractAsync(api, tenant.Slug, sdm: sdm);
            recipients.Add(sdm);
        }

        clock.SetUtcNow(new DateTimeOffset(2026, 6, 1, 5, 0, 0, TimeSpan.Zero)); // 07:00 in Brussels, first working day
        for (var round = 0; round < 2; round++)
            await Task.WhenAll(nodes.All.Select(async node =>
            {
                await using var scope = node.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<ServiceReportMailer>().RunAsync(CancellationToken.None);
            }));

        foreach (var sdm in recipients) Assert.Single(smtp.To(sdm));
        // Every mail the server got is one sent row (demo tenants with a contract included): none went twice.
        Assert.Equal(smtp.Messages().Count, await nodes.CountAsync("SELECT count(*) FROM servicedesk.service_report_mailings WHERE \"Status\" = 1"));
        Assert.Equal(0, await nodes.CountAsync("SELECT count(*) FROM servicedesk.service_report_mailings WHERE \"Attempts\" <> 1"));
    }
}
