using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Kernel.Net;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Foundation;

/// <summary>ADR 0022: options are typed and validated when the host starts; a wrong value stops the start with a message
/// naming the key, before the database is touched.</summary>
[Collection(OwnHostsCollection.Name)]
public sealed class OptionsAtStartTests
{
    [Theory]
    [InlineData("Platform:PublicBaseUrl", "niet-een-url")]
    [InlineData("Platform:PublicBaseUrl", "ftp://platform.example")]
    [InlineData("StatusPage:CacheSeconds", "0")]
    [InlineData("Mail:Smtp:Port", "70000")]
    [InlineData("Billing:Stripe:Enabled", "true")]
    public void A_wrong_setting_stops_the_start_naming_its_key(string key, string value)
    {
        using var app = new SqliteApp();
        using var wrong = app.WithWebHostBuilder(b => b.UseSetting(key, value));
        var thrown = Record.Exception(() => wrong.CreateClient());
        var validation = Find(thrown);
        Assert.NotNull(validation);
        Assert.Contains(key, validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_public_base_url_is_read_in_one_place_and_links_are_made_from_it()
    {
        using var app = new SqliteApp();
        using var configured = app.WithWebHostBuilder(b => b.UseSetting("Platform:PublicBaseUrl", "https://platform.example/"));
        var links = configured.Services.GetRequiredService<PublicLinks>();
        Assert.Equal("https://platform.example", links.Base);
        Assert.Equal("https://platform.example/status/bevestigen?token=x", links.To("/status/bevestigen?token=x"));
        Assert.Equal("https://platform.example/status", links.To("status"));
    }

    private static OptionsValidationException? Find(Exception? e) => e switch
    {
        null => null,
        OptionsValidationException found => found,
        AggregateException all => all.InnerExceptions.Select(Find).FirstOrDefault(f => f is not null),
        _ => Find(e.InnerException),
    };
}
