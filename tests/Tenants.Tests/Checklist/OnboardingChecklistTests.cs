using Tenants.Checklist;
using Tenants.Contacts;

namespace Tenants.Tests.Checklist;

public sealed class OnboardingChecklistTests
{
    private static readonly OnboardingChecklist.Facts Complete = new(true, true, true,
        new HashSet<ContactRole> { ContactRole.Spoc, ContactRole.ServiceDeliveryManager, ContactRole.DataProtectionOfficer, ContactRole.Architect },
        true, true, true, true);

    [Fact]
    public void Complete_onboarding_has_nothing_missing() => Assert.All(OnboardingChecklist.For(Complete), i => Assert.True(i.Done, i.Key));

    [Fact]
    public void Each_missing_fact_shows_as_exactly_one_open_item()
    {
        var cases = new (OnboardingChecklist.Facts Facts, string Key)[]
        {
            (Complete with { HasNisCode = false }, "nisCode"),
            (Complete with { HasInhabitants = false }, "inhabitants"),
            (Complete with { ContractSigned = false }, "contract"),
            (Complete with { ContactRoles = new HashSet<ContactRole> { ContactRole.Spoc, ContactRole.ServiceDeliveryManager, ContactRole.Architect } }, "contact.DataProtectionOfficer"),
            (Complete with { HasTenantAdmin = false }, "tenantAdmin"),
            (Complete with { HasPublishedVersion = false }, "published"),
            (Complete with { AppStore = false }, "appStore"),
            (Complete with { PlayStore = false }, "playStore"),
        };
        foreach (var (facts, key) in cases)
            Assert.Equal(key, Assert.Single(OnboardingChecklist.For(facts), i => !i.Done).Key);
    }

    [Fact]
    public void A_billing_contact_does_not_replace_a_required_role()
    {
        var facts = Complete with { ContactRoles = new HashSet<ContactRole> { ContactRole.Billing } };
        Assert.Equal(4, OnboardingChecklist.For(facts).Count(i => !i.Done));
    }
}
