using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Primitives;
using Tenants.AppConfig;
using Tenants.Domain.Features;

namespace Tenants.Tests.AppConfig;

public sealed class AppConfigJsonTests
{
    private static readonly Dictionary<string, FeatureAvailability> AllAvailable =
        FeatureCatalogue.All.ToDictionary(f => f.Key, _ => FeatureAvailability.Available);

    private static JsonElement Build(ConfigDocument doc, IReadOnlyDictionary<string, FeatureAvailability>? offer = null) =>
        JsonDocument.Parse(AppConfigJson.Build(new("Stad Gent", "gent"), 7, new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), doc,
            offer ?? AllAvailable, "https://platform.example/")).RootElement;

    [Fact]
    public void Only_public_settings_reach_the_app()
    {
        var doc = ConfigDocument.Default("Gent")
            .WithFeature("waste-calendar", """{"provider":"recycleApp","apiKey":"geheim-123456","calendarUrl":"https://www.recycleapp.be/gent"}""")
            .WithFeature("report-issue", """{"mailbox":"intern@gent.be","categories":[{"name":"Zwerfvuil","mailbox":"netheid@gent.be"}]}""");
        var json = Build(doc);
        var text = json.GetRawText();
        Assert.DoesNotContain("geheim", text);
        Assert.DoesNotContain("@gent.be", text);
        Assert.Equal(1, json.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(7, json.GetProperty("configVersion").GetInt32());
        Assert.Equal("2026-11-23T10:00:00Z", json.GetProperty("publishedAt").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("branding").GetProperty("logoUrl").ValueKind);
        var keys = json.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("key").GetString()).ToList();
        Assert.Equal(["notifications", "documents", "certificates", "personal-data", "covid-certificate", "report-issue", "waste-calendar"], keys);
    }

    [Fact]
    public void Suspended_or_withdrawn_features_are_left_out_even_when_published()
    {
        var doc = ConfigDocument.Default("Gent").WithFeature("wallet", """{"offlineKinds":["cards"]}""");
        var offer = new Dictionary<string, FeatureAvailability>(AllAvailable) { ["wallet"] = FeatureAvailability.Suspended, ["covid-certificate"] = FeatureAvailability.Withdrawn };
        var keys = Build(doc, offer).GetProperty("features").EnumerateArray().Select(f => f.GetProperty("key").GetString()).ToList();
        Assert.DoesNotContain("wallet", keys);
        Assert.DoesNotContain("covid-certificate", keys);
        Assert.Contains("wallet", Build(doc).GetProperty("features").EnumerateArray().Select(f => f.GetProperty("key").GetString()));
    }

    [Fact]
    public void Logo_url_is_absolute_and_content_hashed()
    {
        var hash = new string('f', 64);
        var doc = ConfigDocument.Default("Gent") with { Logo = new LogoRef(hash, "image/svg+xml") };
        Assert.Equal($"https://platform.example/api/apps/gent/logo/{hash}.svg", Build(doc).GetProperty("branding").GetProperty("logoUrl").GetString());
    }

    [Fact]
    public void Etag_is_strong_and_changes_with_the_bytes()
    {
        var a = AppConfigJson.ETag("{\"a\":1}"u8);
        Assert.StartsWith("\"", a);
        Assert.DoesNotContain("W/", a);
        Assert.Equal(a, AppConfigJson.ETag(Encoding.UTF8.GetBytes("{\"a\":1}")));
        Assert.NotEqual(a, AppConfigJson.ETag("{\"a\":2}"u8));
    }

    [Theory]
    [InlineData("\"abc\"", true)]
    [InlineData("W/\"abc\"", true)]
    [InlineData("\"x\", \"abc\"", true)]
    [InlineData("*", true)]
    [InlineData("\"abcd\"", false)]
    [InlineData("abc", false)]
    [InlineData("", false)]
    public void If_none_match_uses_weak_comparison(string header, bool matches) =>
        Assert.Equal(matches, AppConfigApi.Matches(new StringValues(header), "\"abc\""));
}
