using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using Tenants.Domain.Features;

namespace Tenants.AppConfig;

/// <summary>The bytes the mobile app gets, built once per publish/cache fill. Only public settings go in:
/// <see cref="IFeatureSettings.PublicView"/>; never contacts, API keys or internal mailboxes.</summary>
internal static class AppConfigJson
{
    public const int SchemaVersion = 1;

    public sealed record Tenant(string Name, string Slug);

    public static byte[] Build(Tenant tenant, int configVersion, DateTimeOffset publishedAt, ConfigDocument document,
        IReadOnlyDictionary<string, FeatureAvailability> availability, string logoBaseUrl)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = FeatureSettingsJson.Options.Encoder }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", SchemaVersion);
            w.WriteNumber("configVersion", configVersion);
            w.WriteString("publishedAt", publishedAt.UtcDateTime);
            w.WriteStartObject("tenant");
            w.WriteString("name", tenant.Name);
            w.WriteString("slug", tenant.Slug);
            w.WriteEndObject();

            var b = document.Branding;
            w.WriteStartObject("branding");
            w.WriteString("appName", b.AppName);
            w.WriteStartObject("colors");
            foreach (var (field, _) in BrandingDocument.Fields) w.WriteString(field, b.Color(field));
            w.WriteEndObject();
            if (document.Logo is { } logo) w.WriteString("logoUrl", $"{logoBaseUrl.TrimEnd('/')}/api/apps/{tenant.Slug}/logo/{logo.FileName}");
            else w.WriteNull("logoUrl");
            w.WriteEndObject();

            w.WriteStartArray("features");
            foreach (var feature in FeatureCatalogue.All)
            {
                var entry = document.Feature(feature.Key);
                var state = availability.GetValueOrDefault(feature.Key, FeatureAvailability.Available);
                if (!FeatureCatalogue.IsPublished(feature, state, entry is not null)) continue;
                w.WriteStartObject();
                w.WriteString("key", feature.Key);
                w.WriteString("name", feature.Name);
                w.WriteString("kind", feature.IsCore ? "core" : "additional");
                if (entry?.SettingsJson is { } json && FeatureSettingsJson.TryDeserialize(feature.Key, json, out var settings, out _))
                {
                    w.WritePropertyName("settings");
                    w.WriteRawValue(FeatureSettingsJson.SerializePublic(settings));
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Strong validator: a hash of the exact bytes, so any change (a publish, a suspended feature) changes it.</summary>
    public static string ETag(ReadOnlySpan<byte> json) =>
        "\"" + Convert.ToBase64String(SHA256.HashData(json)[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";
}
