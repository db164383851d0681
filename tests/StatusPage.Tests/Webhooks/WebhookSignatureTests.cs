using StatusPage.Webhooks;

namespace StatusPage.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    // Reference value computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'geheim'
    [Fact]
    public void Signs_timestamp_dot_body_with_hmac_sha256_in_lower_case_hex()
    {
        Assert.Equal("sha256=" + Expected, WebhookSignature.Sign("geheim", 1700000000, "{\"a\":1}"));
    }

    private const string Expected = "c2f0a59f12d0bcd3933234d85083c03b99e970604203fd059a320436bb602adf";

    [Theory]
    [InlineData("geheim", 1700000000, "{\"a\":1}", true)]
    [InlineData("ander", 1700000000, "{\"a\":1}", false)]
    [InlineData("geheim", 1700000001, "{\"a\":1}", false)]
    [InlineData("geheim", 1700000000, "{\"a\":2}", false)]
    public void Verifies_only_the_same_secret_timestamp_and_body(string secret, long timestamp, string body, bool valid)
    {
        var signature = WebhookSignature.Sign("geheim", 1700000000, "{\"a\":1}");
        Assert.Equal(valid, WebhookSignature.Verify(secret, timestamp, body, signature));
    }

    [Fact]
    public void New_secrets_are_random_and_prefixed()
    {
        var a = WebhookSignature.NewSecret();
        Assert.StartsWith("whsec_", a);
        Assert.Equal(6 + 48, a.Length);
        Assert.NotEqual(a, WebhookSignature.NewSecret());
    }
}
