using System.Net;
using System.Net.Sockets;

namespace Platform.Kernel.Net;

/// <summary>The one rule for URLs a user gives and the platform calls (status-page webhooks, tenants' feature URLs):
/// only the public internet. At registration: https, no credentials, a public domain name (no IP literal, no
/// localhost/.local/.internal); when the name resolves now, every address must be public. At delivery:
/// <see cref="CreateHandler"/> resolves the name again and connects only to a public address, never following redirects.
/// Refused: loopback, private, shared (CGNAT), link-local, multicast, unique-local, unspecified, reserved and
/// documentation ranges, for IPv4 and IPv6 (IPv4-mapped, NAT64 and 6to4 addresses are judged by the IPv4 inside).</summary>
public static class PublicInternet
{
    public static string NotPublic(string label) => $"{label} moet naar een publieke domeinnaam verwijzen, niet naar een IP-adres of een interne server.";

    private static readonly string[] InternalSuffixes = [".localhost", ".local", ".internal", ".intranet", ".lan", ".home.arpa", ".corp"];

    /// <summary>The Dutch error for the URL's host, or null when it names a public host (no DNS look-up).</summary>
    public static string? HostError(Uri uri, string label)
    {
        var host = uri.IdnHost.TrimEnd('.');
        if (uri.HostNameType != UriHostNameType.Dns || IPAddress.TryParse(host.Trim('[', ']'), out _) || !host.Contains('.')
            || host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || InternalSuffixes.Any(s => host.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
            return NotPublic(label);
        return null;
    }

    /// <summary><see cref="HostError"/>, and when the name resolves now, every address it resolves to must be public
    /// (a name that does not resolve yet is checked again at delivery).</summary>
    public static async Task<string?> HostErrorAsync(Uri uri, string label, CancellationToken ct, HostResolver? resolver = null)
    {
        if (HostError(uri, label) is { } error) return error;
        var addresses = await TryResolveAsync(resolver ?? HostResolver.System, uri.IdnHost, ct);
        return addresses.Any(a => !IsPublic(a)) ? NotPublic(label) : null;
    }

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var b = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
            return !(b[0] is 0 or 10 or 127 || b[0] >= 224                 // this network, private, loopback, multicast, reserved, broadcast
                     || b[0] == 100 && b[1] >= 64 && b[1] <= 127             // shared address space (CGNAT)
                     || b[0] == 169 && b[1] == 254                           // link-local (cloud metadata)
                     || b[0] == 172 && b[1] >= 16 && b[1] <= 31              // private
                     || b[0] == 192 && b[1] == 168                           // private
                     || b[0] == 192 && b[1] == 0 && b[2] is 0 or 2           // IETF protocol assignments, TEST-NET-1
                     || b[0] == 198 && b[1] is 18 or 19                      // benchmarking
                     || b[0] == 198 && b[1] == 51 && b[2] == 100             // TEST-NET-2
                     || b[0] == 203 && b[1] == 0 && b[2] == 113);            // TEST-NET-3
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return false;
        if (IPAddress.IPv6Loopback.Equals(address) || IPAddress.IPv6Any.Equals(address)) return false;
        if (b[0] == 0xff) return false;                                      // multicast
        if ((b[0] & 0xfe) == 0xfc) return false;                             // unique-local fc00::/7
        if (b[0] == 0xfe && (b[1] & 0xc0) is 0x80 or 0xc0) return false;     // link-local fe80::/10, site-local fec0::/10
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) return false; // documentation 2001:db8::/32
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)    // NAT64 64:ff9b::/96: the IPv4 inside
            return IsPublic(new IPAddress(b[12..16]));
        if (b[0] == 0x20 && b[1] == 0x02)                                    // 6to4 2002::/16: the IPv4 inside
            return IsPublic(new IPAddress(b[2..6]));
        if (b.Take(12).All(x => x == 0)) return false;                       // IPv4-compatible ::a.b.c.d (deprecated)
        return true;
    }

    /// <summary>A handler for outbound calls to user-given URLs: no redirects, and it connects only to public addresses
    /// of the name as resolved at that moment. <paramref name="allowLoopback"/> is for tests that run a receiver on 127.0.0.1.</summary>
    public static SocketsHttpHandler CreateHandler(bool allowLoopback = false, HostResolver? resolver = null) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        ConnectCallback = async (context, ct) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await (resolver ?? HostResolver.System).ResolveAsync(host, ct);
            var allowed = addresses.Where(a => IsPublic(a) || allowLoopback && IPAddress.IsLoopback(a)).ToList();
            if (allowed.Count == 0 || allowed.Count != addresses.Length)
                throw new HttpRequestException($"Refused to connect to {host}: it does not resolve to public addresses only.");
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed.ToArray(), context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    private static async Task<IPAddress[]> TryResolveAsync(HostResolver resolver, string host, CancellationToken ct)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            return await resolver.ResolveAsync(host, timeout.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            return [];
        }
    }
}
