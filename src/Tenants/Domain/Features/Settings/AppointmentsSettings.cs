using Tenants.Domain.Checks;

namespace Tenants.Domain.Features.Settings;

/// <summary>Afspraak maken: the app opens the local government's own booking page. All public.</summary>
internal sealed record AppointmentsSettings(string BookingUrl) : IFeatureSettings
{
    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new ValidationErrors();
        errors.Check("bookingUrl", Check.HttpsUrl(BookingUrl, "De link naar de afsprakenpagina"));
        return errors.All;
    }

    public object PublicView() => new AppointmentsPublic(BookingUrl.Trim());
}

internal sealed record AppointmentsPublic(string BookingUrl);
