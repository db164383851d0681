using Tenants.Domain.Features.Settings;
using static Tenants.Tests.Domain.Features.SettingsTestKit;

namespace Tenants.Tests.Domain.Features;

public class AppointmentsAndNewsSettingsTests
{
    [Fact]
    public void Appointments_needs_an_https_booking_url()
    {
        Valid(new AppointmentsSettings("https://afspraken.stad.gent/burgerzaken"));
        Invalid(new AppointmentsSettings("http://afspraken.stad.gent"),
            ("bookingUrl", "De link naar de afsprakenpagina moet een volledig https-adres zijn, bijvoorbeeld https://www.gent.be/afspraak."));
        Invalid(new AppointmentsSettings(""), ("bookingUrl", "De link naar de afsprakenpagina is verplicht."));
        Invalid(new AppointmentsSettings(null!), ("bookingUrl", "De link naar de afsprakenpagina is verplicht."));
    }

    [Fact]
    public void Appointments_public_view_is_the_trimmed_url()
    {
        Assert.Equal(new AppointmentsPublic("https://gent.be/afspraak"), new AppointmentsSettings(" https://gent.be/afspraak ").PublicView());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    [InlineData(50)]
    public void Local_news_accepts_1_to_50_items(int items)
    {
        Valid(new LocalNewsSettings("https://stad.gent/nl/nieuws/rss", items));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    [InlineData(-3)]
    public void Local_news_refuses_other_item_counts(int items)
    {
        Invalid(new LocalNewsSettings("https://stad.gent/nl/nieuws/rss", items), ("maxItems", "Het aantal nieuwsberichten ligt tussen 1 en 50."));
    }

    [Fact]
    public void Local_news_needs_an_https_feed()
    {
        Invalid(new LocalNewsSettings("http://stad.gent/rss"),
            ("feedUrl", "De link naar de nieuwsfeed (RSS of Atom) moet een volledig https-adres zijn, bijvoorbeeld https://www.gent.be/afspraak."));
        Invalid(new LocalNewsSettings("https://192.168.1.10/rss", 0),
            ("feedUrl", "De link naar de nieuwsfeed (RSS of Atom) moet naar een publieke domeinnaam verwijzen, niet naar een IP-adres of een interne server."),
            ("maxItems", "Het aantal nieuwsberichten ligt tussen 1 en 50."));
    }

    [Fact]
    public void Local_news_defaults_to_20_items_and_is_public()
    {
        var settings = new LocalNewsSettings("https://stad.gent/rss");
        Assert.Equal(20, settings.MaxItems);
        Assert.Equal(new LocalNewsPublic("https://stad.gent/rss", 20), settings.PublicView());
    }
}
