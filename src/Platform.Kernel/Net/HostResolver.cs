using System.Net;
using Microsoft.Extensions.Configuration;

namespace Platform.Kernel.Net;

/// <summary>Resolves host names for <see cref="PublicInternet"/> with the system's DNS resolver. An operator can point a
/// name at another name (<c>Platform:Net:ConnectTo:{name}</c> = other name, as curl's <c>--connect-to</c>), e.g. to route
/// a partner's host through a gateway; the other name is then resolved by DNS and judged like any address.</summary>
public sealed class HostResolver(IConfiguration? configuration = null)
{
    public static readonly HostResolver System = new();

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        var target = configuration?[$"Platform:Net:ConnectTo:{host.TrimEnd('.').ToLowerInvariant()}"];
        return Dns.GetHostAddressesAsync(string.IsNullOrWhiteSpace(target) ? host : target.Trim(), ct);
    }
}
