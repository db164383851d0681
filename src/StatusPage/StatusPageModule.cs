using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Persistence;

namespace StatusPage;

/// <summary>The module's public face: services in, endpoints out.</summary>
public static class StatusPageModule
{
    public static IServiceCollection AddStatusPage(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapStatusPage(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
