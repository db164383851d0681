using System.Security.Cryptography;
using System.Text;
using Billing.Payments;
using Microsoft.Extensions.Time.Testing;
using Billing.Stripe;

namespace Billing.Tests.Stripe;

public sealed class StripeWebhookVerifierTests
{
    private const string Secret = "whsec_test_offline";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 19, 0, 0, TimeSpan.Zero);
    private static readonly Guid InvoiceId = Guid.Parse("6f1c2f7e-3b1a-4c55-9a61-1d2b3c4d5e6f");

    private static StripeWebhookVerifier Verifier() =>
        new(new StripeOptions { Enabled = true, WebhookSecret = Secret, WebhookToleranceSeconds = 300 }, new FakeTimeProvider(Now));

    internal static string EventJson(string id = "evt_1", string type = "checkout.session.completed", string paymentStatus = "paid", string currency = "eur", string? invoiceId = null) => """
        {"id":"ID","object":"event","api_version":"2020-08-27","created":CREATED,"livemode":false,"pending_webhooks":1,"type":"TYPE",
         "data":{"object":{"id":"cs_test_a1","object":"checkout.session","amount_total":466667,"currency":"CURRENCY","payment_status":"STATUS",
         "payment_intent":"pi_123","mode":"payment","metadata":{"invoice_id":"INVOICE","invoice_number":"2026-000002"}}}}
        """.Replace("ID", id).Replace("CREATED", Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("TYPE", type).Replace("CURRENCY", currency).Replace("STATUS", paymentStatus).Replace("INVOICE", invoiceId ?? InvoiceId.ToString());

    /// <summary>Stripe's documented scheme, computed independently of Stripe.net: v1 = hex(HMAC-SHA256(secret, "t.body")).</summary>
    private static string Sign(string json, DateTimeOffset at, string secret = Secret)
    {
        var t = at.ToUnixTimeSeconds();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{json}"));
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }

    [Fact]
    public void A_correctly_signed_recent_event_is_accepted_and_yields_the_payment()
    {
        var json = EventJson();
        var accepted = Assert.IsType<WebhookVerification.Accepted>(Verifier().Verify(json, Sign(json, Now.AddSeconds(-60))));
        var notice = StripeWebhookVerifier.PaymentOf(accepted.Event);
        Assert.Equal(new StripePaymentNotice("evt_1", InvoiceId, 4666.67m, "cs_test_a1", "pi_123"), notice);
    }

    [Fact]
    public void A_forged_signature_is_refused()
    {
        var json = EventJson();
        Assert.IsType<WebhookVerification.Refused>(Verifier().Verify(json, Sign(json, Now, "whsec_someone_else")));
    }

    [Fact]
    public void A_tampered_body_is_refused()
    {
        var json = EventJson();
        var header = Sign(json, Now);
        Assert.IsType<WebhookVerification.Refused>(Verifier().Verify(json.Replace("466667", "1", StringComparison.Ordinal), header));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(-3600)]
    public void A_stale_signature_outside_the_replay_window_is_refused(int seconds)
    {
        var json = EventJson();
        Assert.IsType<WebhookVerification.Refused>(Verifier().Verify(json, Sign(json, Now.AddSeconds(seconds))));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("t=abc,v1=00")]
    public void A_missing_or_garbled_header_is_refused(string? header) =>
        Assert.IsType<WebhookVerification.Refused>(Verifier().Verify(EventJson(), header));

    [Fact]
    public void Without_a_configured_secret_everything_is_refused()
    {
        var json = EventJson();
        var verifier = new StripeWebhookVerifier(new StripeOptions { WebhookSecret = "" }, new FakeTimeProvider(Now));
        Assert.IsType<WebhookVerification.Refused>(verifier.Verify(json, Sign(json, Now, "")));
    }

    [Theory]
    [InlineData("checkout.session.expired", "paid", "eur", null)]
    [InlineData("checkout.session.completed", "unpaid", "eur", null)]
    [InlineData("checkout.session.completed", "paid", "usd", null)]
    [InlineData("checkout.session.completed", "paid", "eur", "not-a-guid")]
    public void Events_that_do_not_pay_one_of_our_invoices_yield_nothing(string type, string status, string currency, string? invoiceId)
    {
        var json = EventJson(type: type, paymentStatus: status, currency: currency, invoiceId: invoiceId);
        var accepted = Assert.IsType<WebhookVerification.Accepted>(Verifier().Verify(json, Sign(json, Now)));
        Assert.Null(StripeWebhookVerifier.PaymentOf(accepted.Event));
    }

    [Fact]
    public void Async_payment_succeeded_also_pays()
    {
        var json = EventJson(type: "checkout.session.async_payment_succeeded");
        var accepted = Assert.IsType<WebhookVerification.Accepted>(Verifier().Verify(json, Sign(json, Now)));
        Assert.NotNull(StripeWebhookVerifier.PaymentOf(accepted.Event));
    }

    [Fact]
    public void A_redelivered_event_id_is_handled_once()
    {
        var processed = new ProcessedEvents(["evt_0"]);
        Assert.False(processed.TryBegin("evt_0"));
        Assert.True(processed.TryBegin("evt_1"));
        Assert.False(processed.TryBegin("evt_1"));
        Assert.True(processed.Contains("evt_1"));
    }
}
