using System.Security.Cryptography;
using System.Text;

namespace StatusPage.Webhooks;

/// <summary>
/// <c>X-Burgerprofiel-Signature: sha256=&lt;hex&gt;</c> = HMAC-SHA256 with the webhook's secret over
/// <c>"{timestamp}.{body}"</c>, the timestamp (Unix seconds) sent in <c>X-Burgerprofiel-Timestamp</c>, so a receiver
/// can refuse replays of old deliveries.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Burgerprofiel-Signature";
    public const string TimestampHeader = "X-Burgerprofiel-Timestamp";
    public const string EventHeader = "X-Burgerprofiel-Event";

    public static string Sign(string secret, long timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    public static bool Verify(string secret, long timestamp, string body, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature));

    public static string NewSecret() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}
