using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Platform.Persistence;

namespace Platform.Web;

internal static class HealthEndpoint
{
    public static IServiceCollection AddPlatformHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<PlatformDbContext>("database");
        return services;
    }

    /// <summary><c>GET /healthz</c>: 200 when the database answers, 503 otherwise.</summary>
    public static void MapPlatformHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = (ctx, report) =>
            {
                ctx.Response.ContentType = "application/json";
                return ctx.Response.WriteAsync(JsonSerializer.Serialize(new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
                }));
            },
        }).ExcludeFromDescription();
}
