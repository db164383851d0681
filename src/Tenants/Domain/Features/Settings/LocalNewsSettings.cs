using Tenants.Domain.Checks;

namespace Tenants.Domain.Features.Settings;

/// <summary>Lokaal nieuws: an RSS or Atom feed of the local government's news, and how many items the app
/// shows. All public.</summary>
internal sealed record LocalNewsSettings(string FeedUrl, int MaxItems = LocalNewsSettings.DefaultMaxItems) : IFeatureSettings
{
    public const int DefaultMaxItems = 20;
    public const int MaxMaxItems = 50;

    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new ValidationErrors();
        errors.Check("feedUrl", Check.HttpsUrl(FeedUrl, "De link naar de nieuwsfeed (RSS of Atom)"));
        if (MaxItems is < 1 or > MaxMaxItems)
            errors.Add("maxItems", $"Het aantal nieuwsberichten ligt tussen 1 en {MaxMaxItems}.");
        return errors.All;
    }

    public object PublicView() => new LocalNewsPublic(FeedUrl.Trim(), MaxItems);
}

internal sealed record LocalNewsPublic(string FeedUrl, int MaxItems);
