using System.Text.Json.Serialization;
using Tenants.Domain.Checks;

namespace Tenants.Domain.Features.Settings;

/// <summary>Where collection dates come from: Fost Plus' Recycle! app (most municipalities), IVAGO (Gent),
/// Limburg.net, or the local government's own calendar at <see cref="WasteCalendarSettings.CalendarUrl"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WasteCalendarProvider>))]
internal enum WasteCalendarProvider
{
    [JsonStringEnumMemberName("recycleApp")] RecycleApp,
    [JsonStringEnumMemberName("ivago")] Ivago,
    [JsonStringEnumMemberName("limburgNet")] LimburgNet,
    [JsonStringEnumMemberName("custom")] Custom,
}

/// <summary>Afvalkalender. The platform calls the provider with <see cref="ApiKey"/> (internal, never sent to
/// the app); Recycle! needs one. <see cref="CalendarUrl"/> is public: the custom calendar, or a provider's page
/// for this municipality.</summary>
internal sealed record WasteCalendarSettings(WasteCalendarProvider Provider, string? ApiKey, string? CalendarUrl) : IFeatureSettings
{
    public const int MinApiKeyLength = 8;
    public const int MaxApiKeyLength = 200;

    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new ValidationErrors();
        if (!errors.Check("provider", Check.Enum(Provider, "De aanbieder van de afvalkalender"))) return errors.All;

        if (Provider == WasteCalendarProvider.RecycleApp && string.IsNullOrWhiteSpace(ApiKey))
            errors.Add("apiKey", "Voor Recycle! is een API-sleutel verplicht.");
        else if (!string.IsNullOrWhiteSpace(ApiKey)
                 && (ApiKey.Trim().Length is < MinApiKeyLength or > MaxApiKeyLength || ApiKey.Trim().Any(c => char.IsWhiteSpace(c) || char.IsControl(c))))
            errors.Add("apiKey", $"De API-sleutel telt {MinApiKeyLength} tot {MaxApiKeyLength} tekens, zonder spaties.");

        if (Provider == WasteCalendarProvider.Custom && string.IsNullOrWhiteSpace(CalendarUrl))
            errors.Add("calendarUrl", "Voor een eigen afvalkalender is de link naar de kalender verplicht.");
        else errors.Check("calendarUrl", Check.OptionalHttpsUrl(CalendarUrl, "De link naar de afvalkalender"));
        return errors.All;
    }

    public object PublicView() => new WasteCalendarPublic(Provider, string.IsNullOrWhiteSpace(CalendarUrl) ? null : CalendarUrl.Trim());
}

internal sealed record WasteCalendarPublic(WasteCalendarProvider Provider, string? CalendarUrl);
