using Platform.Kernel.Tenancy;

namespace Tenants.Contacts;

/// <summary>The contract's named contacts of a local government (personal data: tenant-owned).</summary>
internal sealed class Contact : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public ContactRole Role { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public string? Phone { get; set; }
    /// <summary>Subscribed to the status page through this record (confirmed at once).</summary>
    public bool StatusSubscribed { get; set; }
}

internal enum ContactRole
{
    /// <summary>Single point of contact; preferably a generic mailbox or portal.</summary>
    Spoc,
    ServiceDeliveryManager,
    DataProtectionOfficer,
    Architect,
    Billing,
}

internal static class ContactRoleNames
{
    public static string Dutch(ContactRole role) => role switch
    {
        ContactRole.Spoc => "SPOC (centraal aanspreekpunt)",
        ContactRole.ServiceDeliveryManager => "Service delivery manager",
        ContactRole.DataProtectionOfficer => "Functionaris voor gegevensbescherming (DPO)",
        ContactRole.Architect => "Architect of technisch verantwoordelijke",
        ContactRole.Billing => "Facturatiecontact",
        _ => role.ToString(),
    };
}
