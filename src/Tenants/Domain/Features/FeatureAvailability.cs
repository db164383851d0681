using System.Text.Json.Serialization;

namespace Tenants.Domain.Features;

/// <summary>Whether the platform offers a feature at all (the contractor may suspend or withdraw one after
/// notifying the customers). Suspended keeps every tenant's settings for when it comes back; withdrawn is for good.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FeatureAvailability>))]
internal enum FeatureAvailability
{
    [JsonStringEnumMemberName("available")] Available,
    [JsonStringEnumMemberName("suspended")] Suspended,
    [JsonStringEnumMemberName("withdrawn")] Withdrawn,
}

internal static class FeatureAvailabilityText
{
    /// <summary>The Dutch word for the availability: beschikbaar, opgeschort, ingetrokken.</summary>
    public static string ToDutch(this FeatureAvailability a) => a switch
    {
        FeatureAvailability.Available => "beschikbaar",
        FeatureAvailability.Suspended => "opgeschort",
        _ => "ingetrokken",
    };
}

/// <summary>Core counter features are in every app; additional ones are switched on per tenant on request.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FeatureKind>))]
internal enum FeatureKind
{
    [JsonStringEnumMemberName("core")] Core,
    [JsonStringEnumMemberName("additional")] Additional,
}
