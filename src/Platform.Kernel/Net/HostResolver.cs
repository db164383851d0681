using System.Net;
using Microsoft.Extensions.Options;

namespace Platform.Kernel.Net;

/// <summary>Configuration section <c>Platform:Net</c>.</summary>
public sealed class NetOptions
{
    public const string Section = "Platform:Net";

    /// <summary>Host name → the name to resolve instead (<c>Platform:Net:ConnectTo:{name}</c>).</summary>
    public Dictionary<string, string> ConnectTo { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Resolves host names for <see cref="PublicInternet"/> with the system's DNS resolver. An operator can point a
/// name at another name (<c>Platform:Net:ConnectTo:{name}</c> = other name, as curl's <c>--connect-to</c>), e.g. to route
/// a partner's host through a gateway; the other name is then resolved by DNS and judged like any address.</summary>
public sealed class HostResolver
{
    public static readonly HostResolver System = new();

    private readonly Dictionary<string, string> _connectTo;

    public HostResolver(IOptions<NetOptions>? options = null) =>
        _connectTo = new(options?.Value.ConnectTo ?? [], StringComparer.OrdinalIgnoreCase);

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        var target = _connectTo.GetValueOrDefault(host.TrimEnd('.'));
        return Dns.GetHostAddressesAsync(string.IsNullOrWhiteSpace(target) ? host : target.Trim(), ct);
    }
}
