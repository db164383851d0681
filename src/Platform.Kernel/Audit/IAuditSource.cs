namespace Platform.Kernel.Audit;

/// <summary>Which entries the audit page asks for. <see cref="TenantId"/> null = every tenant and the platform itself
/// (platform admins only; the caller decides who may ask). Texts match case-insensitively anywhere in the actor's name or
/// the kind (<c>user.invited</c>, <c>apikey.</c>). <see cref="Take"/> newest entries at most.</summary>
public sealed record AuditQuery(Guid? TenantId, string? Actor, string? Kind, DateTimeOffset? From, DateTimeOffset? Until, int Take);

/// <summary>One audit entry in the shape every module's log can give: when, who, what kind, what, for which tenant.</summary>
public sealed record AuditRecord(DateTimeOffset At, string Actor, string Kind, string Details, Guid? TenantId, string Source);

/// <summary>One module's audit log, read for the audit pages and API (a module registers its implementation in its
/// <c>AddX</c>). Entries newest first.</summary>
public interface IAuditSource
{
    /// <summary>Dutch name of the log, shown in the "Bron" column (e.g. "Gebruikers en toegang").</summary>
    string Name { get; }

    Task<IReadOnlyList<AuditRecord>> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default);
}
