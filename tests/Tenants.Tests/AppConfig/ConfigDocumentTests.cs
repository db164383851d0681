using Tenants.AppConfig;

namespace Tenants.Tests.AppConfig;

public sealed class ConfigDocumentTests
{
    [Theory]
    [InlineData("Stad Gent", "Stad Gent")]
    [InlineData("Openbaar Centrum voor Maatschappelijk Welzijn Sint-Niklaas", "Openbaar Centrum voor Maatscha")]
    public void Default_draft_is_publishable_and_named_after_the_tenant(string tenant, string appName)
    {
        var doc = ConfigDocument.Default(tenant);
        Assert.Equal(appName, doc.Branding.AppName);
        Assert.Empty(doc.Validate());
        Assert.Empty(doc.Features);
    }

    [Fact]
    public void Round_trips_through_json()
    {
        var doc = ConfigDocument.Default("Gent").WithFeature("wallet", """{"offlineKinds":["cards"]}""") with { Logo = new LogoRef(new string('a', 64), "image/png") };
        var back = ConfigDocument.FromJson(doc.ToJson());
        Assert.Equal(doc.Branding, back.Branding);
        Assert.Equal(doc.Logo, back.Logo);
        Assert.Equal(doc.Features, back.Features);
        Assert.Equal(new string('a', 64) + ".png", back.Logo!.FileName);
    }

    [Fact]
    public void Validate_reports_contrast_bad_colours_and_bad_feature_settings_with_field_paths()
    {
        var doc = ConfigDocument.Default("Gent") with { Branding = ConfigDocument.Default("Gent").Branding with { TextOnPrimary = "#1A4F8C", Accent = "rood" } };
        doc = doc.WithFeature("waste-calendar", """{"provider":"custom"}""").WithFeature("core?", null);
        var fields = doc.Validate().Select(e => e.Field).ToList();
        Assert.Contains("branding.accent", fields);
        Assert.Contains("features.waste-calendar.calendarUrl", fields);
        Assert.Contains("features.core?", fields);

        var contrast = (ConfigDocument.Default("Gent") with { Branding = ConfigDocument.Default("Gent").Branding with { TextOnPrimary = "#1A4F8C" } }).Validate();
        Assert.Equal("branding.textOnPrimary", Assert.Single(contrast).Field);
        Assert.Contains("contrast 1:1", contrast[0].Message);
    }

    [Fact]
    public void Normalized_writes_colours_in_upper_case_long_form()
    {
        var b = new BrandingDocument(" Gent ", "#abc", "#fff", "#000000", "#FFF", "#123456", "#ffffff", "#fff", "#000");
        var n = b.Normalized();
        Assert.Equal("Gent", n.AppName);
        Assert.Equal("#AABBCC", n.Primary);
        Assert.Equal("#FFFFFF", n.TextOnPrimary);
    }

    [Fact]
    public void With_and_without_feature_replace_rather_than_duplicate()
    {
        var doc = ConfigDocument.Default("Gent").WithFeature("wallet", "a").WithFeature("wallet", "b");
        Assert.Equal("b", Assert.Single(doc.Features).SettingsJson);
        Assert.Empty(doc.WithoutFeature("wallet").Features);
    }
}
