using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using ServiceDesk.Mails;
using ServiceDesk.Warnings;
using static Platform.Tests.ServiceDesk.ServiceDeskClient;

namespace Platform.Tests.ServiceDesk;

/// <summary>Issue 16, mails out: the acknowledgement, the desk's alerts (at once or in the digest), the warnings of unassigned
/// incidents to the desk and the escalation to the lead — each once, threaded, with the number. Real SMTP (aiosmtpd).</summary>
public abstract class DeskMailTests
{
    protected abstract string Provider { get; }

    private const string Desk = "servicedesk@digitaal.test";
    private const string Lead = "teamleider@digitaal.test";

    private static readonly KeyValuePair<string, string?>[] Settings =
        [new("ServiceDesk:Mail:DeskAddress", Desk), new("ServiceDesk:Mail:LeadAddress", Lead)];

    private static DateTimeOffset Local(int day, int hour, int minute) => new(2026, 6, day, hour, minute, 0, TimeSpan.FromHours(2));

    [SkippableFact]
    public async Task A_weekend_report_is_acknowledged_with_its_number_due_times_and_start_and_the_desk_is_alerted_by_priority()
    {
        using var env = await DeskEnv.StartAsync(Provider, Settings);
        var reporterUser = await env.App.Api().CreateUserAsync("Reporter", env.Tenant.Slug);
        var reporter = env.App.Api().WithKey(reporterUser.Key);
        env.Now(Local(6, 10, 0)); // Saturday
        var p1 = await ReporterIncidentAsync(reporter, "Alles plat", urgency: 1, impact: 1);
        var number = p1.GetProperty("number").GetString()!;

        var ack = Assert.Single(env.Smtp.To(reporterUser.Email));
        Assert.Equal($"[{number}] Ontvangen: Alles plat", ack.Subject);
        Assert.Contains($"onder nummer {number}", ack.TextBody);
        Assert.Contains("Prioriteit: P1", ack.TextBody);
        Assert.Contains("Reactie uiterlijk: 08/06/2026 11:00", ack.TextBody);
        Assert.Contains("Oplossing uiterlijk: 08/06/2026 17:00", ack.TextBody);
        Assert.Contains("We starten ermee op 08/06/2026 09:00", ack.TextBody);
        Assert.Equal($"incident-{p1.GetProperty("id").GetGuid():N}@{IncidentMails.Domain}", ack.MessageId);
        Assert.Equal("auto-generated", ack.Headers["Auto-Submitted"]);
        var alert = Assert.Single(env.Smtp.To(Desk));
        Assert.Equal($"[{number}] Nieuw P1-incident: Alles plat", alert.Subject);
        Assert.Equal(ack.MessageId, alert.InReplyTo);

        // A P4 waits for the digest: nothing at once, one digest listing it, then nothing more.
        var p4 = await ReporterIncidentAsync(reporter, "Typfout in de app", urgency: 4, impact: 4);
        Assert.Equal(2, env.Smtp.To(reporterUser.Email).Count);
        Assert.Single(env.Smtp.To(Desk));
        Assert.Equal(1, await env.RunAsync<DeskDigestJob, int>(j => j.RunAsync(CancellationToken.None)));
        var digest = env.Smtp.To(Desk).Last();
        Assert.Equal("Overzicht nieuwe incidenten: 1", digest.Subject);
        Assert.Contains(p4.GetProperty("number").GetString()!, digest.TextBody);
        Assert.DoesNotContain(number, digest.TextBody);
        Assert.Equal(0, await env.RunAsync<DeskDigestJob, int>(j => j.RunAsync(CancellationToken.None)));
        Assert.Equal(2, env.Smtp.To(Desk).Count);
        // The acknowledgement is no answer.
        env.Now(Local(8, 10, 30));
        Assert.Equal("running", (await GetJsonAsync(env.Agent, $"{Incidents}/{number}")).GetProperty("response").GetProperty("state").GetString());
    }

    [SkippableFact]
    public async Task An_unassigned_incident_warns_the_desk_and_a_breach_is_escalated_to_the_lead_once()
    {
        using var env = await DeskEnv.StartAsync(Provider, Settings);
        env.Now(Local(1, 10, 0));
        var id = await env.RecordP1Async(Local(1, 10, 0));
        var number = (await GetJsonAsync(env.Agent, $"{Incidents}/{id}")).GetProperty("number").GetString()!;
        var before = env.Smtp.To(Desk).Count; // the P1 alert

        env.Now(Local(1, 11, 40));
        await env.RunAsync<SlaWarningJob, int>(j => j.RunAsync(CancellationToken.None));
        var warning = Assert.Single(env.Smtp.To(Desk).Skip(before));
        Assert.Equal($"[{number}] 75 % van de reactietermijn is verstreken: P1 Kaart plat", warning.Subject);
        Assert.Contains("Nog aan niemand toegewezen.", warning.TextBody);
        Assert.Empty(env.Smtp.To(Lead));

        env.Now(Local(1, 12, 30));
        await env.RunAsync<SlaWarningJob, int>(j => j.RunAsync(CancellationToken.None));
        await env.RunAsync<SlaWarningJob, int>(j => j.RunAsync(CancellationToken.None));
        Assert.Contains(env.Smtp.To(Desk), m => m.Subject == $"[{number}] De reactietermijn is overschreden: P1 Kaart plat");
        var escalation = Assert.Single(env.Smtp.To(Lead));
        Assert.Equal($"[{number}] Escalatie: de reactietermijn is overschreden: P1 Kaart plat", escalation.Subject);
        Assert.Equal(before + 2, env.Smtp.To(Desk).Count);
    }
}

[Collection(OwnHostsCollection.Name)]
public sealed class DeskMailTestsOnSqlite : DeskMailTests
{
    protected override string Provider => "Sqlite";
}

[Collection(OwnHostsCollection.Name)]
public sealed class DeskMailTestsOnPostgres : DeskMailTests
{
    protected override string Provider => "Postgres";
}
