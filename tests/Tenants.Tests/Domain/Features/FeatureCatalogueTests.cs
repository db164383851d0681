using Tenants.Domain.Features;
using Tenants.Domain.Features.Settings;

namespace Tenants.Tests.Domain.Features;

public class FeatureCatalogueTests
{
    [Fact]
    public void Core_features_are_the_five_counter_features_of_the_contract()
    {
        Assert.Equal(
            ["Meldingen en lopende dossiers", "(eBox) Documenten", "Attesten en vergunningen", "Uw gegevens bij de overheid", "COVID-19"],
            FeatureCatalogue.CoreFeatures.Select(f => f.Name));
        Assert.All(FeatureCatalogue.CoreFeatures, f => Assert.Null(f.SettingsType));
    }

    [Fact]
    public void Additional_features_are_the_seven_of_the_contract_with_stable_keys()
    {
        Assert.Equal(
            [
                ("appointments", "Afspraak maken"), ("report-issue", "Melding doen"), ("waste-calendar", "Afvalkalender"),
                ("local-news", "Lokaal nieuws"), ("events-nearby", "UIT in uw buurt"), ("contact-options", "Contactopties"),
                ("wallet", "Wallet"),
            ],
            FeatureCatalogue.AdditionalFeatures.Select(f => (f.Key, f.Name)));
    }

    [Fact]
    public void Every_additional_feature_has_its_own_settings_type()
    {
        var types = FeatureCatalogue.AdditionalFeatures.Select(f => f.SettingsType).ToList();
        Assert.All(types, t => Assert.True(t is not null && typeof(IFeatureSettings).IsAssignableFrom(t)));
        Assert.Equal(types.Count, types.Distinct().Count());
    }

    [Fact]
    public void Keys_are_unique_lowercase_and_url_safe()
    {
        var keys = FeatureCatalogue.All.Select(f => f.Key).ToList();
        Assert.Equal(12, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(keys, k => Assert.Matches("^[a-z]+(-[a-z0-9]+)*$", k));
        Assert.All(FeatureCatalogue.All, f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
    }

    [Fact]
    public void Find_and_For()
    {
        Assert.Same(FeatureCatalogue.Wallet, FeatureCatalogue.Find("wallet"));
        Assert.Null(FeatureCatalogue.Find("Wallet"));
        Assert.Null(FeatureCatalogue.Find("chat"));
        Assert.Same(FeatureCatalogue.Appointments, FeatureCatalogue.For(new AppointmentsSettings("https://gent.be")));
    }

    [Theory]
    [InlineData("appointments", "available", null)]
    [InlineData("appointments", "suspended", "\"Afspraak maken\" is tijdelijk opgeschort door het platform.")]
    [InlineData("wallet", "withdrawn", "\"Wallet\" wordt niet meer aangeboden.")]
    [InlineData("notifications", "available", "\"Meldingen en lopende dossiers\" zit altijd in de app en hoeft niet aangezet te worden.")]
    public void Only_offered_additional_features_can_be_switched_on(string key, string availability, string? expected)
    {
        var parsed = System.Text.Json.JsonSerializer.Deserialize<FeatureAvailability>($"\"{availability}\"");
        Assert.Equal(expected, FeatureCatalogue.CannotEnable(FeatureCatalogue.Find(key)!, parsed));
    }

    [Theory]
    [InlineData("notifications", "Available", false, true)]
    [InlineData("notifications", "Suspended", false, false)]
    [InlineData("notifications", "Withdrawn", true, false)]
    [InlineData("wallet", "Available", true, true)]
    [InlineData("wallet", "Available", false, false)]
    [InlineData("wallet", "Suspended", true, false)]
    [InlineData("wallet", "Withdrawn", true, false)]
    public void Published_when_offered_and_core_or_switched_on(string key, string availability, bool enabled, bool published)
    {
        Assert.Equal(published, FeatureCatalogue.IsPublished(FeatureCatalogue.Find(key)!, Enum.Parse<FeatureAvailability>(availability), enabled));
    }

    [Fact]
    public void Availability_is_written_as_camel_case_text()
    {
        Assert.Equal("\"suspended\"", System.Text.Json.JsonSerializer.Serialize(FeatureAvailability.Suspended));
        Assert.Equal("\"core\"", System.Text.Json.JsonSerializer.Serialize(FeatureKind.Core));
    }
}
