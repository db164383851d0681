using System.Net;
using System.Text;
using Billing.Payments;
using Stripe;
using Billing.Stripe;

namespace Billing.Tests.Stripe;

public sealed class StripeCheckoutTests
{
    private static readonly Guid InvoiceId = Guid.Parse("6f1c2f7e-3b1a-4c55-9a61-1d2b3c4d5e6f");

    private static readonly StripeOptions Settings = new()
    {
        Enabled = true,
        SecretKey = "sk_test_offline",
        SuccessUrl = "https://platform.example/facturen/betaald?sessie={CHECKOUT_SESSION_ID}",
        CancelUrl = "https://platform.example/facturen",
    };

    private const string SessionJson = """
        {"id":"cs_test_a1","object":"checkout.session","url":"https://checkout.stripe.com/c/pay/cs_test_a1","amount_total":466667,"currency":"eur","payment_status":"unpaid","mode":"payment"}
        """;

    private static (StripeCheckout Checkout, RecordingHandler Handler) Create(StripeOptions? settings = null)
    {
        var handler = new RecordingHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(SessionJson, Encoding.UTF8, "application/json") });
        var client = new StripeClient("sk_test_offline", null, new SystemNetHttpClient(new HttpClient(handler), 0, null, false));
        return (new StripeCheckout(client, Microsoft.Extensions.Options.Options.Create(settings ?? Settings)), handler);
    }

    [Fact]
    public async Task Creates_a_checkout_session_for_the_exact_amount_in_cents_with_a_deterministic_key()
    {
        var (checkout, handler) = Create();
        var link = await checkout.CreateAsync(new CheckoutRequest(InvoiceId, "2026-000002", 4666.67m, "financien@gent.be"));

        Assert.Equal(("cs_test_a1", "https://checkout.stripe.com/c/pay/cs_test_a1"), (link.SessionId, link.Url));
        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://api.stripe.com/v1/checkout/sessions", request.RequestUri!.ToString());
        Assert.Equal("invoice-6f1c2f7e3b1a4c559a611d2b3c4d5e6f-checkout-466667-v1", Assert.Single(request.Headers.GetValues("Idempotency-Key")));
        Assert.Equal(link.IdempotencyKey, request.Headers.GetValues("Idempotency-Key").Single());
        var form = Form(body);
        Assert.Equal("466667", form["line_items[0][price_data][unit_amount]"]);
        Assert.Equal("eur", form["line_items[0][price_data][currency]"]);
        Assert.Equal("1", form["line_items[0][quantity]"]);
        Assert.Equal("payment", form["mode"]);
        Assert.Equal("bancontact", form["allowed_payment_method_types[0]"]);
        Assert.Equal("card", form["allowed_payment_method_types[1]"]);
        Assert.Equal(InvoiceId.ToString(), form["metadata[invoice_id]"]);
        Assert.Equal("2026-000002", form["metadata[invoice_number]"]);
        Assert.Equal(InvoiceId.ToString(), form["payment_intent_data[metadata][invoice_id]"]);
        Assert.Equal(InvoiceId.ToString(), form["client_reference_id"]);
        Assert.Equal("financien@gent.be", form["customer_email"]);
        Assert.Equal(Settings.SuccessUrl, form["success_url"]);
    }

    [Fact]
    public async Task A_retried_call_sends_the_same_key_and_another_amount_a_different_one()
    {
        var (checkout, handler) = Create();
        await checkout.CreateAsync(new CheckoutRequest(InvoiceId, "2026-000002", 4666.67m));
        await checkout.CreateAsync(new CheckoutRequest(InvoiceId, "2026-000002", 4666.67m));
        await checkout.CreateAsync(new CheckoutRequest(InvoiceId, "2026-000002", 3666.67m));
        var keys = handler.Requests.Select(r => r.Request.Headers.GetValues("Idempotency-Key").Single()).ToList();
        Assert.Equal(keys[0], keys[1]);
        Assert.NotEqual(keys[0], keys[2]);
    }

    [Fact]
    public async Task Stripe_net_retries_a_failed_call_with_the_same_idempotency_key()
    {
        var calls = 0;
        var handler = new RecordingHandler(_ => ++calls == 1
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            {
                Content = new StringContent("""{"error":{"type":"api_error","message":"try again"}}""", Encoding.UTF8, "application/json"),
                Headers = { { "Stripe-Should-Retry", "true" } },
            }
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(SessionJson, Encoding.UTF8, "application/json") });
        var client = new StripeClient("sk_test_offline", null, new SystemNetHttpClient(new HttpClient(handler), 1, null, false));

        var link = await new StripeCheckout(client, Microsoft.Extensions.Options.Options.Create(Settings)).CreateAsync(new CheckoutRequest(InvoiceId, "2026-000002", 4666.67m));

        Assert.Equal("cs_test_a1", link.SessionId);
        Assert.Equal(2, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.Equal(link.IdempotencyKey, r.Request.Headers.GetValues("Idempotency-Key").Single()));
    }

    [Fact]
    public async Task Disabled_by_configuration_sends_nothing()
    {
        var (checkout, handler) = Create(Settings with { Enabled = false });
        await Assert.ThrowsAsync<InvalidOperationException>(() => checkout.CreateAsync(new CheckoutRequest(InvoiceId, "2026-000002", 10m)));
        Assert.Empty(handler.Requests);
    }

    [Theory]
    [InlineData("3500", 350000)]
    [InlineData("4666.67", 466667)]
    [InlineData("0.01", 1)]
    [InlineData("583.3", 58330)]
    public void Amounts_become_whole_cents(string amount, long cents) =>
        Assert.Equal(cents, StripeCheckout.ToCents(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.005")]
    public void Amounts_that_are_not_whole_cents_are_refused(string amount) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StripeCheckout.ToCents(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    private static Dictionary<string, string> Form(string body) =>
        body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
}

/// <summary>Answers every request itself and keeps it, so no test ever reaches the network.</summary>
internal sealed class RecordingHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
{
    public List<(HttpRequestMessage Request, string Body)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request, body));
        return respond(request);
    }
}
