using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Platform.Kernel.Net;

namespace StatusPage.Checks;

internal sealed record ProbeReading(CheckOutcome Outcome, int LatencyMs, string? Message);

/// <summary>Runs one HTTP(S), TCP or DNS probe. Outbound: public addresses only (as webhooks), except the platform-own
/// hosts listed in <see cref="HealthCheckOptions.InternalHosts"/>. Failures are results, never exceptions.</summary>
internal sealed class HealthProbe(IHttpClientFactory http, HostResolver resolver, IOptions<HealthCheckOptions> options)
{
    public const string PublicClient = "statuspage-checks-public";
    public const string InternalClient = "statuspage-checks-internal";
    private const int MaxBody = 1 << 20;

    public async Task<ProbeReading> RunAsync(HealthCheck check, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(check.TimeoutMs);
        var watch = Stopwatch.StartNew();
        string? error;
        try
        {
            error = check.Kind switch
            {
                CheckKind.Http => await HttpAsync(check, timeout.Token),
                CheckKind.Tcp => await TcpAsync(check, timeout.Token),
                _ => await DnsAsync(check, timeout.Token),
            };
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            error = $"Geen antwoord binnen {check.TimeoutMs} ms.";
        }
        catch (Exception e) when (e is HttpRequestException or SocketException or IOException or InvalidOperationException)
        {
            error = Short(e.Message);
        }
        var ms = (int)Math.Min(int.MaxValue, watch.ElapsedMilliseconds);
        if (error is not null) return new(CheckOutcome.Down, ms, error);
        return check.DegradedAboveMs is { } limit && ms > limit
            ? new(CheckOutcome.Degraded, ms, $"Trager dan {limit} ms.")
            : new(CheckOutcome.Up, ms, null);
    }

    private async Task<string?> HttpAsync(HealthCheck check, CancellationToken ct)
    {
        var uri = new Uri(check.Target);
        var client = http.CreateClient(options.Value.IsInternal(uri.IdnHost) ? InternalClient : PublicClient);
        using var request = new HttpRequestMessage(new HttpMethod(check.Method), uri);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        if ((int)response.StatusCode != check.ExpectedStatus)
            return $"HTTP {(int)response.StatusCode} in plaats van {check.ExpectedStatus}.";
        if (string.IsNullOrEmpty(check.BodyContains)) return null;
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[MaxBody];
        var read = 0;
        while (read < MaxBody && await stream.ReadAsync(buffer.AsMemory(read), ct) is var n and > 0) read += n;
        var body = System.Text.Encoding.UTF8.GetString(buffer, 0, read);
        return body.Contains(check.BodyContains, StringComparison.Ordinal) ? null : $"Het antwoord bevat \"{Short(check.BodyContains)}\" niet.";
    }

    private async Task<string?> TcpAsync(HealthCheck check, CancellationToken ct)
    {
        if (!HealthCheckTargets.TryHostPort(check.Target, out var host, out var port)) return "Ongeldig doel.";
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await resolver.ResolveAsync(host, ct);
        if (!options.Value.IsInternal(host) && (addresses.Length == 0 || addresses.Any(a => !PublicInternet.IsPublic(a))))
            return "Het doel is geen publiek adres.";
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(addresses, port, ct);
        return null;
    }

    private async Task<string?> DnsAsync(HealthCheck check, CancellationToken ct)
    {
        var addresses = await resolver.ResolveAsync(check.Target, ct);
        if (addresses.Length == 0) return "De naam wordt niet opgelost.";
        if (check.ExpectedAddress is { Length: > 0 } expected && IPAddress.TryParse(expected, out var wanted) && !addresses.Contains(wanted))
            return $"De naam wijst niet naar {expected}.";
        return null;
    }

    private static string Short(string text) => text.Length <= 200 ? text : text[..200];
}
