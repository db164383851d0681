using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Billing.Dunning;
using Billing.Forecast;
using Billing.Sending;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Billing;

/// <summary>Dunning controls, the invoice timeline and the issue checks on the API, through the real app with its own database,
/// clock and SMTP server (aiosmtpd). Invoices are issued on 1 June 2026 and due on 1 July 2026; reminders at 3 days, then 7 and 14.</summary>
public abstract class DunningTests
{
    protected abstract string Provider { get; }

    private static readonly DateOnly Due = new(2026, 7, 1);

    [SkippableFact]
    public async Task A_hold_stops_the_reminders_until_it_is_ended_with_a_note()
    {
        using var env = await ReminderEnv.StartAsync(Provider);
        var billing = new ReminderTests.Contact("Bea Boekhouding", Email("billing"));
        var invoice = await env.OverdueInvoiceAsync(("billing", billing));

        var missing = await env.Finance.PostAsJsonAsync($"/api/billing/invoices/{invoice.Id}/pauses", new { kind = "hold", reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("Geef een reden.", (await Errors(missing))["reason"][0]);
        var wrongKind = await env.Finance.PostAsJsonAsync($"/api/billing/invoices/{invoice.Id}/pauses", new { kind = "pause", reason = "x" });
        Assert.Contains("kind", (await Errors(wrongKind)).Keys);
        var hold = await env.Finance.PostAsJsonAsync($"/api/billing/invoices/{invoice.Id}/pauses", new { kind = "hold", reason = "Betaling aangekondigd door de stad" });
        await Api.EnsureAsync(hold, HttpStatusCode.Created);
        var twice = await env.Finance.PostAsJsonAsync($"/api/billing/invoices/{invoice.Id}/pauses", new { kind = "dispute", reason = "x" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        env.Today(Due.AddDays(3));
        Assert.Equal(new(0, 0), await env.RunAsync());
        env.Today(Due.AddDays(20));
        Assert.Equal(new(0, 0), await env.RunAsync());
        Assert.Empty(env.Smtp.Messages());
        Assert.Empty(await env.SentLogAsync(invoice.Id));

        var noNote = await env.Finance.PostAsJsonAsync($"/api/billing/invoices/{invoice.Id}/pauses/end", new { note = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Contains("note", (await Errors(noNote)).Keys);
        await Api.EnsureAsync(await env.Finance.PostAsJsonAsync($"/api/billing/invoices/{invoice.Id}/pauses/end", new { note = "Niet betaald, herinneringen hervat" }), HttpStatusCode.OK);

        Assert.Equal(new(1, 0), await env.RunAsync());
        Assert.StartsWith("Herinnering:", Assert.Single(env.Smtp.To(billing.Email)).Subject);
        var pauses = await env.Finance.GetFromJsonAsync<JsonElement>($"/api/billing/invoices/{invoice.Id}/pauses");
        var pause = Assert.Single(pauses.EnumerateArray());
        Assert.Equal("hold", pause.GetProperty("kind").GetString());
        Assert.Equal("Niet betaald, herinneringen hervat", pause.GetProperty("endNote").GetString());
    }

    [SkippableFact]
    public async Task A_disputed_invoice_gets_no_reminder_while_another_does()
    {
        using var env = await ReminderEnv.StartAsync(Provider);
        var disputedContact = new ReminderTests.Contact("Dirk Betwist", Email("disputed"));
        var otherContact = new ReminderTests.Contact("Olga Ander", Email("other"));
        var disputed = await env.OverdueInvoiceAsync(("billing", disputedContact));
        await env.OverdueInvoiceAsync(("billing", otherContact));
        await Api.EnsureAsync(await env.Finance.PostAsJsonAsync($"/api/billing/invoices/{disputed.Id}/pauses",
            new { kind = "dispute", reason = "De stad betwist het aantal inwoners" }), HttpStatusCode.Created);

        env.Today(Due.AddDays(3));
        Assert.Equal(new(1, 0), await env.RunAsync());
        Assert.Empty(env.Smtp.To(disputedContact.Email));
        Assert.Single(env.Smtp.To(otherContact.Email));

        var page = await env.Finance.GetStringAsync($"/facturen/{disputed.Id}");
        Assert.Contains("Betwist", page);
        Assert.Contains("De stad betwist het aantal inwoners", page);
    }

    [SkippableFact]
    public async Task The_friendly_notice_goes_out_once_the_configured_days_before_the_due_date()
    {
        using var env = await ReminderEnv.StartAsync(Provider, true, new KeyValuePair<string, string?>("Billing:Dunning:FriendlyNoticeDaysBeforeDue", "5"));
        var billing = new ReminderTests.Contact("Bea Boekhouding", Email("billing"));
        var paidContact = new ReminderTests.Contact("Paula Betaald", Email("paid"));
        var heldContact = new ReminderTests.Contact("Hilde Hold", Email("held"));
        var invoice = await env.OverdueInvoiceAsync(("billing", billing));
        var paid = await env.OverdueInvoiceAsync(("billing", paidContact));
        var held = await env.OverdueInvoiceAsync(("billing", heldContact));
        await env.ImportAsync(new CamtBuilder().Credit(paid.Ogm, 3333.33m, bookedOn: Due.AddDays(-10)));
        await Api.EnsureAsync(await env.Finance.PostAsJsonAsync($"/api/billing/invoices/{held.Id}/pauses", new { kind = "hold", reason = "Afspraak" }), HttpStatusCode.Created);

        env.Today(Due.AddDays(-6));
        Assert.Equal(new(0, 0), await RunNoticesAsync(env));
        env.Today(Due.AddDays(-5));
        Assert.Equal(new(1, 0), await RunNoticesAsync(env));
        Assert.Equal(new(0, 0), await RunNoticesAsync(env));
        env.Today(Due.AddDays(-2));
        Assert.Equal(new(0, 0), await RunNoticesAsync(env));

        var mail = Assert.Single(env.Smtp.To(billing.Email));
        Assert.Equal($"Factuur {invoice.Number} voor de Mijn Burgerprofiel-app vervalt op 01/07/2026", mail.Subject);
        Assert.StartsWith($"Beste {billing.Name},", mail.TextBody);
        Assert.Contains("€ 3.333,33, vervalt op 01/07/2026", mail.TextBody);
        Assert.Contains($"met de gestructureerde mededeling {invoice.Ogm}?", mail.TextBody);
        Assert.Equal("application/pdf", Assert.Single(mail.Attachments).ContentType.MimeType);
        Assert.Empty(env.Smtp.To(paidContact.Email));
        Assert.Empty(env.Smtp.To(heldContact.Email));

        var timeline = await env.Finance.GetFromJsonAsync<JsonElement>($"/api/billing/invoices/{invoice.Id}/timeline");
        Assert.Contains(timeline.EnumerateArray(), e => e.GetProperty("kind").GetString() == "friendlyNotice");
    }

    [SkippableFact]
    public async Task Finance_edits_a_reminder_text_with_placeholders_and_unknown_ones_are_refused()
    {
        using var env = await ReminderEnv.StartAsync(Provider);
        var billing = new ReminderTests.Contact("Bea Boekhouding", Email("billing"));
        var invoice = await env.OverdueInvoiceAsync(("billing", billing));

        var bad = await env.Finance.PutAsJsonAsync("/api/billing/reminder-texts/1", new { subject = "Factuur {factuurnummer}", body = "Beste {naam}, betaal {bedrg}." });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Onbekende plaatshouder: {bedrg}.", (await Errors(bad))["body"][0]);
        var badPreview = await env.Finance.PostAsJsonAsync("/api/billing/reminder-texts/1/preview", new { subject = "{nummer}", body = "x" });
        Assert.Contains("{nummer}", (await Errors(badPreview))["subject"][0]);

        var subject = "Uw factuur {factuurnummer} is vervallen";
        var body = "Beste {naam},\n\nWe ontvingen nog geen {openstaand} voor factuur {factuurnummer} (vervaldag {vervaldag}).\n" +
            "Mededeling: {gestructureerde_mededeling}\n";
        var preview = await env.Finance.PostAsJsonAsync("/api/billing/reminder-texts/1/preview", new { subject, body });
        await Api.EnsureAsync(preview, HttpStatusCode.OK);
        var shown = await preview.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Matches(@"^Uw factuur \d{4}-000123 is vervallen$", shown.GetProperty("subject").GetString());
        Assert.Contains("We ontvingen nog geen € 4.000,00", shown.GetProperty("body").GetString());
        await Api.EnsureAsync(await env.Finance.PutAsJsonAsync("/api/billing/reminder-texts/1", new { subject, body }), HttpStatusCode.OK);

        env.Today(Due.AddDays(3));
        Assert.Equal(new(1, 0), await env.RunAsync());
        var mail = Assert.Single(env.Smtp.To(billing.Email));
        Assert.Equal($"Uw factuur {invoice.Number} is vervallen", mail.Subject);
        Assert.Contains($"We ontvingen nog geen € 3.333,33 voor factuur {invoice.Number} (vervaldag 01/07/2026).", mail.TextBody);
        Assert.Contains($"Mededeling: {invoice.Ogm}", mail.TextBody);
        Assert.StartsWith($"Beste {billing.Name},", mail.TextBody);

        var page = await env.Finance.GetStringAsync("/facturen/herinneringen?stap=1");
        Assert.Contains("eigen tekst", page);
        Assert.Contains("{gestructureerde_mededeling}", page);
    }

    [SkippableFact]
    public async Task The_timeline_shows_finance_everything_and_the_tenant_admin_no_internal_items()
    {
        using var env = await ReminderEnv.StartAsync(Provider);
        var billing = new ReminderTests.Contact("Bea Boekhouding", Email("billing"));
        var invoice = await env.OverdueInvoiceAsync(("billing", billing));
        await using (var scope = env.App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<InvoiceMailer>().SendPendingAsync(CancellationToken.None);
        Assert.Single(env.Smtp.To(billing.Email));

        var admin = env.Api.WithKey((await env.Api.CreateUserAsync("TenantAdmin", invoice.Tenant.Slug)).Key);
        var opened = await admin.GetAsync($"/mijn-facturen/{invoice.Id}");
        await Api.EnsureAsync(opened, HttpStatusCode.OK);
        Assert.Contains("Tijdlijn", await opened.Content.ReadAsStringAsync());
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await admin.GetByteArrayAsync($"/api/billing/invoices/{invoice.Id}/pdf"), 0, 4));
        await env.Finance.GetByteArrayAsync($"/api/billing/invoices/{invoice.Id}/pdf"); // finance's own download is no "viewed"
        env.Today(Due.AddDays(3));
        await env.RunAsync();
        await Api.EnsureAsync(await env.Finance.PostAsJsonAsync($"/api/billing/invoices/{invoice.Id}/pauses", new { kind = "dispute", reason = "Aantal inwoners" }), HttpStatusCode.Created);

        var staff = (await env.Finance.GetFromJsonAsync<JsonElement>($"/api/billing/invoices/{invoice.Id}/timeline")).EnumerateArray()
            .Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["drafted", "issued", "delivered", "viewed", "downloaded", "reminder", "disputeStarted"], staff);
        var tenant = (await admin.GetFromJsonAsync<JsonElement>($"/api/billing/invoices/{invoice.Id}/timeline")).EnumerateArray().ToList();
        Assert.Equal(["issued", "delivered", "reminder"], tenant.Select(e => e.GetProperty("kind").GetString()));
        Assert.All(tenant, e => Assert.False(e.GetProperty("internal").GetBoolean()));
        Assert.Contains($"per e-mail afgeleverd bij {billing.Email}", tenant[1].GetProperty("text").GetString());

        var financePage = await env.Finance.GetStringAsync($"/facturen/{invoice.Id}");
        Assert.Contains("Bekeken in Mijn facturen door het lokaal bestuur", financePage);
        Assert.Contains("Herinnering verstuurd", financePage);
        var other = await env.Api.CreateTenantAsync("vreemd");
        var stranger = env.Api.WithKey((await env.Api.CreateUserAsync("TenantAdmin", other.Slug)).Key);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/billing/invoices/{invoice.Id}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/mijn-facturen/{invoice.Id}")).StatusCode);
    }

    [SkippableFact]
    public async Task Issuing_through_the_api_names_the_missing_buyer_reference_and_goes_on_only_when_asked()
    {
        using var env = await ReminderEnv.StartAsync(Provider);
        var without = await BillingSetup.LiveTenantAsync(env.Api, 20_000, new DateOnly(2026, 5, 1));
        var with = await BillingSetup.LiveTenantAsync(env.Api, 20_000, new DateOnly(2026, 5, 1));
        await Api.EnsureAsync(await env.Api.Admin().PutAsJsonAsync($"/api/tenants/{with.Slug}/invoice-reference", new { reference = "PO-2026-77" }), HttpStatusCode.OK);
        await BillingSetup.RunAsync(env.Finance);
        var idWithout = (await BillingSetup.DraftOfAsync(env.Finance, without)).GetProperty("id").GetGuid();
        var idWith = (await BillingSetup.DraftOfAsync(env.Finance, with)).GetProperty("id").GetGuid();

        var single = await env.Finance.PostAsync($"/api/billing/invoices/{idWithout}/issue", null);
        Assert.Equal(HttpStatusCode.BadRequest, single.StatusCode);
        Assert.Contains("referentie van de klant (Peppol BT-10) ontbreekt", (await Errors(single))["buyerReference"][0]);

        var bulk = await env.Finance.PostAsJsonAsync("/api/billing/invoices/issue", new { ids = new[] { idWithout, idWith } });
        Assert.Equal(HttpStatusCode.BadRequest, bulk.StatusCode);
        var problem = await bulk.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([$"invoices[{idWithout}].buyerReference"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        var lacking = Assert.Single(problem.GetProperty("lacking").EnumerateArray());
        Assert.Equal(idWithout, lacking.GetProperty("id").GetGuid());
        Assert.Equal("buyerReference", lacking.GetProperty("field").GetString());
        Assert.Equal("draft", (await BillingSetup.DraftOfAsync(env.Finance, with)).GetProperty("status").GetString()); // nothing issued

        var anyway = await env.Finance.PostAsJsonAsync("/api/billing/invoices/issue", new { ids = new[] { idWithout, idWith }, issueAnyway = true });
        await Api.EnsureAsync(anyway, HttpStatusCode.OK);
        Assert.Equal(2, (await anyway.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("issued").GetInt32());
        Assert.Equal("PO-2026-77", (await BillingSetup.DraftOfAsync(env.Finance, with)).GetProperty("buyerReference").GetString());

        // The invoice issued without one gets it once, from the API or the invoice page; then it is fixed.
        Assert.Contains("Referentie van de klant aanvullen", await env.Finance.GetStringAsync($"/facturen/{idWithout}"));
        var empty = await env.Finance.PutAsJsonAsync($"/api/billing/invoices/{idWithout}/buyer-reference", new { buyerReference = "" });
        Assert.Contains("buyerReference", (await Errors(empty)).Keys);
        await Api.EnsureAsync(await env.Finance.PutAsJsonAsync($"/api/billing/invoices/{idWithout}/buyer-reference", new { buyerReference = "REF-42" }), HttpStatusCode.OK);
        Assert.Equal("REF-42", (await BillingSetup.DraftOfAsync(env.Finance, without)).GetProperty("buyerReference").GetString());
        var again = await env.Finance.PutAsJsonAsync($"/api/billing/invoices/{idWithout}/buyer-reference", new { buyerReference = "REF-43" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.DoesNotContain("Referentie van de klant aanvullen", await env.Finance.GetStringAsync($"/facturen/{idWithout}"));
    }

    [SkippableFact]
    public async Task The_fee_forecast_letter_is_mailed_once_to_billing_and_spoc_with_next_years_fee()
    {
        using var env = await ReminderEnv.StartAsync(Provider);
        env.Today(new DateOnly(2026, 9, 1));
        var tenant = await BillingSetup.LiveTenantAsync(env.Api, 20_000, new DateOnly(2025, 3, 1));
        await BillingSetup.SetInhabitantsAsync(env.Api, tenant.Slug, 2026, 26_000);
        var billing = new ReminderTests.Contact("Bea Boekhouding", Email("billing"));
        var spoc = new ReminderTests.Contact("Sam Spoc", Email("spoc"));
        await env.AddContactAsync(tenant, "billing", billing);
        await env.AddContactAsync(tenant, "spoc", spoc);

        var page = await env.Finance.GetStringAsync("/facturen/prijsramingen");
        Assert.Contains("Prijsramingen 2027", page);
        Assert.Contains("7.000,00", page);
        var pdf = await env.Finance.GetByteArrayAsync($"/facturen/prijsramingen?handler=Pdf&tenant={tenant.Id}&jaar=2027");
        var text = PdfText.Extract(pdf);
        Assert.Contains("Prijsraming 2027", text);
        Assert.Contains("op € 7.000,00 (geen btw)", text);
        Assert.Contains("26.000 inwoners op 1 januari 2026", text);
        Assert.Contains("Schijf 3: 25.001 – 50.000 inwoners (je schijf)", text);
        PdfText.RenderPng(pdf, "prijsraming-2027");
        Assert.Contains("Schijf 1: tot en met 15.000 inwoners", text);
        Assert.Contains("Schijf 4: meer dan 50.000 inwoners", text);
        Assert.Contains("€ 3.500,00 per jaar", text);
        Assert.Contains("€ 10.000,00 per jaar", text);
        Assert.Contains("15 januari 2027 (15/01/2027)", text);

        await using (var scope = env.App.Services.CreateAsyncScope())
        {
            var forecasts = scope.ServiceProvider.GetRequiredService<FeeForecasts>();
            var first = await forecasts.RunAsync(CancellationToken.None);
            Assert.True(first.Sent >= 1);
            Assert.Equal(0, (await forecasts.RunAsync(CancellationToken.None)).Sent);
        }
        foreach (var to in new[] { billing, spoc })
        {
            var mail = Assert.Single(env.Smtp.To(to.Email));
            Assert.Equal("Prijsraming 2027 voor de Mijn Burgerprofiel-app", mail.Subject);
            Assert.StartsWith($"Beste {to.Name},", mail.TextBody);
            var attachment = Assert.IsType<MimeKit.MimePart>(Assert.Single(mail.Attachments));
            Assert.Equal($"prijsraming-2027-{tenant.Slug}.pdf", attachment.FileName);
        }
        Assert.Contains("2 ontvangers", await env.Finance.GetStringAsync("/facturen/prijsramingen"));
    }

    private static Task<FriendlyNoticesReport> RunNoticesAsync(ReminderEnv env) => Task.Run(async () =>
    {
        await using var scope = env.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FriendlyNotices>().RunAsync(CancellationToken.None);
    });

    private static async Task<Dictionary<string, string[]>> Errors(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    private static string Email(string role) => $"{role}-{Guid.NewGuid():N}@gemeente.test";
}

[Collection(OwnHostsCollection.Name)]
public sealed class DunningTestsOnSqlite : DunningTests
{
    protected override string Provider => "Sqlite";
}

[Collection(OwnHostsCollection.Name)]
public sealed class DunningTestsOnPostgres : DunningTests
{
    protected override string Provider => "Postgres";
}
