using Tenants.Domain.Features;
using Tenants.Domain.Features.Settings;

namespace Tenants.Tests.Domain.Features;

public class FeatureSettingsJsonTests
{
    public static TheoryData<string, string> Examples => new()
    {
        { "appointments", """{"bookingUrl":"https://afspraken.stad.gent"}""" },
        { "report-issue", """{"endpointUrl":null,"mailbox":"meldingen@stad.gent","categories":[{"name":"Sluikstort","mailbox":"ivago@stad.gent"},{"name":"Wegdek","mailbox":null}]}""" },
        { "waste-calendar", """{"provider":"limburgNet","apiKey":"key-123456","calendarUrl":null}""" },
        { "local-news", """{"feedUrl":"https://stad.gent/rss","maxItems":10}""" },
        { "events-nearby", """{"postalCodes":["9000","9050"],"radiusKm":5}""" },
        { "contact-options", """{"services":[{"name":"Burgerzaken","address":{"street":"Botermarkt 1","postalCode":"9000","city":"Gent"},"phone":"09 210 10 10","email":null,"website":null,"openingHours":{"monday":[{"from":"09:00","to":"12:30"}],"tuesday":null,"wednesday":null,"thursday":null,"friday":[],"saturday":null,"sunday":null,"exceptions":[{"date":"2026-12-24","hours":[{"from":"09:00","to":"12:00"}],"reason":"Kerstavond"},{"date":"2026-12-25","hours":[],"reason":null}]}}]}""" },
        { "wallet", """{"offlineKinds":["certificates","cards"]}""" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_settings_type_round_trips_as_camel_case_json(string key, string json)
    {
        Assert.True(FeatureSettingsJson.TryDeserialize(key, json, out var settings, out var error), error);
        Assert.Equal(FeatureCatalogue.Find(key)!.SettingsType, settings.GetType());
        Assert.Empty(settings.Validate());
        Assert.Equal(json, FeatureSettingsJson.Serialize(settings));
    }

    [Fact]
    public void Every_additional_feature_has_an_example()
    {
        Assert.Equal(FeatureCatalogue.AdditionalFeatures.Select(f => f.Key), Examples.Select(row => (string)row[0]));
    }

    [Fact]
    public void Reads_loosely_written_input_and_leaves_validation_to_Validate()
    {
        var settings = FeatureSettingsJson.Deserialize("local-news", """{"FeedURL":"http://x","unknown":1}""");
        var news = Assert.IsType<LocalNewsSettings>(settings);
        Assert.Equal("http://x", news.FeedUrl);
        Assert.Equal(LocalNewsSettings.DefaultMaxItems, news.MaxItems);
        Assert.Equal(["feedUrl"], settings.Validate().Select(e => e.Field));
    }

    [Fact]
    public void Missing_lists_are_validation_errors_not_crashes()
    {
        foreach (var key in new[] { "report-issue", "events-nearby", "contact-options", "wallet", "appointments", "local-news" })
        {
            var settings = FeatureSettingsJson.Deserialize(key, "{}");
            Assert.NotEmpty(settings.Validate());
        }
    }

    [Theory]
    [InlineData("chat", "{}", "Onbekende functie \"chat\".")]
    [InlineData("notifications", "{}", "\"Meldingen en lopende dossiers\" heeft geen instellingen.")]
    [InlineData("wallet", "{", "De instellingen zijn geen geldige JSON.")]
    [InlineData("wallet", "null", "De instellingen ontbreken.")]
    [InlineData("waste-calendar", """{"provider":"gft"}""", "De instellingen kunnen niet gelezen worden (bij provider).")]
    [InlineData("contact-options", """{"services":[{"openingHours":{"monday":[{"from":"9u","to":"12:00"}]}}]}""", "De instellingen kunnen niet gelezen worden (bij services[0].openingHours.monday[0].from).")]
    public void Unreadable_settings_get_a_Dutch_error(string key, string json, string expected)
    {
        Assert.False(FeatureSettingsJson.TryDeserialize(key, json, out var settings, out var error));
        Assert.Null(settings);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Deserialize_throws_on_unreadable_settings()
    {
        Assert.Throws<System.Text.Json.JsonException>(() => FeatureSettingsJson.Deserialize("wallet", "["));
    }

    [Fact]
    public void A_numeric_enum_outside_the_range_is_caught_by_validation()
    {
        var settings = FeatureSettingsJson.Deserialize("waste-calendar", """{"provider":42}""");
        Assert.Equal(["provider"], settings.Validate().Select(e => e.Field));
    }

    [Fact]
    public void Public_views_serialise_without_internal_fields()
    {
        var all = Examples.Select(row => FeatureSettingsJson.Deserialize((string)row[0], (string)row[1])).ToList();
        var json = string.Join("\n", all.Select(FeatureSettingsJson.SerializePublic));

        Assert.DoesNotContain("key-123456", json);
        Assert.DoesNotContain("meldingen@stad.gent", json);
        Assert.DoesNotContain("ivago@stad.gent", json);
        Assert.Contains("\"bookingUrl\":\"https://afspraken.stad.gent\"", json);
        Assert.Contains("\"phoneE164\":\"+3292101010\"", json);
        Assert.Contains("\"offlineKinds\":[\"certificates\",\"cards\"]", json);
    }
}
