using Tenants.AppConfig;

namespace Tenants.Tests.AppConfig;

public sealed class ConfigDiffTests
{
    private static readonly ConfigDocument Base = ConfigDocument.Default("Gent");

    [Fact]
    public void First_version_says_so() => Assert.Equal(["Eerste versie."], ConfigDiff.Describe(null, Base));

    [Fact]
    public void Identical_documents_say_nothing_changed() =>
        Assert.Equal(["Geen wijzigingen ten opzichte van de vorige versie."], ConfigDiff.Describe(Base, Base with { }));

    [Fact]
    public void Names_every_change_in_dutch()
    {
        var before = Base.WithFeature("wallet", "{}").WithFeature("local-news", "{\"a\":1}");
        var after = (Base with { Branding = Base.Branding with { AppName = "Gent app", Primary = "#6A1B9A" }, Logo = new LogoRef("ab", "image/svg+xml") })
            .WithFeature("local-news", "{\"a\":2}").WithFeature("waste-calendar", "{}");
        Assert.Equal(
        [
            "Naam van de app: \"Gent\" → \"Gent app\"",
            "Primaire kleur: #1A4F8B → #6A1B9A",
            "Logo toegevoegd",
            "Functie \"Afvalkalender\" aangezet",
            "Instellingen van \"Lokaal nieuws\" gewijzigd",
            "Functie \"Wallet\" uitgezet",
        ], ConfigDiff.Describe(before, after));
    }

    [Theory]
    [InlineData(null, "ab", "Logo toegevoegd")]
    [InlineData("ab", null, "Logo verwijderd")]
    [InlineData("ab", "cd", "Logo vervangen")]
    public void Logo_changes(string? before, string? after, string expected) =>
        Assert.Equal([expected], ConfigDiff.Describe(
            Base with { Logo = before is null ? null : new LogoRef(before, "image/png") },
            Base with { Logo = after is null ? null : new LogoRef(after, "image/png") }));

    [Fact]
    public void Colour_case_alone_is_no_change() =>
        Assert.Equal(["Geen wijzigingen ten opzichte van de vorige versie."],
            ConfigDiff.Describe(Base, Base with { Branding = Base.Branding with { Primary = "#1a4f8b" } }));
}
