using Tenants.Domain.Features.Settings;
using static Tenants.Tests.Domain.Features.SettingsTestKit;

namespace Tenants.Tests.Domain.Features;

public class EventsAndWalletSettingsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(50)]
    public void Events_nearby_accepts_postal_codes_and_a_radius_of_0_to_50_km(int radius)
    {
        Valid(new EventsNearbySettings(["9000", "9030", "9031", "9032", "9040", "9041", "9042", "9050", "9051", "9052"], radius));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(51)]
    public void Events_nearby_refuses_other_radii(int radius)
    {
        Invalid(new EventsNearbySettings(["9000"], radius), ("radiusKm", "De straal ligt tussen 0 en 50 km."));
    }

    [Fact]
    public void Events_nearby_needs_1_to_50_postal_codes()
    {
        var fifty = Enumerable.Range(1000, 50).Select(c => c.ToString()).ToList();
        Valid(new EventsNearbySettings(fifty, 5));
        Invalid(new EventsNearbySettings([.. fifty, "1050"], 5), ("postalCodes", "Geef 1 tot 50 postcodes op."));
        Invalid(new EventsNearbySettings([], 5), ("postalCodes", "Geef 1 tot 50 postcodes op."));
        Invalid(new EventsNearbySettings(null!, 5), ("postalCodes", "Geef 1 tot 50 postcodes op."));
    }

    [Fact]
    public void Events_nearby_checks_each_postal_code_and_duplicates()
    {
        Invalid(new EventsNearbySettings(["9000", "0999", "9993", " 9000", "gent", null!], 5),
            ("postalCodes[1]", "De postcode \"0999\" is geen Belgische postcode (4 cijfers, 1000 tot 9992)."),
            ("postalCodes[2]", "De postcode \"9993\" is geen Belgische postcode (4 cijfers, 1000 tot 9992)."),
            ("postalCodes[3]", "De postcode 9000 staat er twee keer in."),
            ("postalCodes[4]", "De postcode \"gent\" is geen Belgische postcode (4 cijfers, 1000 tot 9992)."),
            ("postalCodes[5]", "De postcode \"\" is geen Belgische postcode (4 cijfers, 1000 tot 9992)."));
    }

    [Fact]
    public void Events_nearby_is_public_with_trimmed_codes()
    {
        var view = (EventsNearbyPublic)new EventsNearbySettings([" 9000 ", "9050"], 5).PublicView();
        Assert.Equal(["9000", "9050"], view.PostalCodes);
        Assert.Equal(5, view.RadiusKm);
    }

    [Fact]
    public void Wallet_accepts_any_non_empty_set_of_kinds()
    {
        Valid(new WalletSettings([WalletDocumentKind.Certificates]));
        Valid(new WalletSettings([WalletDocumentKind.Certificates, WalletDocumentKind.Permits, WalletDocumentKind.Documents, WalletDocumentKind.Cards]));
    }

    [Fact]
    public void Wallet_refuses_none_duplicates_and_unknown_kinds()
    {
        Invalid(new WalletSettings([]), ("offlineKinds", "Kies minstens één soort document dat offline bewaard mag worden."));
        Invalid(new WalletSettings(null!), ("offlineKinds", "Kies minstens één soort document dat offline bewaard mag worden."));
        Invalid(new WalletSettings([WalletDocumentKind.Cards, WalletDocumentKind.Cards, (WalletDocumentKind)7]),
            ("offlineKinds[1]", "De soort \"kaarten\" staat er twee keer in."),
            ("offlineKinds[2]", "De soort document heeft een onbekende waarde (7)."));
    }

    [Fact]
    public void Wallet_is_public()
    {
        var view = (WalletPublic)new WalletSettings([WalletDocumentKind.Permits, WalletDocumentKind.Cards]).PublicView();
        Assert.Equal([WalletDocumentKind.Permits, WalletDocumentKind.Cards], view.OfflineKinds);
    }

    [Theory]
    [InlineData("Certificates", "attesten")]
    [InlineData("Permits", "vergunningen")]
    [InlineData("Documents", "documenten")]
    [InlineData("Cards", "kaarten")]
    public void Wallet_kinds_have_Dutch_names(string kind, string name)
    {
        Assert.Equal(name, WalletSettings.Name(Enum.Parse<WalletDocumentKind>(kind)));
    }
}
