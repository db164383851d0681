using DataProtection.Domain;

namespace DataProtection.SubProcessors;

/// <summary>A sub-processor of the charter's Bijlage 2. <see cref="Until"/> is set when it is replaced.</summary>
internal sealed class SubProcessor
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    /// <summary>Company details as in Bijlage 2 (form, enterprise number, registered office).</summary>
    public string? Details { get; set; }
    public required string Service { get; set; }
    public required string Location { get; set; }
    public bool InEea { get; set; }
    /// <summary>Transfer basis outside the EEA (adequacy decision, standard contractual clauses …); null inside.</summary>
    public string? TransferBasis { get; set; }
    public DateOnly Since { get; set; }
    public DateOnly? Until { get; set; }
}

/// <summary>A version of the processing charter; the newest with <see cref="EffectiveOn"/> ≤ today applies.</summary>
internal sealed class CharterVersion
{
    public Guid Id { get; set; }
    public required string Version { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public required string Summary { get; set; }
}

/// <summary>A sub-processor addition or replacement or a new charter version, announced to every tenant at least
/// 30 days ahead (6.2, 14.3). It takes effect by the daily job, never before <see cref="EffectiveOn"/>.</summary>
internal sealed class PlannedChange
{
    public Guid Id { get; set; }
    public ChangeKind Kind { get; set; }
    public ChangeStatus Status { get; set; }
    public DateTimeOffset AnnouncedAt { get; set; }
    public DateOnly AnnouncedOn { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public Guid? AnnouncedBy { get; set; }
    /// <summary>Sub-processor changes: the proposed sub-processor.</summary>
    public string? Name { get; set; }
    public string? Details { get; set; }
    public string? Service { get; set; }
    public string? Location { get; set; }
    public bool InEea { get; set; }
    public string? TransferBasis { get; set; }
    public Guid? ReplacesId { get; set; }
    /// <summary>Charter changes: the new version number.</summary>
    public string? CharterVersion { get; set; }
    /// <summary>The summary of the change told to the tenants (required for a charter version).</summary>
    public required string Summary { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }

    public DateOnly ObjectionDeadline => NoticePeriod.ObjectionDeadline(AnnouncedOn);

    public string Title => Kind == ChangeKind.CharterVersion ? $"Verwerkingscharter versie {CharterVersion}" : $"{Kind.Dutch()}: {Name}";
}

/// <summary>Proof that a tenant was told of a change: who was mailed, when, and exactly what (the sent-log).</summary>
internal sealed class ChangeNotice : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid ChangeId { get; set; }
    public DateTimeOffset SentAt { get; set; }
    /// <summary>Comma-separated addresses (the DPO contacts, else the SPOC); empty when the tenant had none.</summary>
    public required string Recipients { get; set; }
    public bool ToDpo { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
}

/// <summary>A tenant's reasoned objection to a change within the notice period (6.3), and how it was settled.</summary>
internal sealed class Objection : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid ChangeId { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset FiledAt { get; set; }
    public Guid? FiledBy { get; set; }
    public Settlement? Settlement { get; set; }
    public string? SettlementNote { get; set; }
    public DateTimeOffset? SettledAt { get; set; }
    public Guid? SettledBy { get; set; }
}
