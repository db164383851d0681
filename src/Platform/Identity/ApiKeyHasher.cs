using System.Security.Cryptography;
using System.Text;

namespace Platform.Identity;

/// <summary>API keys are long random secrets, so a fast SHA-256 is the right hash (unlike passwords).</summary>
internal static class ApiKeyHasher
{
    public const string KeyPrefix = "mbp_";

    public static string NewKey() =>
        KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string PrefixOf(string key) => key.Length <= 8 ? key[..Math.Min(2, key.Length)] + "…" : key[..8];

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
