using Tenants.Domain.Features;
using Tenants.Domain.Features.Settings;
using static Tenants.Tests.Domain.Features.SettingsTestKit;

namespace Tenants.Tests.Domain.Features;

public class WasteCalendarSettingsTests
{
    [Fact]
    public void Each_provider_with_what_it_needs_is_valid()
    {
        Valid(new WasteCalendarSettings(WasteCalendarProvider.RecycleApp, "a1b2c3d4e5f6", null));
        Valid(new WasteCalendarSettings(WasteCalendarProvider.Ivago, null, null));
        Valid(new WasteCalendarSettings(WasteCalendarProvider.Ivago, null, "https://www.ivago.be/afvalkalender"));
        Valid(new WasteCalendarSettings(WasteCalendarProvider.LimburgNet, "key-123456", "https://www.limburg.net/afvalkalender"));
        Valid(new WasteCalendarSettings(WasteCalendarProvider.Custom, null, "https://www.zelzate.be/afvalkalender.ics"));
    }

    [Fact]
    public void Recycle_needs_an_api_key()
    {
        Invalid(new WasteCalendarSettings(WasteCalendarProvider.RecycleApp, " ", null), ("apiKey", "Voor Recycle! is een API-sleutel verplicht."));
    }

    [Theory]
    [InlineData("short")]
    [InlineData("has a space")]
    [InlineData("tab\tinside")]
    public void Api_key_is_8_to_200_characters_without_spaces(string key)
    {
        Invalid(new WasteCalendarSettings(WasteCalendarProvider.Ivago, key, null),
            ("apiKey", "De API-sleutel telt 8 tot 200 tekens, zonder spaties."));
    }

    [Fact]
    public void Api_key_length_boundaries()
    {
        Valid(new WasteCalendarSettings(WasteCalendarProvider.Ivago, new string('k', 8), null));
        Valid(new WasteCalendarSettings(WasteCalendarProvider.Ivago, new string('k', 200), null));
        InvalidFields(new WasteCalendarSettings(WasteCalendarProvider.Ivago, new string('k', 201), null), "apiKey");
        InvalidFields(new WasteCalendarSettings(WasteCalendarProvider.Ivago, new string('k', 7), null), "apiKey");
    }

    [Fact]
    public void Custom_needs_a_calendar_url_and_any_url_must_be_https()
    {
        Invalid(new WasteCalendarSettings(WasteCalendarProvider.Custom, null, null),
            ("calendarUrl", "Voor een eigen afvalkalender is de link naar de kalender verplicht."));
        Invalid(new WasteCalendarSettings(WasteCalendarProvider.Ivago, null, "http://www.ivago.be"),
            ("calendarUrl", "De link naar de afvalkalender moet een volledig https-adres zijn, bijvoorbeeld https://www.gent.be/afspraak."));
    }

    [Fact]
    public void Unknown_provider_is_refused()
    {
        Invalid(new WasteCalendarSettings((WasteCalendarProvider)9, "key-123456", null),
            ("provider", "De aanbieder van de afvalkalender heeft een onbekende waarde (9)."));
    }

    [Fact]
    public void Api_key_is_internal()
    {
        var settings = new WasteCalendarSettings(WasteCalendarProvider.RecycleApp, "secret-key-42", "https://www.recycleapp.be");
        Assert.Equal(new WasteCalendarPublic(WasteCalendarProvider.RecycleApp, "https://www.recycleapp.be"), settings.PublicView());

        var json = FeatureSettingsJson.SerializePublic(settings);
        Assert.Equal("""{"provider":"recycleApp","calendarUrl":"https://www.recycleapp.be"}""", json);
        Assert.DoesNotContain("secret", json);
    }
}
