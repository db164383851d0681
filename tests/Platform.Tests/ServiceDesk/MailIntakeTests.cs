using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MimeKit;
using Platform.Tests.Infrastructure;
using ServiceDesk.Intake;
using static Platform.Tests.ServiceDesk.ServiceDeskClient;

namespace Platform.Tests.ServiceDesk;

/// <summary>Issue 16, e-mail intake: a real Dovecot (IMAP) and aiosmtpd (SMTP), the real host, a clock the test moves.
/// 1 June 2026 is a Monday.</summary>
public abstract class MailIntakeTests
{
    protected abstract string Provider { get; }

    private const string Desk = "servicedesk@digitaal.test";

    private static DateTimeOffset Local(int day, int hour, int minute) => new(2026, 6, day, hour, minute, 0, TimeSpan.FromHours(2));

    [SkippableFact]
    public async Task A_reporters_mail_becomes_an_incident_replies_thread_and_a_reply_reopens_then_confirms()
    {
        using var imap = await ImapServer.StartAsync();
        using var env = await DeskEnv.StartAsync(Provider, [.. imap.AppSettings, new("ServiceDesk:Mail:DeskAddress", Desk)]);
        var reporter = await env.App.Api().CreateUserAsync("Reporter", env.Tenant.Slug);
        env.Now(Local(1, 10, 0));
        var first = Mail(reporter.Email, "Kaart laadt niet", "De kaart blijft leeg sinds vanochtend.");
        AddAttachment(first, "scherm.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]);
        await imap.AppendAsync(first, Local(1, 9, 30));

        var run = await IntakeAsync(env);
        Assert.Null(run.Error);
        Assert.Equal(1, run.Imported);
        Assert.Equal(0, await imap.CountAsync());
        Assert.Equal(1, await imap.CountAsync(ImapServer.ProcessedFolder));
        var id = Assert.Single((await GetJsonAsync(env.Agent, $"{Incidents}?tenant={env.Tenant.Slug}")).EnumerateArray()).GetProperty("id").GetGuid();
        var incident = await GetJsonAsync(env.Agent, $"{Incidents}/{id}");
        var number = incident.GetProperty("number").GetString()!;
        Assert.Equal("Email", incident.GetProperty("channel").GetString());
        Assert.Equal(Local(1, 9, 30), incident.GetProperty("reportedAt").GetDateTimeOffset());
        Assert.Equal(0, incident.GetProperty("urgency").GetInt32());
        Assert.Equal(0, incident.GetProperty("impact").GetInt32());
        Assert.Equal("P3", incident.GetProperty("priority").GetString());
        Assert.Equal("De kaart blijft leeg sinds vanochtend.", incident.GetProperty("description").GetString());
        Assert.Equal("scherm.png", Assert.Single(incident.GetProperty("attachments").EnumerateArray()).GetProperty("fileName").GetString());
        var ack = Assert.Single(env.Smtp.To(reporter.Email));
        Assert.Equal($"[{number}] Ontvangen: Kaart laadt niet", ack.Subject);
        Assert.Contains(env.Smtp.To(Desk), m => m.Subject == $"[{number}] Nieuw P3-incident: Kaart laadt niet");
        // A second run finds nothing: the mail was moved after its import.
        Assert.Equal(0, (await IntakeAsync(env)).Imported);

        // A reply naming only our Message-ID (no number in the subject) threads onto the incident as a public message.
        env.Now(Local(1, 10, 10));
        await imap.AppendAsync(Mail(reporter.Email, "Re: je melding", "Ook in de webversie.\n\nOp 1 juni schreef de servicedesk:\n> Ontvangen",
            inReplyTo: ack.MessageId), Local(1, 10, 5));
        Assert.Equal(1, (await IntakeAsync(env)).Imported);
        Assert.Single((await GetJsonAsync(env.Agent, $"{Incidents}?tenant={env.Tenant.Slug}")).EnumerateArray());
        var replied = await GetJsonAsync(env.Agent, $"{Incidents}/{id}");
        Assert.Contains(replied.GetProperty("history").EnumerateArray(), h => h.GetProperty("kind").GetString() == "PublicReply"
            && h.GetProperty("text").GetString() == "Ook in de webversie.");

        // Resolved, then the reporter answers the resolution mail: the incident reopens and the resolution clock continues
        // (the night it stood resolved does not count).
        env.Now(Local(1, 11, 0));
        await PostOkAsync(env.Agent, $"{Incidents}/{id}/status", new { status = "resolved", reason = "De kaartlaag is hersteld." });
        var resolution = env.Smtp.To(reporter.Email).Last();
        Assert.Equal($"[{number}] Opgelost: Kaart laadt niet", resolution.Subject);
        env.Now(Local(2, 10, 0));
        var answer = Mail(reporter.Email, "Re: " + resolution.Subject, "Het werkt nog steeds niet.");
        answer.References.Add(resolution.MessageId!);
        await imap.AppendAsync(answer, Local(2, 9, 55));
        Assert.Equal(1, (await IntakeAsync(env)).Imported);
        var reopened = await GetJsonAsync(env.Agent, $"{Incidents}/{id}");
        Assert.Equal("InProgress", reopened.GetProperty("status").GetString());
        Assert.Contains(reopened.GetProperty("history").EnumerateArray(), h => h.GetProperty("text").GetString() == "Heropend door de melder per e-mail: Het werkt nog steeds niet.");
        Assert.Equal(1.5, reopened.GetProperty("resolution").GetProperty("elapsedHours").GetDouble());

        // Resolved again; "OPGELOST" as the answer confirms it: closed.
        env.Now(Local(2, 11, 0));
        await PostOkAsync(env.Agent, $"{Incidents}/{id}/status", new { status = "resolved", reason = "Cache geleegd." });
        await imap.AppendAsync(Mail(reporter.Email, $"Re: [{number}] Opgelost", "OPGELOST\n\nBedankt!"), Local(2, 11, 30));
        Assert.Equal(1, (await IntakeAsync(env)).Imported);
        Assert.Equal("Closed", (await GetJsonAsync(env.Agent, $"{Incidents}/{id}")).GetProperty("status").GetString());
        Assert.Equal(4, await imap.CountAsync(ImapServer.ProcessedFolder));
    }

    [SkippableFact]
    public async Task Unknown_senders_forgeries_auto_replies_and_bad_input_each_get_a_clear_outcome()
    {
        using var imap = await ImapServer.StartAsync();
        using var env = await DeskEnv.StartAsync(Provider, [.. imap.AppSettings, new("ServiceDesk:Intake:MaxMessageBytes", "200000")]);
        var api = env.App.Api();
        var reporter = await api.CreateUserAsync("Reporter", env.Tenant.Slug);
        var other = await api.CreateTenantAsync("ander");
        var otherReporter = await api.CreateUserAsync("Reporter", other.Slug);
        env.Now(Local(1, 10, 0));
        var existing = await ReporterIncidentAsync(api.WithKey(reporter.Key), "Bestaand incident");
        var number = existing.GetProperty("number").GetString()!;
        var at = Local(1, 9, 0);

        await imap.AppendAsync(Mail("iemand@elders.test", "Vraag over de app", "Hoe werkt de afvalkalender?"), at);
        var auto = Mail(reporter.Email, "Afwezig", "Ik ben met verlof.");
        auto.Headers.Add("Auto-Submitted", "auto-replied");
        await imap.AppendAsync(auto, at);
        var bulk = Mail(reporter.Email, "Nieuwsbrief", "Lees meer.");
        bulk.Headers.Add("Precedence", "bulk");
        await imap.AppendAsync(bulk, at);
        var loop = Mail(reporter.Email, "Lus", "Onze eigen mail.");
        loop.MessageId = "lus-1@servicedesk.burgerprofiel.vlaanderen.be";
        await imap.AppendAsync(loop, at);
        // Another tenant's reporter (or a forged From) naming this tenant's incident: never added to it.
        await imap.AppendAsync(Mail(otherReporter.Email, $"Re: [{number}] meer info", "Dit hoort hier niet."), at);
        var html = new MimeMessage();
        html.From.Add(MailboxAddress.Parse(reporter.Email));
        html.To.Add(MailboxAddress.Parse(ImapServer.Account));
        html.Subject = "Alleen HTML";
        html.Body = new TextPart("html")
        {
            Text = "<html><head><style>p{color:red}</style><script>alert('x')</script></head><body><p>Knop <b>werkt</b> niet</p><img src=x onerror=alert(1)></body></html>",
        };
        await imap.AppendAsync(html, at);
        var huge = Mail(reporter.Email, "Grote bijlage", "Zie bijlage.");
        AddAttachment(huge, "log.txt", Encoding.UTF8.GetBytes(new string('a', 300_000)));
        await imap.AppendAsync(huge, at);
        var many = Mail(reporter.Email, "Vijftig bijlagen", "Alle logs.");
        for (var i = 0; i < 50; i++) AddAttachment(many, $"log{i}.txt", Encoding.UTF8.GetBytes("regel " + i));
        await imap.AppendAsync(many, at);
        await imap.AppendRawAsync(Encoding.Latin1.GetBytes(
            $"From: {reporter.Email}\r\nSubject: Vreemde tekenset\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=x-onbekend-42\r\n\r\nTekst met \xE9\xE8 tekens\r\n"), at);
        await imap.AppendRawAsync(Encoding.ASCII.GetBytes(
            $"From: {reporter.Email}\r\nSubject: Kapotte MIME\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"zonder-einde\"\r\n\r\n--zonder-einde\r\nContent-Type: text/plain\r\n\r\nHalve mail\r\n--zonder-einde\r\nContent-Type: application/pdf; name=x.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n@@@niet base64"), at);

        var run = await IntakeAsync(env);
        Assert.Null(run.Error);
        Assert.Equal(10, run.Imported);
        Assert.Equal(0, await imap.CountAsync());
        Assert.Equal(10, await imap.CountAsync(ImapServer.ProcessedFolder));

        var reviews = (await GetJsonAsync(env.Agent, "/api/servicedesk/review-mails")).EnumerateArray().ToList();
        Assert.Equal(3, reviews.Count);
        var unknown = Assert.Single(reviews, r => r.GetProperty("fromAddress").GetString() == "iemand@elders.test");
        Assert.Equal("UnknownSender", unknown.GetProperty("reason").GetString());
        var forged = Assert.Single(reviews, r => r.GetProperty("fromAddress").GetString() == otherReporter.Email);
        Assert.Contains("geen melder", forged.GetProperty("remarks").GetString());
        var tooLarge = Assert.Single(reviews, r => r.GetProperty("reason").GetString() == "TooLarge");
        Assert.Equal("Grote bijlage", tooLarge.GetProperty("subject").GetString());
        Assert.Empty(tooLarge.GetProperty("attachments").EnumerateArray());

        // The existing incident got nothing from the other tenant.
        var untouched = await GetJsonAsync(env.Agent, $"{Incidents}/{number}");
        Assert.DoesNotContain(untouched.GetProperty("history").EnumerateArray(), h => h.GetProperty("kind").GetString() == "PublicReply");
        Assert.Empty((await GetJsonAsync(env.Agent, $"{Incidents}?tenant={other.Slug}")).EnumerateArray());

        var titles = (await GetJsonAsync(env.Agent, $"{Incidents}?tenant={env.Tenant.Slug}")).EnumerateArray()
            .ToDictionary(i => i.GetProperty("title").GetString()!, i => i.GetProperty("id").GetGuid());
        Assert.Equal(["Alleen HTML", "Bestaand incident", "Kapotte MIME", "Vijftig bijlagen", "Vreemde tekenset"], titles.Keys.Order());
        var fromHtml = await GetJsonAsync(env.Agent, $"{Incidents}/{titles["Alleen HTML"]}");
        Assert.Equal("Knop werkt niet", fromHtml.GetProperty("description").GetString());
        var fifty = await GetJsonAsync(env.Agent, $"{Incidents}/{titles["Vijftig bijlagen"]}");
        Assert.Equal(10, fifty.GetProperty("attachments").GetArrayLength());
        Assert.Contains(fifty.GetProperty("history").EnumerateArray(), h => (h.GetProperty("text").GetString() ?? "").Contains("hoogstens 10 bijlagen"));
        Assert.Contains("Tekst met", (await GetJsonAsync(env.Agent, $"{Incidents}/{titles["Vreemde tekenset"]}")).GetProperty("description").GetString());
        var broken = await GetJsonAsync(env.Agent, $"{Incidents}/{titles["Kapotte MIME"]}");
        Assert.Contains("Halve mail", broken.GetProperty("description").GetString());

        // The agent's review list: a page, then attach the unknown sender's mail to a tenant, discard the forgery.
        var page = await env.Agent.GetStringAsync("/servicedesk/onbekende-afzenders");
        Assert.Contains("Vraag over de app", page);
        var attached = await PostOkAsync(env.Agent, $"/api/servicedesk/review-mails/{unknown.GetProperty("id").GetGuid()}/attach", new { tenant = other.Slug });
        Assert.Equal(other.Slug, attached.GetProperty("tenant").GetString());
        Assert.Equal("iemand@elders.test", attached.GetProperty("reporterName").GetString());
        Assert.Equal(at, attached.GetProperty("reportedAt").GetDateTimeOffset());
        Assert.Single(env.Smtp.To("iemand@elders.test"));
        var bad = await env.Agent.PostAsJsonAsync($"/api/servicedesk/review-mails/{forged.GetProperty("id").GetGuid()}/attach", new { tenant = "bestaat-niet" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Dit lokaal bestuur bestaat niet.", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await env.Agent.PostAsync($"/api/servicedesk/review-mails/{forged.GetProperty("id").GetGuid()}/discard", null)).StatusCode);
        Assert.Single((await GetJsonAsync(env.Agent, "/api/servicedesk/review-mails")).EnumerateArray());
        // Reporters do not see the list.
        Assert.Equal(HttpStatusCode.Forbidden, (await api.WithKey(reporter.Key).GetAsync("/api/servicedesk/review-mails")).StatusCode);
    }

    [SkippableFact]
    public async Task When_the_mailbox_is_unavailable_the_mail_waits_and_is_imported_when_it_is_back()
    {
        using var imap = await ImapServer.StartAsync();
        using var env = await DeskEnv.StartAsync(Provider, imap.AppSettings);
        var reporter = await env.App.Api().CreateUserAsync("Reporter", env.Tenant.Slug);
        env.Now(Local(1, 10, 0));
        await imap.AppendAsync(Mail(reporter.Email, "Tijdens de storing", "Gemeld terwijl de mailserver plat lag."), Local(1, 9, 0));
        imap.Stop();
        var down = await IntakeAsync(env);
        Assert.StartsWith("mailbox unavailable", down.Error);
        Assert.Empty((await GetJsonAsync(env.Agent, $"{Incidents}?tenant={env.Tenant.Slug}")).EnumerateArray());

        await imap.RestartAsync();
        Assert.Equal(1, await imap.CountAsync());
        var back = await IntakeAsync(env);
        Assert.Null(back.Error);
        Assert.Equal(1, back.Imported);
        var incident = Assert.Single((await GetJsonAsync(env.Agent, $"{Incidents}?tenant={env.Tenant.Slug}")).EnumerateArray());
        Assert.Equal(Local(1, 9, 0), incident.GetProperty("reportedAt").GetDateTimeOffset());
    }

    [SkippableFact]
    public async Task The_reporter_reopens_within_the_window_with_a_reason_and_confirms_by_api()
    {
        using var env = await DeskEnv.StartAsync(Provider);
        var reporterUser = await env.App.Api().CreateUserAsync("Reporter", env.Tenant.Slug);
        var reporter = env.App.Api().WithKey(reporterUser.Key);
        env.Now(Local(1, 10, 0));
        var id = (await ReporterIncidentAsync(reporter, "Inloggen faalt")).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.BadRequest, (await reporter.PostAsJsonAsync($"{Incidents}/{id}/reopen", new { reason = "Nog stuk" })).StatusCode);
        env.Now(Local(1, 11, 0));
        await PostOkAsync(env.Agent, $"{Incidents}/{id}/status", new { status = "resolved", reason = "Sessie hersteld." });

        var empty = await reporter.PostAsJsonAsync($"{Incidents}/{id}/reopen", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Geef een reden", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await env.Agent.PostAsJsonAsync($"{Incidents}/{id}/reopen", new { reason = "x" })).StatusCode);
        env.Now(Local(2, 10, 0));
        var reopened = await PostOkAsync(reporter, $"{Incidents}/{id}/reopen", new { reason = "Nog steeds geen toegang." });
        Assert.Equal("InProgress", reopened.GetProperty("status").GetString());
        Assert.Equal(1.0, reopened.GetProperty("resolution").GetProperty("elapsedHours").GetDouble());

        // Resolved again on 2 June at 11:00: the window is 10 working days, until 16 June 11:00.
        env.Now(Local(2, 11, 0));
        await PostOkAsync(env.Agent, $"{Incidents}/{id}/status", new { status = "resolved", reason = "Nu echt." });
        env.Now(Local(17, 12, 0));
        var late = await reporter.PostAsJsonAsync($"{Incidents}/{id}/reopen", new { reason = "Weer stuk." });
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("16/06/2026 11:00", await late.Content.ReadAsStringAsync());
        var closed = await PostOkAsync(reporter, $"{Incidents}/{id}/confirm", new { });
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await reporter.PostAsJsonAsync($"{Incidents}/{id}/confirm", new { })).StatusCode);
    }

    internal static async Task<MailIntakeJob.Run> IntakeAsync(DeskEnv env) =>
        await env.RunAsync<MailIntakeJob, MailIntakeJob.Run>(j => j.RunAsync(CancellationToken.None));

    internal static MimeMessage Mail(string from, string subject, string text, string? inReplyTo = null)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(ImapServer.Account));
        message.Subject = subject;
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("gemeente.test");
        if (inReplyTo is not null) message.InReplyTo = inReplyTo;
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }

    private static void AddAttachment(MimeMessage message, string name, byte[] content)
    {
        if (message.Body is not Multipart mixed)
        {
            mixed = new Multipart("mixed") { message.Body! };
            message.Body = mixed;
        }
        mixed.Add(new MimePart("application", "octet-stream")
        {
            Content = new MimeContent(new MemoryStream(content)), ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64, FileName = name,
        });
    }
}

[Collection(OwnHostsCollection.Name)]
public sealed class MailIntakeTestsOnSqlite : MailIntakeTests
{
    protected override string Provider => "Sqlite";
}

[Collection(OwnHostsCollection.Name)]
public sealed class MailIntakeTestsOnPostgres : MailIntakeTests
{
    protected override string Provider => "Postgres";
}
