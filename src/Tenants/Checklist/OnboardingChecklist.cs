using Tenants.Contacts;

namespace Tenants.Checklist;

/// <summary>What an onboarding still lacks before go-live, in the order it is usually done.</summary>
internal static class OnboardingChecklist
{
    public sealed record Facts(bool HasNisCode, bool HasInhabitants, bool ContractSigned, IReadOnlySet<ContactRole> ContactRoles,
        bool HasTenantAdmin, bool HasPublishedVersion, bool AppStore, bool PlayStore);

    /// <param name="Fix">The page (relative to /beheer/{tenant}) where this step is done.</param>
    public sealed record Item(string Key, string Label, bool Done, string Fix);

    public static IReadOnlyList<Item> For(Facts f) =>
    [
        new("nisCode", "NIS-code ingevuld", f.HasNisCode, "gegevens#identiteit"),
        new("inhabitants", "Inwonersaantal op 1 januari ingevuld", f.HasInhabitants, "gegevens#inwoners"),
        new("contract", "Overeenkomst ondertekend", f.ContractSigned, "#contract-title"),
        .. new[] { ContactRole.Spoc, ContactRole.ServiceDeliveryManager, ContactRole.DataProtectionOfficer, ContactRole.Architect }
            .Select(r => new Item("contact." + r, "Contactpersoon: " + ContactRoleNames.Dutch(r), f.ContactRoles.Contains(r), "contactpersonen")),
        new("tenantAdmin", "Minstens één beheerder van het lokaal bestuur", f.HasTenantAdmin, "#invite-title"),
        new("published", "Appconfiguratie gepubliceerd", f.HasPublishedVersion, "publiceren"),
        new("appStore", "Publicatiedatum in de App Store", f.AppStore, "gegevens#winkels"),
        new("playStore", "Publicatiedatum in Google Play", f.PlayStore, "gegevens#winkels"),
    ];
}
