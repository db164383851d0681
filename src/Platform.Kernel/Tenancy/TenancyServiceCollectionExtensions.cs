using Microsoft.Extensions.DependencyInjection;

namespace Platform.Kernel.Tenancy;

public static class TenancyServiceCollectionExtensions
{
    public static IServiceCollection AddTenancyCore(this IServiceCollection services)
    {
        services.AddScoped<TenantContext>();
        services.AddSingleton<ITenantScopeFactory, TenantScopeFactory>();
        return services;
    }
}
