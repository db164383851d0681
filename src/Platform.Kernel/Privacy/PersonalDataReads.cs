namespace Platform.Kernel.Privacy;

/// <summary>
/// Marks a page model or an endpoint (<c>.WithMetadata(new ReadsTenantPersonalDataAttribute("incident"))</c>) that shows a
/// tenant's personal data. The host's one read-log middleware records each successful GET of it by Digitaal Vlaanderen
/// staff (platform admins, agents, finance) in that tenant's access log (charter transparency, issue 15.7); a tenant's own
/// users reading are not recorded. The tenant is the request's tenant (route <c>{tenant}</c>), else the one an
/// <see cref="ITenantOfRecord"/> for <see cref="Kind"/> finds for the route value <see cref="RecordRouteKey"/>.
/// </summary>
/// <param name="kind">What is read, in English: <c>incident</c>, <c>attachment</c>, <c>contacts</c>, <c>reporters</c>, <c>export</c> …</param>
/// <param name="recordRouteKey">The route value with the record's id (stored as is; never personal data), or null for a list.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class ReadsTenantPersonalDataAttribute(string kind, string? recordRouteKey = "id") : Attribute
{
    public string Kind { get; } = kind;

    public string? RecordRouteKey { get; } = recordRouteKey;
}

/// <summary>Finds the tenant of a record of one kind when the route does not name the tenant (an agent opening an incident
/// by id or number). Implemented by the module that owns the record.</summary>
public interface ITenantOfRecord
{
    /// <summary>The kinds (as in <see cref="ReadsTenantPersonalDataAttribute.Kind"/>) this resolver finds the tenant of.</summary>
    IReadOnlyCollection<string> Kinds { get; }

    Task<Guid?> TenantOfAsync(string recordId, CancellationToken cancellationToken = default);
}

/// <summary>Writes one read to the tenant's access log. Implemented by DataProtection.</summary>
public interface IPersonalDataReadLog
{
    Task RecordAsync(PersonalDataRead read, CancellationToken cancellationToken = default);
}

/// <param name="Resource">The route pattern, e.g. <c>/api/servicedesk/incidents/{id}</c>: no values, so no personal data.</param>
public sealed record PersonalDataRead(Guid TenantId, Guid UserId, string Role, string Kind, string? RecordId, string Resource);
