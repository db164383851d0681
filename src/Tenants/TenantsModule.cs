using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Persistence;

namespace Tenants;

/// <summary>The module's public face: services in, endpoints out.</summary>
public static class TenantsModule
{
    public static IServiceCollection AddTenants(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapTenants(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
