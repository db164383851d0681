using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using StatusPage.Public;

namespace StatusPage.Checks;

internal static class ChartEndpoints
{
    /// <summary>The per-component chart page, served from the same in-memory cache as <c>/status</c>.</summary>
    public static void MapComponentCharts(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/status/onderdelen/{id:guid}", (Guid id, HttpContext http, StatusPageCache cache) =>
                PublicEndpoints.ServeAsync(http, cache, "chart|" + id, async sp =>
                    await sp.GetRequiredService<ComponentCharts>().BuildAsync(id, CancellationToken.None) is { } data
                        ? (Encoding.UTF8.GetBytes(ChartRenderer.Page(data, sp.GetRequiredService<TimeProvider>().GetUtcNow())), "text/html; charset=utf-8")
                        : null))
            .AllowAnonymous().ExcludeFromDescription();
}
