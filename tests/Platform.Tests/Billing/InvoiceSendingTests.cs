using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Billing.Sending;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Billing;

/// <summary>Issuing queues the invoice mail in the same transaction; the mail job sends it once over real SMTP (aiosmtpd),
/// with the PDF and the Peppol UBL attached; finance resends; a recipient refused for good is recorded as a bounce;
/// the platform admin can switch sending off per tenant. Invoices are issued on 1 June 2026 and due on 1 July 2026.</summary>
public abstract class InvoiceSendingTests
{
    protected abstract string Provider { get; }

    [SkippableFact]
    public async Task Issuing_sends_one_dutch_mail_with_pdf_and_ubl_once_and_finance_can_resend()
    {
        using var env = await ReminderEnv.StartAsync(Provider);
        var billing = new ReminderTests.Contact("Bea Boekhouding", Email("billing"));
        var spoc = new ReminderTests.Contact("Sam Spoc", Email("spoc"));
        var invoice = await env.OverdueInvoiceAsync(("billing", billing), ("spoc", spoc));
        await SetReferenceAsync(env, invoice.Tenant, "BEST-2026-17");

        Assert.Equal("queued", Assert.Single(await MailsAsync(env, invoice.Id)).GetProperty("state").GetString());
        Assert.Equal(new MailRunReport(1, 0, 0, 0), await SendAsync(env));
        Assert.Equal(new MailRunReport(0, 0, 0, 0), await SendAsync(env)); // sent once

        var mail = Assert.Single(env.Smtp.To(billing.Email));
        Assert.Single(env.Smtp.Messages());
        Assert.Empty(env.Smtp.To(spoc.Email)); // a billing contact exists, so the SPOC is not bothered
        Assert.Equal($"Factuur {invoice.Number} voor de Mijn Burgerprofiel-app", mail.Subject);
        var text = mail.TextBody;
        Assert.StartsWith($"Beste {billing.Name},", text);
        Assert.Contains("Bedrag: € 3.333,33 (geen btw)", text);
        Assert.Contains("Vervaldatum: 01/07/2026", text);
        Assert.Contains($"Gestructureerde mededeling: {invoice.Ogm}", text);
        Assert.Contains("BE86 3751 1175 0850 (BIC BBRUBEBB)", text);
        Assert.DoesNotContain("online betalen", text); // Stripe is off here
        var attachments = mail.Attachments.OfType<MimePart>().ToList();
        Assert.Equal(2, attachments.Count);
        var pdf = attachments.Single(a => a.ContentType.MimeType == "application/pdf");
        Assert.Equal($"{invoice.Number}.pdf", pdf.FileName);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(Decode(pdf), 0, 4));
        var ubl = attachments.Single(a => a.ContentType.MimeType == "application/xml");
        Assert.Equal($"{invoice.Number}.xml", ubl.FileName);
        var xml = Encoding.UTF8.GetString(Decode(ubl));
        Assert.Contains($"<cbc:ID>{invoice.Number}</cbc:ID>", xml);
        Assert.Contains("<cbc:BuyerReference>BEST-2026-17</cbc:BuyerReference>", xml);

        var log = Assert.Single(await MailsAsync(env, invoice.Id));
        Assert.Equal("sent", log.GetProperty("state").GetString());
        Assert.Equal(billing.Email, log.GetProperty("deliveredTo").GetString());
        Assert.True(log.GetProperty("ublAttached").GetBoolean());

        var resend = await env.Finance.PostAsJsonAsync($"/api/billing/invoices/{invoice.Id}/resend", new { });
        await Api.EnsureAsync(resend, HttpStatusCode.Accepted);
        var twice = await env.Finance.PostAsJsonAsync($"/api/billing/invoices/{invoice.Id}/resend", new { });
        await Api.EnsureAsync(twice, HttpStatusCode.Conflict); // one round waits already
        Assert.Equal(new MailRunReport(1, 0, 0, 0), await SendAsync(env));
        Assert.Equal(2, env.Smtp.To(billing.Email).Count);
        var rounds = (await MailsAsync(env, invoice.Id)).Select(m => m.GetProperty("round").GetInt32()).ToArray();
        Assert.Equal(new[] { 0, 1 }, rounds);
    }

    [SkippableFact]
    public async Task A_credit_note_is_mailed_too_and_a_refused_recipient_is_recorded_as_a_bounce()
    {
        using var env = await ReminderEnv.StartAsync(Provider);
        var bouncing = new ReminderTests.Contact("Onbekend Adres", SmtpServer.RefusedPrefix + Email("billing"));
        var good = new ReminderTests.Contact("Goed Adres", Email("billing"));
        var invoice = await env.OverdueInvoiceAsync(("billing", bouncing), ("billing", good));
        await SetReferenceAsync(env, invoice.Tenant, "REF-1");
        var credit = await env.Finance.PostAsJsonAsync($"/api/billing/invoices/{invoice.Id}/credit-notes", new { amount = 333.33m, reason = "Inwonersaantal verbeterd." });
        await Api.EnsureAsync(credit, HttpStatusCode.Created);
        var number = (await credit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString();

        Assert.Equal(new MailRunReport(0, 2, 0, 0), await SendAsync(env));

        Assert.Empty(env.Smtp.To(bouncing.Email));
        var mails = env.Smtp.To(good.Email);
        Assert.Equal(2, mails.Count);
        var note = Assert.Single(mails, m => m.Subject?.StartsWith("Creditnota", StringComparison.Ordinal) == true);
        Assert.Equal($"Creditnota {number} bij factuur {invoice.Number} voor de Mijn Burgerprofiel-app", note.Subject);
        Assert.Contains("Bedrag van de creditnota: € 333,33", note.TextBody);
        Assert.Contains("Reden: Inwonersaantal verbeterd.", note.TextBody);
        Assert.Equal(["application/pdf", "application/xml"], note.Attachments.OfType<MimePart>().Select(a => a.ContentType.MimeType).Order().ToArray());

        var log = await MailsAsync(env, invoice.Id);
        Assert.Equal(2, log.Count);
        Assert.All(log, m =>
        {
            Assert.Equal("bounced", m.GetProperty("state").GetString());
            Assert.Equal(bouncing.Email, m.GetProperty("refused").GetString());
            Assert.Equal(good.Email, m.GetProperty("deliveredTo").GetString());
        });

        // The finance page shows it.
        var page = await env.Finance.GetStringAsync($"/facturen/{invoice.Id}");
        Assert.Contains("Geweigerd (bounce)", page);
        Assert.Contains(bouncing.Email, page);
    }

    [SkippableFact]
    public async Task When_the_server_is_down_the_mail_waits_and_when_sending_is_off_nothing_is_sent()
    {
        using var env = await ReminderEnv.StartAsync(Provider);
        var billing = new ReminderTests.Contact("Bea Boekhouding", Email("billing"));
        var invoice = await env.OverdueInvoiceAsync(("billing", billing));

        env.Smtp.Stop();
        Assert.Equal(new MailRunReport(0, 0, 0, 1), await SendAsync(env));
        Assert.Equal("queued", Assert.Single(await MailsAsync(env, invoice.Id)).GetProperty("state").GetString());
        await env.Smtp.RestartAsync();
        Assert.Equal(new MailRunReport(1, 0, 0, 0), await SendAsync(env));
        // Without a buyer reference the UBL cannot be made: the PDF goes alone and the log says why.
        var mail = Assert.Single(env.Smtp.To(billing.Email));
        Assert.Equal("application/pdf", Assert.Single(mail.Attachments).ContentType.MimeType);
        var log = Assert.Single(await MailsAsync(env, invoice.Id));
        Assert.False(log.GetProperty("ublAttached").GetBoolean());
        Assert.StartsWith("Zonder Peppol-XML verstuurd", log.GetProperty("note").GetString());

        // The platform admin switches sending off for this tenant; finance cannot.
        var off = await env.Api.Admin().PutAsJsonAsync($"/api/billing/sending/{invoice.Tenant.Id}", new { sendByMail = false });
        await Api.EnsureAsync(off, HttpStatusCode.OK);
        var byFinance = await env.Finance.PutAsJsonAsync($"/api/billing/sending/{invoice.Tenant.Id}", new { sendByMail = true });
        Assert.Equal(HttpStatusCode.Forbidden, byFinance.StatusCode);
        await Api.EnsureAsync(await env.Finance.PostAsJsonAsync($"/api/billing/invoices/{invoice.Id}/resend", new { }), HttpStatusCode.Accepted);
        Assert.Equal(new MailRunReport(0, 0, 1, 0), await SendAsync(env));
        Assert.Single(env.Smtp.To(billing.Email));
        Assert.Equal("skipped", (await MailsAsync(env, invoice.Id))[1].GetProperty("state").GetString());
    }

    private static string Email(string role) => $"{role}-{Guid.NewGuid():N}@gemeente.test";

    private static async Task SetReferenceAsync(ReminderEnv env, Api.TestTenant tenant, string reference) =>
        await Api.EnsureAsync(await env.Api.Admin().PutAsJsonAsync($"/api/tenants/{tenant.Slug}/invoice-reference", new { reference }), HttpStatusCode.OK);

    private static async Task<List<JsonElement>> MailsAsync(ReminderEnv env, Guid invoiceId) =>
        [.. (await env.Finance.GetFromJsonAsync<JsonElement>($"/api/billing/invoices/{invoiceId}/mails")).EnumerateArray()];

    /// <summary>One run of the mail job, as Hangfire starts it: a fresh scope, no tenant.</summary>
    private static async Task<MailRunReport> SendAsync(ReminderEnv env)
    {
        await using var scope = env.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InvoiceMailer>().SendPendingAsync(CancellationToken.None);
    }

    private static byte[] Decode(MimePart part)
    {
        using var stream = new MemoryStream();
        Assert.NotNull(part.Content);
        part.Content.DecodeTo(stream);
        return stream.ToArray();
    }
}

[Collection(OwnHostsCollection.Name)]
public sealed class InvoiceSendingTestsOnSqlite : InvoiceSendingTests
{
    protected override string Provider => "Sqlite";
}

[Collection(OwnHostsCollection.Name)]
public sealed class InvoiceSendingTestsOnPostgres : InvoiceSendingTests
{
    protected override string Provider => "Postgres";
}
