using Tenants.Domain.Checks;

namespace Tenants.Domain.Features.Settings;

/// <summary>UIT in uw buurt: events (from UiTdatabank) in these postal codes and up to <see cref="RadiusKm"/>
/// kilometres around them; 0 keeps to the postal codes themselves. All public.</summary>
internal sealed record EventsNearbySettings(IReadOnlyList<string> PostalCodes, int RadiusKm) : IFeatureSettings
{
    public const int MaxPostalCodes = 50;
    public const int MaxRadiusKm = 50;

    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new ValidationErrors();
        var codes = PostalCodes ?? [];
        if (codes.Count is 0 or > MaxPostalCodes)
            errors.Add("postalCodes", $"Geef 1 tot {MaxPostalCodes} postcodes op.");

        var seen = new HashSet<string>();
        for (var i = 0; i < codes.Count; i++)
        {
            if (!errors.Check($"postalCodes[{i}]", Check.PostalCode(codes[i]))) continue;
            if (!seen.Add(codes[i].Trim())) errors.Add($"postalCodes[{i}]", $"De postcode {codes[i].Trim()} staat er twee keer in.");
        }

        if (RadiusKm is < 0 or > MaxRadiusKm)
            errors.Add("radiusKm", $"De straal ligt tussen 0 en {MaxRadiusKm} km.");
        return errors.All;
    }

    public object PublicView() => new EventsNearbyPublic([.. (PostalCodes ?? []).Select(c => c.Trim())], RadiusKm);
}

internal sealed record EventsNearbyPublic(IReadOnlyList<string> PostalCodes, int RadiusKm);
