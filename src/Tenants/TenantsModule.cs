using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Persistence;
using Platform.Kernel.Security;
using Platform.Kernel.Seeding;
using Platform.Kernel.Tenancy;
using Platform.Kernel.Web;
using Tenants.AppConfig;
using Tenants.Catalogue;
using Tenants.Checklist;
using Tenants.Contacts;
using Tenants.Contracts;
using Tenants.Directory;
using Tenants.Invitations;
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
        services.AddScoped<Platform.Kernel.Privacy.ITenantPrivacyContacts, PrivacyContacts>();
        services.AddScoped<ITenantServiceContacts, ServiceContacts>();
        services.AddSingleton<AppConfigCache>();
        services.AddSingleton<IPublishedAppFeatures, PublishedAppFeatures>();
        services.AddScoped<Platform.Kernel.Home.IHomeFigures, Home.TenantsHomeFigures>();
        services.AddScoped<AppConfigEditor>();
        services.AddScoped<FeatureAvailabilityService>();
        services.AddScoped<InvitationService>();
        services.AddScoped<TenantRecordEditor>();
        services.AddScoped<Onboarding.OnboardTenant>();
        services.AddScoped<TenantList>();
        services.AddScoped<Checklist.ChecklistReader>();
        services.AddScoped<Contracts.ContractReader>();
        services.AddScoped<ContactEditor>();
        services.AddScoped<Contracts.ContractEditor>();
        services.AddScoped<Platform.Kernel.Audit.IAuditSource, Audit.TenantsAuditSource>();
        services.AddScoped<Population.PopulationImport>();
        services.AddScoped<OnboardingDecisions>();
        services.AddScoped<OnboardingRequestSubmission>();
        services.AddSingleton(new NavigationItem("/beheer/aanvragen", "Aanvragen", 105, Roles.PlatformAdmin));
        services.AddSingleton(new NavigationItem("/beheer/inwoners", "Inwonersaantallen", 120, Roles.PlatformAdmin, Roles.Finance));
        services.AddScoped<Platform.Kernel.Privacy.ITenantDataHolder, Privacy.TenantsTenantData>();
        services.AddScoped<Platform.Kernel.Privacy.IRetentionPurge, Privacy.ExpiredInvitationsPurge>();
        services.AddSingleton(new NavigationItem("/beheer/lokale-besturen", "Lokale besturen", 100, Roles.PlatformAdmin));
        services.AddSingleton(new NavigationItem("/beheer/functies", "Functiecatalogus", 110, Roles.PlatformAdmin));
        services.AddSingleton(new NavigationItem("/beheer/mijn-app", "Mijn app", 100, Roles.TenantAdmin));
        return services;
    }

    public static IEndpointRouteBuilder MapTenants(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOnboardingApi();
        endpoints.MapOnboardingRequestsApi();
        endpoints.MapContactsApi();
        endpoints.MapContractApi();
        endpoints.MapChecklistApi();
        endpoints.MapTenantListApi();
        endpoints.MapInvitationsApi();
        endpoints.MapFeaturesApi();
        endpoints.MapDraftApi();
        endpoints.MapAppConfigApi();
        endpoints.MapPreviewCss();
        Population.PopulationApi.MapPopulationApi(endpoints);
        return endpoints;
    }
}
