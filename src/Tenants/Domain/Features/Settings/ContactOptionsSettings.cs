using Tenants.Domain.Checks;

namespace Tenants.Domain.Features.Settings;

internal sealed record ServiceAddress(string Street, string PostalCode, string City);

/// <summary>One service of the local government as the app lists it. Phone is required and Belgian;
/// e-mail, website and opening hours are optional (no opening hours = none shown).</summary>
internal sealed record ContactService(
    string Name,
    ServiceAddress Address,
    string Phone,
    string? Email = null,
    string? Website = null,
    OpeningHours? OpeningHours = null);

/// <summary>Contactopties: 1 to 30 services with address, phone and opening hours. All public.</summary>
internal sealed record ContactOptionsSettings(IReadOnlyList<ContactService> Services) : IFeatureSettings
{
    public const int MaxServices = 30;
    public const int MaxNameLength = 100;

    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new ValidationErrors();
        var services = Services ?? [];
        if (services.Count is 0 or > MaxServices) errors.Add("services", $"Geef 1 tot {MaxServices} diensten op.");

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < services.Count; i++)
        {
            var field = $"services[{i}]";
            if (services[i] is not { } service)
            {
                errors.Add(field, "De dienst is leeg.");
                continue;
            }
            if (errors.Check($"{field}.name", Check.Required(service.Name, "De naam van de dienst", MaxNameLength))
                && !names.Add(service.Name.Trim()))
                errors.Add($"{field}.name", $"De dienst \"{service.Name.Trim()}\" staat er twee keer in.");

            if (service.Address is not { } address) errors.Add($"{field}.address", "Het adres is verplicht.");
            else
            {
                errors.Check($"{field}.address.street", Check.Required(address.Street, "De straat en het huisnummer", 200));
                errors.Check($"{field}.address.postalCode", Check.PostalCode(address.PostalCode));
                errors.Check($"{field}.address.city", Check.Required(address.City, "De gemeente", 100));
            }

            if (!BelgianPhone.TryParse(service.Phone, out _, out var phoneError)) errors.Add($"{field}.phone", phoneError);
            errors.Check($"{field}.email", Check.OptionalEmail(service.Email, "Het e-mailadres"));
            errors.Check($"{field}.website", Check.OptionalHttpsUrl(service.Website, "De website"));
            if (service.OpeningHours is { } hours) errors.AddRange($"{field}.openingHours", hours.Validate());
        }
        return errors.All;
    }

    public object PublicView() => new ContactOptionsPublic([.. (Services ?? []).Select(s =>
    {
        BelgianPhone.TryParse(s.Phone, out var phone, out _);
        return new ContactServicePublic(
            s.Name.Trim(), s.Address, phone?.Display ?? s.Phone, phone?.E164 ?? s.Phone,
            Blank(s.Email), Blank(s.Website), PublicHours(s.OpeningHours));
    })]);

    /// <summary>Exceptions by date, always an array (empty when none, also for versions saved before they existed).</summary>
    private static OpeningHours PublicHours(OpeningHours? hours)
    {
        var h = hours ?? new OpeningHours();
        return h with { Exceptions = [.. (h.Exceptions ?? []).OrderBy(e => e.Date).Select(e => e with { Hours = e.Hours ?? [], Reason = Blank(e.Reason) })] };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

internal sealed record ContactOptionsPublic(IReadOnlyList<ContactServicePublic> Services);

/// <summary><see cref="Phone"/> is for showing (<c>09 210 10 10</c>), <see cref="PhoneE164"/> for dialling.</summary>
internal sealed record ContactServicePublic(
    string Name, ServiceAddress Address, string Phone, string PhoneE164, string? Email, string? Website, OpeningHours OpeningHours);
