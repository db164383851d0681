using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Persistence;
using Platform.Kernel.Seeding;
using Platform.Kernel.Tenancy;
using Tenants.Contacts;
using Tenants.Directory;
using Tenants.Onboarding;
using Tenants.Persistence;

namespace Tenants;

/// <summary>The module's public face: services in, endpoints out.</summary>
public static class TenantsModule
{
    public static IServiceCollection AddTenants(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddModuleDbContext<TenantsDbContext, SqliteTenantsDbContext, PostgresTenantsDbContext>(database, TenantsDbContext.SchemaName);
        services.AddMemoryCache();
        services.AddSingleton<ITenantStore, TenantStore>();
        services.AddScoped<IDemoDataSeeder, TenantDemoData>();
        services.AddScoped<ITenantDirectory, TenantDirectory>();
        return services;
    }

    public static IEndpointRouteBuilder MapTenants(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOnboardingApi();
        endpoints.MapContactsApi();
        return endpoints;
    }
}
