using Tenants.Domain.Features.Settings;

namespace Tenants.Domain.Features;

/// <summary>The features the app can have (contract, annex 1). Keys are stable identifiers: never rename one.</summary>
internal static class FeatureCatalogue
{
    public static readonly FeatureDefinition Notifications = Core("notifications", "Meldingen en lopende dossiers",
        "In één oogopslag zien of de status van een dossier veranderde, een opgevraagd attest klaarstaat of er een overheidsdocument via eBox werd bezorgd.");
    public static readonly FeatureDefinition Documents = Core("documents", "(eBox) Documenten",
        "eBox-berichten en -documenten ontvangen en lezen, met een melding bij elk nieuw bericht of document.");
    public static readonly FeatureDefinition Certificates = Core("certificates", "Attesten en vergunningen",
        "Officiële attesten, vergunningen, afschriften en uittreksels gratis opvragen, met dezelfde juridische waarde als aan het loket.");
    public static readonly FeatureDefinition PersonalData = Core("personal-data", "Uw gegevens bij de overheid",
        "De gegevens die de overheid over u kent, per thema.");
    public static readonly FeatureDefinition CovidCertificate = Core("covid-certificate", "COVID-19",
        "Een geldig COVID-19-certificaat opvragen en downloaden (vaccinatie, negatieve test of herstel).");

    public static readonly FeatureDefinition Appointments = Additional<AppointmentsSettings>("appointments", "Afspraak maken",
        "Rechtstreeks een afspraak maken met de diensten van het lokale bestuur.");
    public static readonly FeatureDefinition ReportIssue = Additional<ReportIssueSettings>("report-issue", "Melding doen",
        "Rechtstreeks een melding maken en versturen naar de bevoegde dienst van het lokale bestuur.");
    public static readonly FeatureDefinition WasteCalendar = Additional<WasteCalendarSettings>("waste-calendar", "Afvalkalender",
        "De afvalkalender raadplegen op basis van een adres.");
    public static readonly FeatureDefinition LocalNews = Additional<LocalNewsSettings>("local-news", "Lokaal nieuws",
        "Een overzicht van nieuwsberichten uit de buurt.");
    public static readonly FeatureDefinition EventsNearby = Additional<EventsNearbySettings>("events-nearby", "UIT in uw buurt",
        "Een overzicht van evenementen in de buurt.");
    public static readonly FeatureDefinition ContactOptions = Additional<ContactOptionsSettings>("contact-options", "Contactopties",
        "De contactgegevens van de diensten van het lokale bestuur: adres, telefoonnummer en openingsuren.");
    public static readonly FeatureDefinition Wallet = Additional<WalletSettings>("wallet", "Wallet",
        "Gedownloade attesten, vergunningen, documenten en kaarten offline bewaren.");

    public static readonly IReadOnlyList<FeatureDefinition> All =
    [
        Notifications, Documents, Certificates, PersonalData, CovidCertificate,
        Appointments, ReportIssue, WasteCalendar, LocalNews, EventsNearby, ContactOptions, Wallet,
    ];

    public static IReadOnlyList<FeatureDefinition> CoreFeatures => [.. All.Where(f => f.IsCore)];

    public static IReadOnlyList<FeatureDefinition> AdditionalFeatures => [.. All.Where(f => !f.IsCore)];

    public static FeatureDefinition? Find(string key) => All.FirstOrDefault(f => f.Key == key);

    public static FeatureDefinition For(IFeatureSettings settings) =>
        All.Single(f => f.SettingsType == settings.GetType());

    /// <summary>Why a tenant cannot switch the feature on, or null when it can (only additional features the
    /// platform currently offers; DOMAIN §1).</summary>
    public static string? CannotEnable(FeatureDefinition feature, FeatureAvailability availability) => (feature.IsCore, availability) switch
    {
        (true, _) => $"\"{feature.Name}\" zit altijd in de app en hoeft niet aangezet te worden.",
        (_, FeatureAvailability.Suspended) => $"\"{feature.Name}\" is tijdelijk opgeschort door het platform.",
        (_, FeatureAvailability.Withdrawn) => $"\"{feature.Name}\" wordt niet meer aangeboden.",
        _ => null,
    };

    /// <summary>Whether the app shows the feature: core features while available; additional ones while
    /// available and switched on by the tenant.</summary>
    public static bool IsPublished(FeatureDefinition feature, FeatureAvailability availability, bool enabledByTenant) =>
        availability == FeatureAvailability.Available && (feature.IsCore || enabledByTenant);

    private static FeatureDefinition Core(string key, string name, string description) =>
        new(key, name, description, FeatureKind.Core, null);

    private static FeatureDefinition Additional<TSettings>(string key, string name, string description)
        where TSettings : IFeatureSettings =>
        new(key, name, description, FeatureKind.Additional, typeof(TSettings));
}
