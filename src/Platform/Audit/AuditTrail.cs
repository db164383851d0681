using System.Globalization;
using System.Security.Claims;
using Platform.Kernel.Audit;
using Platform.Kernel.Export;
using Platform.Kernel.Formatting;
using Platform.Kernel.Tenancy;
using Platform.Kernel.UseCases;
using Tenants;

namespace Platform.Audit;

/// <summary>The filter of the audit page and API, as typed (dates <c>2026-11-23</c> or <c>23/11/2026</c>, Brussels days,
/// both inclusive).</summary>
/// <param name="Sort"><c>wanneer</c> (default, newest first), <c>wie</c> or <c>soort</c>.</param>
public sealed record AuditFilter(string? Tenant, string? Actor, string? Kind, string? From, string? Until, int Page = 1,
    string? Sort = null, string? Dir = null)
{
    public static readonly string[] SortKeys = ["wanneer", "wie", "soort"];

    /// <summary>The sort asked for, unknown values clamped to newest first (as every list does).</summary>
    public Kernel.Paging.PageRequest Order => Kernel.Paging.PageRequest.From(1, AuditTrail.PageSize, Sort, Dir, null, SortKeys, "wanneer", defaultDescending: true);
}

public sealed record AuditRow(DateTimeOffset At, string Actor, string Kind, string Details, Guid? TenantId, string? Tenant, string Source);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Page, int PageSize, bool HasNext, string? Tenant);

/// <summary>Who did what when, from every module's audit log (<see cref="IAuditSource"/>: people and access, tenants, status
/// page), newest first, filtered and paged. A tenant admin reads their own tenant's entries only; a platform admin every
/// tenant's and the platform's, or one tenant's.</summary>
internal sealed class AuditTrail(IEnumerable<IAuditSource> sources, TenantContext current, ITenantStore store, ITenantDirectory directory)
{
    public const int PageSize = 50;

    /// <summary>Most rows one export holds.</summary>
    public const int ExportLimit = 10_000;

    /// <summary>Far beyond any real log (50 per page), and small enough that page × size cannot overflow.</summary>
    public const int MaxPage = 100_000;

    private const string OwnTenantOnly = "Je ziet alleen de auditlog van je eigen lokaal bestuur.";

    /// <summary>Reads one page of the selection: invalid filters answer field errors (<c>from</c>, <c>until</c>, <c>page</c>,
    /// <c>actor</c>, <c>kind</c>, <c>tenant</c>); a tenant admin asking for another tenant (or without one) is denied.</summary>
    public async Task<Outcome<AuditPage>> ReadAsync(ClaimsPrincipal user, AuditFilter filter, CancellationToken ct, int pageSize = PageSize)
    {
        var errors = new Dictionary<string, string[]>();
        var from = ParseDay(filter.From, "from", "De begindatum", errors);
        var until = ParseDay(filter.Until, "until", "De einddatum", errors);
        if (from is not null && until is not null && until < from) errors["until"] = ["De einddatum ligt voor de begindatum."];
        if (filter.Page is < 1 or > MaxPage) errors["page"] = ["De pagina ligt tussen 1 en 100.000."];
        if (filter.Actor?.Length > 200) errors["actor"] = ["Zoek op hoogstens 200 tekens."];
        if (filter.Kind?.Length > 60) errors["kind"] = ["Zoek op hoogstens 60 tekens."];

        TenantInfo? tenant = null;
        if (!user.IsInRole(Roles.PlatformAdmin))
        {
            // Tenant admins: their own tenant, always (the request's tenant comes from their claim).
            if (current.Tenant is null) return Outcome<AuditPage>.Denied(OwnTenantOnly);
            if (!string.IsNullOrWhiteSpace(filter.Tenant) && !string.Equals(filter.Tenant.Trim(), current.Tenant.Identifier, StringComparison.OrdinalIgnoreCase))
                return Outcome<AuditPage>.Denied(OwnTenantOnly);
            tenant = current.Tenant;
        }
        else if (!string.IsNullOrWhiteSpace(filter.Tenant) && (tenant = await store.FindByIdentifierAsync(filter.Tenant.Trim(), ct)) is null)
            errors["tenant"] = ["Dit lokaal bestuur bestaat niet."];
        if (errors.Count > 0) return Outcome<AuditPage>.Invalid(errors);

        var take = filter.Page * pageSize + 1;
        var order = filter.Order;
        var sort = order.Sort switch { "wie" => AuditSort.Actor, "soort" => AuditSort.Kind, _ => AuditSort.At };
        var query = new AuditQuery(tenant?.Id, filter.Actor, filter.Kind, Start(from), Start(until?.AddDays(1)), take, sort, order.Descending);
        var all = new List<AuditRecord>();
        foreach (var source in sources)
            all.AddRange(await source.ReadAsync(query, ct));
        var names = (await directory.AllAsync(ct)).ToDictionary(t => t.Id, t => t.Name);
        var ordered = all.OrderFor(query).ToList();
        var rows = ordered.Skip((filter.Page - 1) * pageSize).Take(pageSize)
            .Select(r => new AuditRow(r.At, r.Actor, r.Kind, r.Details, r.TenantId,
                r.TenantId is { } id ? names.GetValueOrDefault(id, "?") : null, r.Source)).ToList();
        return Outcome<AuditPage>.Success(new AuditPage(rows, filter.Page, pageSize, ordered.Count > filter.Page * pageSize, tenant?.Identifier));
    }

    /// <summary>The whole selection (at most <see cref="ExportLimit"/> rows) as CSV (ADR 0009).</summary>
    public static byte[] Csv(AuditPage page) => Kernel.Export.Csv.Write(
        ["Tijdstip", "Wie", "Soort", "Wat", "Lokaal bestuur", "Bron"],
        page.Rows.Select(r => (IReadOnlyList<ExportCell>)new ExportCell[]
        {
            Dutch.ToBrussels(r.At).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture), r.Actor, r.Kind, r.Details, r.Tenant, r.Source,
        }));

    private static DateTimeOffset? Start(DateOnly? day) =>
        day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), Dutch.Brussels.GetUtcOffset(d.ToDateTime(TimeOnly.MinValue))).ToUniversalTime() : null;

    private static DateOnly? ParseDay(string? text, string field, string label, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && day.Year is >= 2000 and <= 2100)
            return day;
        errors[field] = [$"{label} is geen geldige datum (bv. 23/11/2026)."];
        return null;
    }
}
