using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Billing;

/// <summary>Stripe, offline: the platform configured with Stripe on, Stripe.net talking to a stub handler, webhooks signed here
/// with Stripe's documented scheme. A forged or stale webhook is refused and a replayed one changes nothing.</summary>
public abstract class StripeApiTests(PlatformApp app) : DatabaseTest(app)
{
    private const string Webhook = "/api/billing/stripe/webhook";

    [SkippableFact]
    public async Task Checkout_asks_stripe_for_exactly_what_is_outstanding()
    {
        var stripe = StripeHost.Of(App);
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (tenant, invoice) = await BillingSetup.IssuedInvoiceAsync(Api, finance, 32_000, new DateOnly(2026, 5, 1));
        Assert.Equal(4666.67m, invoice.Dec("amount"));
        await Statements.UploadAsync(finance, new CamtBuilder().Credit(invoice.Str("structuredCommunication"), 1000.00m));
        var admin = stripe.Client((await Api.CreateUserAsync("TenantAdmin", tenant.Slug)).Key);

        // Stripe down: a clear Dutch answer, and nothing kept that a later call would reuse.
        stripe.FailNext = true;
        var down = await admin.PostAsync($"/api/billing/invoices/{invoice.Id()}/checkout", null);
        Assert.Equal(HttpStatusCode.BadGateway, down.StatusCode);
        Assert.Contains("Stripe is op dit moment niet bereikbaar", (await down.Content.ReadFromJsonAsync<JsonElement>()).Str("detail"));

        var response = await admin.PostAsync($"/api/billing/invoices/{invoice.Id()}/checkout", null);
        await Api.EnsureAsync(response, HttpStatusCode.OK);
        var checkout = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3666.67m, checkout.Dec("amount"));
        Assert.StartsWith("https://checkout.stripe.com/c/pay/cs_test_", checkout.Str("url"));
        var request = stripe.Requests.Last(r => r.Form["metadata[invoice_id]"] == invoice.Id().ToString());
        Assert.Equal(("366667", "eur", "1", invoice.Str("number")),
            (request.Form["line_items[0][price_data][unit_amount]"], request.Form["line_items[0][price_data][currency]"],
                request.Form["line_items[0][quantity]"], request.Form["metadata[invoice_number]"]));
        Assert.Equal($"invoice-{invoice.Id():N}-checkout-366667-v1", request.IdempotencyKey);
        Assert.Equal(StripeHost.SuccessUrl, request.Form["success_url"]);

        // Asked again: the open session is handed out again, Stripe is not called.
        var again = await (await admin.PostAsync($"/api/billing/invoices/{invoice.Id()}/checkout", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(checkout.Str("url"), again.Str("url"));
        Assert.Equal(2, stripe.Requests.Count(r => r.Form["metadata[invoice_id]"] == invoice.Id().ToString()));

        // Another tenant's invoice does not exist for this admin; without Stripe configured nothing is offered.
        var (_, other) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/billing/invoices/{other.Id()}/checkout", null)).StatusCode);
        var off = await Api.WithKey((await Api.CreateUserAsync("TenantAdmin", tenant.Slug)).Key).PostAsync($"/api/billing/invoices/{invoice.Id()}/checkout", null);
        Assert.Equal(HttpStatusCode.Conflict, off.StatusCode);
        Assert.Equal("Online betalen is niet ingeschakeld.", (await off.Content.ReadFromJsonAsync<JsonElement>()).Str("detail"));
    }

    [SkippableFact]
    public async Task The_tenant_admin_pays_online_from_its_invoice_page_and_the_policy_allows_the_redirect_to_stripe()
    {
        var stripe = StripeHost.Of(App);
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (tenant, invoice) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var admin = stripe.Client((await Api.CreateUserAsync("TenantAdmin", tenant.Slug)).Key);

        var page = await admin.GetAsync("/mijn-facturen");
        await Api.EnsureAsync(page, HttpStatusCode.OK);
        // Chromium applies form-action to the redirect after the POST: without Stripe in it the button would do nothing.
        Assert.Contains("form-action 'self' https://checkout.stripe.com;", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("Online betalen", await page.Content.ReadAsStringAsync());
        var token = await Api.FormTokenAsync(admin, "/mijn-facturen");
        var pay = await admin.PostAsync("/mijn-facturen?handler=Pay", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["id"] = invoice.Id().ToString(), ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, pay.StatusCode);
        Assert.StartsWith("https://checkout.stripe.com/c/pay/cs_test_", pay.Headers.Location!.ToString());
        Assert.Equal("500000", stripe.Requests.Last(r => r.Form["metadata[invoice_id]"] == invoice.Id().ToString()).Form["line_items[0][price_data][unit_amount]"]);
        // Without Stripe the policy stays 'self' only.
        var plain = await Api.Anonymous().GetAsync("/aanmelden");
        Assert.Contains("form-action 'self';", plain.Headers.GetValues("Content-Security-Policy").Single());
    }

    [SkippableFact]
    public async Task After_a_partial_payment_the_old_session_is_closed_and_an_expiring_one_is_replaced_with_a_new_key()
    {
        var stripe = StripeHost.Of(App);
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (_, invoice) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var client = stripe.Client((await Api.CreateUserAsync("Finance")).Key);
        var url = $"/api/billing/invoices/{invoice.Id()}/checkout";
        var first = await (await client.PostAsync(url, null)).Content.ReadFromJsonAsync<JsonElement>();
        var firstSession = stripe.Requests.Last(r => r.Form.GetValueOrDefault("metadata[invoice_id]") == invoice.Id().ToString()).SessionId;
        Assert.Equal(5000.00m, first.Dec("amount"));

        // 1 000 arrives by bank: the 5 000 session is closed at Stripe right away, so an open tab cannot pay it in full.
        await Statements.UploadAsync(client, new CamtBuilder().Credit(invoice.Str("structuredCommunication"), 1000.00m));
        Assert.Contains(firstSession, stripe.Expired);
        var second = await (await client.PostAsync(url, null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4000.00m, second.Dec("amount"));
        Assert.Single(stripe.Expired, firstSession);
        var mine = stripe.Requests.Where(r => r.Form.GetValueOrDefault("metadata[invoice_id]") == invoice.Id().ToString()).ToList();
        Assert.Equal($"invoice-{invoice.Id():N}-checkout-400000-v1", mine[^1].IdempotencyKey);

        // Close to Stripe's 24 h expiry the session is not handed out again; Stripe would replay the old key, so the key moves on.
        stripe.Clock.Advance(TimeSpan.FromHours(23).Add(TimeSpan.FromMinutes(45)));
        var third = await (await client.PostAsync(url, null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual(second.Str("url"), third.Str("url"));
        mine = stripe.Requests.Where(r => r.Form.GetValueOrDefault("metadata[invoice_id]") == invoice.Id().ToString()).ToList();
        Assert.Equal($"invoice-{invoice.Id():N}-checkout-400000-v2", mine[^1].IdempotencyKey);
    }

    [SkippableFact]
    public async Task A_signed_webhook_marks_the_invoice_paid_and_a_replay_changes_nothing()
    {
        var stripe = StripeHost.Of(App);
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (_, invoice) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var client = stripe.Client((await Api.CreateUserAsync("Finance")).Key);
        var checkout = await (await client.PostAsync($"/api/billing/invoices/{invoice.Id()}/checkout", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(5000.00m, checkout.Dec("amount"));
        var session = stripe.Requests.Single(r => r.Form["metadata[invoice_id]"] == invoice.Id().ToString()).SessionId;

        var eventId = "evt_" + Guid.NewGuid().ToString("N");
        var json = stripe.EventJson(eventId, session, invoice.Id(), 500000);
        var header = stripe.Sign(json, stripe.Clock.GetUtcNow());
        Assert.Equal("booked", await PostAsync(stripe, json, header, HttpStatusCode.OK));

        var paid = await Statements.InvoiceAsync(finance, invoice.Id());
        Assert.Equal(("paid", 5000.00m, 0m), (paid.Str("status"), paid.Dec("paidAmount"), paid.Dec("outstanding")));
        var payment = Assert.Single(await Statements.PaymentsAsync(finance, invoice.Id()));
        Assert.Equal(("stripe", "stripeCheckout", session), (payment.Str("source"), payment.Str("linkedBy"), payment.Str("reference")));

        // Stripe delivers again, the same event re-signed later, and another event of the same session: nothing changes.
        Assert.Equal("replayed", await PostAsync(stripe, json, header, HttpStatusCode.OK));
        stripe.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("replayed", await PostAsync(stripe, json, stripe.Sign(json, stripe.Clock.GetUtcNow()), HttpStatusCode.OK));
        var async = stripe.EventJson("evt_" + Guid.NewGuid().ToString("N"), session, invoice.Id(), 500000, "checkout.session.async_payment_succeeded");
        Assert.Equal("replayed", await PostAsync(stripe, async, stripe.Sign(async, stripe.Clock.GetUtcNow()), HttpStatusCode.OK));
        Assert.Single(await Statements.PaymentsAsync(finance, invoice.Id()));
        Assert.Equal(5000.00m, (await Statements.InvoiceAsync(finance, invoice.Id())).Dec("paidAmount"));

        // Paid: nothing left to pay online.
        var none = await client.PostAsync($"/api/billing/invoices/{invoice.Id()}/checkout", null);
        Assert.Equal(HttpStatusCode.Conflict, none.StatusCode);
        Assert.Contains("volledig betaald", await none.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task A_forged_or_stale_webhook_is_refused_and_changes_nothing()
    {
        var stripe = StripeHost.Of(App);
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (_, invoice) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var eventId = "evt_" + Guid.NewGuid().ToString("N");
        var json = stripe.EventJson(eventId, "cs_test_" + Guid.NewGuid().ToString("N"), invoice.Id(), 500000);
        var now = stripe.Clock.GetUtcNow();

        var forged = stripe.Sign(json, now, "whsec_someone_else");
        var tampered = stripe.Sign(json.Replace("500000", "1", StringComparison.Ordinal), now);
        var tooOld = stripe.Sign(json, now.AddSeconds(-301));
        foreach (var header in new string?[] { forged, tampered, tooOld, null, "t=1,v1=00" })
        {
            var body = await PostRawAsync(stripe, json, header);
            Assert.Equal(HttpStatusCode.BadRequest, body.Status);
            Assert.Equal("Webhook geweigerd (invalid webhook)", body.Json.Str("title"));
            Assert.False(body.Json.TryGetProperty("detail", out _), "the caller learns nothing of why");
        }

        // Signed correctly but delivered after the replay window has passed on the platform's clock.
        var signed = stripe.Sign(json, stripe.Clock.GetUtcNow());
        stripe.Clock.Advance(TimeSpan.FromSeconds(301));
        Assert.Equal(HttpStatusCode.BadRequest, (await PostRawAsync(stripe, json, signed)).Status);

        // The platform without Stripe configured refuses every webhook, signed or not.
        var off = await Api.Anonymous().PostAsync(Webhook, Body(json, stripe.Sign(json, DateTimeOffset.UtcNow)));
        Assert.Equal(HttpStatusCode.BadRequest, off.StatusCode);

        var unpaid = await Statements.InvoiceAsync(finance, invoice.Id());
        Assert.Equal(("issued", 0m), (unpaid.Str("status"), unpaid.Dec("paidAmount")));
        Assert.Empty(await Statements.PaymentsAsync(finance, invoice.Id()));

        // The refusals did not use up the event: delivered properly now, it books.
        Assert.Equal("booked", await PostAsync(stripe, json, stripe.Sign(json, stripe.Clock.GetUtcNow().AddSeconds(-299)), HttpStatusCode.OK));
        Assert.Equal("paid", (await Statements.InvoiceAsync(finance, invoice.Id())).Str("status"));
    }

    [SkippableFact]
    public async Task A_correctly_signed_event_that_cannot_be_used_is_acknowledged_as_ignored_and_logged_never_a_500()
    {
        var stripe = StripeHost.Of(App);
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (_, invoice) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var session = "cs_test_" + Guid.NewGuid().ToString("N");
        string Id() => "evt_" + Guid.NewGuid().ToString("N");
        var unusable = new Dictionary<string, string>
        {
            ["negative amount"] = stripe.EventJson(Id(), session, invoice.Id(), -500000),
            ["zero amount"] = stripe.EventJson(Id(), session, invoice.Id(), 0),
            ["unknown invoice"] = stripe.EventJson(Id(), session, Guid.NewGuid(), 500000),
            ["unparsable body"] = "{\"id\":\"evt_x\",\"object\":\"event\",\"type\":",
            ["not an object"] = "[1,2,3]",
            ["empty object"] = "{}",
            ["wrong types"] = """{"id":{"nested":true},"object":"event","created":"yesterday","type":42,"data":"none"}""",
            ["event id too long"] = stripe.EventJson("evt_" + new string('a', 400), session, invoice.Id(), 500000),
            ["control character in the id"] = stripe.EventJson("evt_\\u0000" + Guid.NewGuid().ToString("N"), session, invoice.Id(), 500000),
            ["amount beyond any invoice"] = stripe.EventJson(Id(), session, invoice.Id(), long.MaxValue),
        };
        foreach (var (name, json) in unusable)
        {
            var (status, body) = await PostRawAsync(stripe, json, stripe.Sign(json, stripe.Clock.GetUtcNow()));
            Assert.True(status == HttpStatusCode.OK, $"{name}: {(int)status} {body}");
            Assert.True(body.Str("outcome") == "ignored", $"{name}: {body}");
        }

        Assert.Empty(await Statements.PaymentsAsync(finance, invoice.Id()));
        Assert.Equal(("issued", 0m), ((await Statements.InvoiceAsync(finance, invoice.Id())).Str("status"), (await Statements.InvoiceAsync(finance, invoice.Id())).Dec("paidAmount")));
        var warnings = stripe.Log.Events.Where(e => e.Level == Serilog.Events.LogEventLevel.Warning)
            .Select(e => e.RenderMessage()).Where(m => m.Contains("acknowledged", StringComparison.Ordinal)).ToList();
        Assert.Contains(warnings, m => m.Contains("amount_total -500000 is not a payment", StringComparison.Ordinal));
        Assert.Contains(warnings, m => m.Contains("not a Stripe event", StringComparison.Ordinal));
        Assert.Contains(warnings, m => m.Contains("no usable event id", StringComparison.Ordinal));
        Assert.DoesNotContain(stripe.Log.Events, e => e.Level >= Serilog.Events.LogEventLevel.Error);
    }

    private static async Task<string> PostAsync(StripeHost stripe, string json, string? header, HttpStatusCode expected)
    {
        var (status, body) = await PostRawAsync(stripe, json, header);
        Assert.True(status == expected, $"{(int)status}: {body}");
        return body.Str("outcome");
    }

    private static async Task<(HttpStatusCode Status, JsonElement Json)> PostRawAsync(StripeHost stripe, string json, string? header)
    {
        var response = await stripe.Anonymous().PostAsync(Webhook, Body(json, header));
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static StringContent Body(string json, string? header)
    {
        var content = new StringContent(json, Encoding.UTF8, "application/json");
        if (header is not null) content.Headers.Add("Stripe-Signature", header);
        return content;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StripeApiOnSqlite(SqliteApp app) : StripeApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class StripeApiOnPostgres(PostgresApp app) : StripeApiTests(app);

/// <summary>The same platform and database with Stripe switched on, its API replaced by a stub and a clock the tests move.</summary>
internal sealed class StripeHost
{
    public const string Secret = "whsec_platform_tests";
    public const string SuccessUrl = "https://platform.test/mijn-facturen?betaald={CHECKOUT_SESSION_ID}";
    private static readonly ConcurrentDictionary<PlatformApp, StripeHost> Hosts = new();

    public sealed record StripeRequest(Dictionary<string, string> Form, string? IdempotencyKey, string SessionId);

    private readonly WebApplicationFactory<Program> _factory;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>What this host logged.</summary>
    public LogCapture Log { get; } = new();

    public ConcurrentQueue<StripeRequest> Requests { get; } = new();

    /// <summary>Sessions the platform asked Stripe to close.</summary>
    public ConcurrentQueue<string> Expired { get; } = new();

    /// <summary>The next call to Stripe answers 500, as when Stripe has an outage.</summary>
    public bool FailNext { get; set; }

    private StripeHost(PlatformApp app)
    {
        var stub = new Stub(this);
        _factory = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Billing:Stripe:Enabled", "true");
            b.UseSetting("Billing:Stripe:SecretKey", "sk_test_offline");
            b.UseSetting("Billing:Stripe:WebhookSecret", Secret);
            b.UseSetting("Billing:Stripe:SuccessUrl", SuccessUrl);
            b.UseSetting("Billing:Stripe:CancelUrl", "https://platform.test/mijn-facturen");
            b.ConfigureTestServices(s =>
            {
                s.AddSingleton<TimeProvider>(Clock);
                s.AddSingleton<Serilog.Core.ILogEventSink>(Log);
                s.RemoveAll<Stripe.IStripeClient>();
                s.AddSingleton<Stripe.IStripeClient>(new Stripe.StripeClient("sk_test_offline", null,
                    new Stripe.SystemNetHttpClient(new HttpClient(stub), 0, null, false)));
            });
        });
    }

    public static StripeHost Of(PlatformApp app) => Hosts.GetOrAdd(app, a => new StripeHost(a));

    public HttpClient Anonymous() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public HttpClient Client(string key)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>Stripe's documented scheme, computed here independently of Stripe.net: v1 = hex(HMAC-SHA256(secret, "t.body")).</summary>
    public string Sign(string json, DateTimeOffset at, string secret = Secret)
    {
        var t = at.ToUnixTimeSeconds();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{json}"));
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }

    public string EventJson(string id, string session, Guid invoiceId, long cents, string type = "checkout.session.completed") => $$"""
        {"id":"{{id}}","object":"event","api_version":"2020-08-27","created":{{Clock.GetUtcNow().ToUnixTimeSeconds()}},"livemode":false,"pending_webhooks":1,"type":"{{type}}",
         "data":{"object":{"id":"{{session}}","object":"checkout.session","amount_total":{{cents}},"currency":"eur","payment_status":"paid",
         "payment_intent":"pi_{{session}}","mode":"payment","metadata":{"invoice_id":"{{invoiceId}}","invoice_number":"x"} } } }
        """;

    /// <summary>Answers Stripe's "create checkout session" like Stripe does, echoing the amount; records each call.</summary>
    private sealed class Stub(StripeHost host) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var path = request.RequestUri!.AbsolutePath;
            if (path.EndsWith("/expire", StringComparison.Ordinal))
            {
                var expired = path.Split('/')[^2];
                host.Expired.Enqueue(expired);
                var closed = $$"""{"id":"{{expired}}","object":"checkout.session","status":"expired","payment_status":"unpaid","mode":"payment"}""";
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(closed, Encoding.UTF8, "application/json") };
            }
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(ct);
            var form = body.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
                .ToDictionary(p => Decode(p[0]), p => p.Length > 1 ? Decode(p[1]) : "");
            var session = "cs_test_" + Guid.NewGuid().ToString("N");
            host.Requests.Enqueue(new(form, request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.Single() : null, session));
            if (host.FailNext)
            {
                host.FailNext = false;
                return new HttpResponseMessage(HttpStatusCode.InternalServerError)
                {
                    Content = new StringContent("""{"error":{"type":"api_error","message":"outage"}}""", Encoding.UTF8, "application/json"),
                };
            }
            var expires = host.Clock.GetUtcNow().AddHours(24).ToUnixTimeSeconds();
            var json = $$"""
                {"id":"{{session}}","object":"checkout.session","url":"https://checkout.stripe.com/c/pay/{{session}}",
                 "amount_total":{{form.GetValueOrDefault("line_items[0][price_data][unit_amount]", "0")}},"currency":"eur",
                 "payment_status":"unpaid","mode":"payment","expires_at":{{expires}} }
                """;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }

        private static string Decode(string s) => Uri.UnescapeDataString(s.Replace('+', ' '));
    }
}
