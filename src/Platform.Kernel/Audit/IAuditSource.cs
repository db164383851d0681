using System.Linq.Expressions;

namespace Platform.Kernel.Audit;

/// <summary>Which entries the audit page asks for. <see cref="TenantId"/> null = every tenant and the platform itself
/// (platform admins only; the caller decides who may ask). Texts match case-insensitively anywhere in the actor's name or
/// the kind (<c>user.invited</c>, <c>apikey.</c>). <see cref="Take"/> first entries at most in <see cref="Sort"/> order
/// (newest first unless sorted on actor or kind; ties newest first).</summary>
public sealed record AuditQuery(Guid? TenantId, string? Actor, string? Kind, DateTimeOffset? From, DateTimeOffset? Until, int Take,
    AuditSort Sort = AuditSort.At, bool Descending = true);

/// <summary>The columns the audit log sorts on.</summary>
public enum AuditSort { At, Actor, Kind }

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

/// <summary>One ordering for every audit source (in the database) and for merging their entries (in memory).</summary>
public static class AuditOrder
{
    public static IOrderedQueryable<T> OrderFor<T>(this IQueryable<T> entries, AuditQuery query,
        Expression<Func<T, DateTimeOffset>> at, Expression<Func<T, string>> actor, Expression<Func<T, string>> kind)
    {
        var d = query.Descending;
        return query.Sort switch
        {
            AuditSort.Actor => (d ? entries.OrderByDescending(actor) : entries.OrderBy(actor)).ThenByDescending(at),
            AuditSort.Kind => (d ? entries.OrderByDescending(kind) : entries.OrderBy(kind)).ThenByDescending(at),
            _ => d ? entries.OrderByDescending(at) : entries.OrderBy(at),
        };
    }

    public static IEnumerable<AuditRecord> OrderFor(this IEnumerable<AuditRecord> records, AuditQuery query)
    {
        var d = query.Descending;
        return query.Sort switch
        {
            AuditSort.Actor => (d ? records.OrderByDescending(r => r.Actor, StringComparer.Ordinal) : records.OrderBy(r => r.Actor, StringComparer.Ordinal)).ThenByDescending(r => r.At),
            AuditSort.Kind => (d ? records.OrderByDescending(r => r.Kind, StringComparer.Ordinal) : records.OrderBy(r => r.Kind, StringComparer.Ordinal)).ThenByDescending(r => r.At),
            _ => d ? records.OrderByDescending(r => r.At) : records.OrderBy(r => r.At),
        };
    }
}
