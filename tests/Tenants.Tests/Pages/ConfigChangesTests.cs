using Tenants.AppConfig;
using Tenants.Pages;

namespace Tenants.Tests.Pages;

public sealed class ConfigChangesTests
{
    private static readonly ConfigDocument Base = ConfigDocument.Default("Gent");

    private static string Service(string name, string phone, string? monday = null) =>
        $$"""{"name":"{{name}}","address":{"street":"Markt 1","postalCode":"9000","city":"Gent"},"phone":"{{phone}}"{{(monday is null ? "" : $$""","openingHours":{"monday":[{{monday}}]}""")}}}""";

    private static ConfigDocument Contact(params string[] services) =>
        Base.WithFeature("contact-options", $$"""{"services":[{{string.Join(",", services)}}]}""");

    [Fact]
    public void Nothing_changes_between_equal_documents() => Assert.Empty(ConfigChanges.Between(Base, Base with { }));

    [Fact]
    public void A_first_version_shows_what_goes_live()
    {
        var changes = ConfigChanges.Between(null, Contact(Service("Burgerzaken", "09 210 10 10", """{"from":"09:00","to":"12:00"}""")));
        Assert.Contains(new ConfigChanges.Change("Naam van de app", "—", "Gent"), changes);
        Assert.Contains(new ConfigChanges.Change("Contactopties", "uit", "aan"), changes);
        Assert.Contains(changes, c => c.What == "Contactopties – dienst \"Burgerzaken\"" && c.After.Contains("maandag 09:00–12:00"));
    }

    [Fact]
    public void Services_are_matched_by_name_so_a_removed_or_moved_row_reads_as_such()
    {
        var before = Contact(Service("Burgerzaken", "09 210 10 10", """{"from":"09:00","to":"12:00"}"""), Service("Bibliotheek", "09 323 68 00"), Service("Sport", "09 266 80 00"));
        var after = Contact(Service("Sport", "09 266 80 00"), Service("Burgerzaken", "09 210 10 11", """{"from":"09:00","to":"12:30"}"""));
        Assert.Equal(
        [
            new("Contactopties – dienst \"Burgerzaken\" – telefoonnummer", "09 210 10 10", "09 210 10 11"),
            new("Contactopties – dienst \"Burgerzaken\" – openingsuren op maandag", "09:00–12:00", "09:00–12:30"),
            new("Contactopties – dienst \"Bibliotheek\"", "Markt 1 · 9000 · Gent · 09 323 68 00", "verwijderd"),
            new("Contactopties – volgorde van de diensten", "Burgerzaken, Sport", "Sport, Burgerzaken"),
        ], ConfigChanges.Between(before, after));
    }

    [Fact]
    public void Colours_logo_and_switched_features_are_named_and_the_api_key_is_never_shown()
    {
        var before = Base.WithFeature("waste-calendar", """{"provider":"recycleApp","apiKey":"oud-geheim-1","calendarUrl":null}""")
            .WithFeature("wallet", """{"offlineKinds":["cards"]}""");
        var after = (Base with { Branding = Base.Branding with { Primary = "#6a1b9a" }, Logo = new LogoRef("ab", "image/png") })
            .WithFeature("waste-calendar", """{"provider":"ivago","apiKey":"nieuw-geheim-2","calendarUrl":null}""");
        var changes = ConfigChanges.Between(before, after);
        Assert.Equal(
        [
            new("Primaire kleur", "#1A4F8B", "#6A1B9A"),
            new("Logo", "geen logo", "nieuw logo"),
            new("Afvalkalender – Aanbieder", "Recycle! (Fost Plus)", "IVAGO"),
            new("Afvalkalender – API-sleutel", "(verborgen)", "(gewijzigd, verborgen)"),
            new("Wallet", "aan", "uit"),
        ], changes);
        Assert.DoesNotContain(changes, c => (c.Before + c.After).Contains("geheim"));
    }
}
