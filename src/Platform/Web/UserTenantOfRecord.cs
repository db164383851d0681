using Platform.Kernel.Privacy;

namespace Platform.Web;

/// <summary>The tenant of a user (tenant admins and reporters belong to one), for the access log of staff reads.</summary>
internal sealed class UserTenantOfRecord(IPlatformUsers users) : ITenantOfRecord
{
    public IReadOnlyCollection<string> Kinds { get; } = ["user"];

    public async Task<Guid?> TenantOfAsync(string recordId, CancellationToken cancellationToken = default) =>
        Guid.TryParse(recordId, out var id) ? (await users.FindAsync(id, cancellationToken))?.TenantId : null;
}
