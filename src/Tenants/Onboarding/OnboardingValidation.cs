using Tenants.Domain.Checks;
using Tenants.Domain.Identity;

namespace Tenants.Onboarding;

/// <summary>Field-by-field checks of an onboarding request; every message names the field, in Dutch.</summary>
internal static class OnboardingValidation
{
    public const int FirstInhabitantsYear = 2000;

    public static Dictionary<string, string[]> Validate(OnboardTenantRequest r, int currentYear)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string? error) { if (error is not null) errors[field] = [error]; }

        if (!Slug.TryParse(r.Slug, out _, out var slugError)) Add("slug", slugError);
        Add("name", Check.Required(r.Name, "De officiële naam", 200));
        if (!KboNumber.TryParse(r.Kbo, out _, out var kboError)) Add("kbo", kboError);
        if (!string.IsNullOrWhiteSpace(r.NisCode) && !NisCode.TryParse(r.NisCode, out _, out var nisError)) Add("nisCode", nisError);
        if (r.Address is null) Add("address", "Vul het adres in.");
        else
        {
            Add("address.street", Check.Required(r.Address.Street, "De straat en het huisnummer", 200));
            Add("address.postalCode", Check.PostalCode(r.Address.PostalCode));
            Add("address.city", Check.Required(r.Address.City, "De gemeente", 100));
        }
        foreach (var (item, i) in (r.Inhabitants ?? []).Select((x, i) => (x, i)))
        {
            Add($"inhabitants[{i}].year", InhabitantYear(item.Year, currentYear));
            Add($"inhabitants[{i}].count", InhabitantCount(item.Count));
        }
        if ((r.Inhabitants ?? []).GroupBy(x => x.Year).Any(g => g.Count() > 1))
            Add("inhabitants", "Elk jaar mag maar één keer voorkomen.");
        return errors;
    }

    public static string? InhabitantYear(int year, int currentYear) =>
        year < FirstInhabitantsYear || year > currentYear + 1
            ? $"Het jaar moet tussen {FirstInhabitantsYear} en {currentYear + 1} liggen."
            : null;

    public static string? InhabitantCount(int? count) =>
        count is null or < 1 or > 2_000_000 ? "Het aantal inwoners moet tussen 1 en 2.000.000 liggen." : null;
}
