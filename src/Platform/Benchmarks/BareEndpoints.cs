using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Platform.Benchmarks;

/// <summary>
/// The load benchmarks' baselines (<c>bench/Tenants</c>, <c>bench/StatusPage</c>): fixed bytes from memory through the
/// same host, middleware and module route group as the endpoint they are compared with, so the difference is the
/// endpoint's own work. Mapped only with <c>Benchmark:BareEndpoint=true</c>; kept in the host so no product module
/// carries benchmark code.
/// </summary>
internal static class BareEndpoints
{
    private static readonly ConcurrentDictionary<int, byte[]> HtmlBodies = new();

    public static void MapBenchmarkBaselines(this IEndpointRouteBuilder modules)
    {
        var options = modules.ServiceProvider.GetRequiredService<IOptions<BenchmarkOptions>>().Value;
        if (!options.BareEndpoint) return;

        // bench/Tenants: the app configuration's size (Benchmark:BareBytes) as JSON, with its ETag and 304 handling.
        var json = new byte[options.BareBytes];
        Array.Fill(json, (byte)' ');
        json[0] = (byte)'{';
        json[^1] = (byte)'}';
        StringValues etag = "\"bare\"", jsonType = "application/json; charset=utf-8", cache = "public, no-cache";
        modules.MapGet("/api/bench/bare", async (HttpContext http) =>
        {
            var response = http.Response;
            response.Headers.ETag = etag;
            response.Headers.CacheControl = cache;
            if (http.Request.Headers.IfNoneMatch == etag)
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            response.ContentType = jsonType;
            response.ContentLength = json.Length;
            await response.Body.WriteAsync(json, http.RequestAborted);
        }).AllowAnonymous().ExcludeFromDescription();

        // bench/StatusPage: N bytes of HTML, N = the size of the page it is compared with.
        modules.MapGet("/status/bare", (HttpContext http, int bytes) =>
        {
            var body = HtmlBodies.GetOrAdd(Math.Clamp(bytes, 1, 8 * 1024 * 1024), n => Encoding.UTF8.GetBytes(new string('x', n)));
            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.ContentLength = body.Length;
            return http.Response.Body.WriteAsync(body).AsTask();
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
