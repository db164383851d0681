using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace StatusPage.Public;

/// <summary>Only with <c>Benchmark:BareEndpoint=true</c>: <c>/status/bare?bytes=N</c> returns N bytes of HTML from
/// memory with nothing else, the ceiling the benchmark compares <c>/status</c> against.</summary>
internal static class BareBenchmarkEndpoint
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, byte[]> Bodies = new();

    public static void MapBareBenchmarkEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/status/bare", (HttpContext http, int bytes) =>
        {
            var body = Bodies.GetOrAdd(Math.Clamp(bytes, 1, 8 * 1024 * 1024), n => Encoding.UTF8.GetBytes(new string('x', n)));
            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.ContentLength = body.Length;
            return http.Response.Body.WriteAsync(body).AsTask();
        }).AllowAnonymous().ExcludeFromDescription();
}
