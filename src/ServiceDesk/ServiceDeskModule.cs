using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Persistence;

namespace ServiceDesk;

/// <summary>The module's public face: services in, endpoints out.</summary>
public static class ServiceDeskModule
{
    public static IServiceCollection AddServiceDesk(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapServiceDesk(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
