using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Web;
using Microsoft.Extensions.Primitives;

namespace Tenants.Benchmark;

/// <summary>The benchmark's baseline: a fixed byte array of the config's size through the same host and middleware.
/// Only mapped with <c>Benchmark:BareEndpoint=true</c>; size from <c>Benchmark:BareBytes</c>.</summary>
internal static class BareEndpoint
{
    public static void MapBareEndpoint(this IEndpointRouteBuilder endpoints, BenchmarkOptions benchmark)
    {
        if (!benchmark.BareEndpoint) return;
        var bytes = new byte[benchmark.BareBytes];
        Array.Fill(bytes, (byte)' ');
        bytes[0] = (byte)'{';
        bytes[^1] = (byte)'}';
        StringValues etag = "\"bare\"", type = "application/json; charset=utf-8", cache = "public, no-cache";
        endpoints.MapGet("/api/bench/bare", async (HttpContext http) =>
        {
            var response = http.Response;
            response.Headers.ETag = etag;
            response.Headers.CacheControl = cache;
            if (http.Request.Headers.IfNoneMatch == etag)
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            response.ContentType = type;
            response.ContentLength = bytes.Length;
            await response.Body.WriteAsync(bytes, http.RequestAborted);
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
