using Billing.Api;
using Billing.Issuing;
using Billing.Pdf;
using Billing.Persistence;
using Billing.Pricing;
using Billing.Runs;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Jobs;
using Platform.Kernel.Persistence;
using Platform.Kernel.Security;
using Platform.Kernel.Seeding;
using Platform.Kernel.Web;

namespace Billing;

/// <summary>The module's public face: services in, endpoints out.</summary>
public static class BillingModule
{
    public static IServiceCollection AddBilling(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddModuleDbContext<BillingDbContext, SqliteBillingDbContext, PostgresBillingDbContext>(database, BillingDbContext.SchemaName);
        services.AddSingleton<InvoicePdfRenderer>();
        services.AddScoped<InvoiceRunner>();
        services.AddScoped<DailyInvoiceRunJob>();
        services.AddScoped<InvoiceIssuer>();
        services.AddScoped<CreditNoteIssuer>();
        services.AddScoped<PriceChangeNotifier>();
        services.AddScoped<IDemoDataSeeder, BillingDemoData>();
        services.AddAuthorizationBuilder().AddPolicy(Access.ReadersPolicy, p => p.RequireRole(Roles.Finance, Roles.PlatformAdmin, Roles.TenantAdmin));
        services.AddSingleton(new NavigationItem("/facturen", "Facturen", 200, Roles.Finance, Roles.PlatformAdmin));
        services.AddSingleton(new NavigationItem("/mijn-facturen", "Facturen", 200, Roles.TenantAdmin));
        return services;
    }

    public static IEndpointRouteBuilder MapBilling(this IEndpointRouteBuilder endpoints)
    {
        var billing = endpoints.MapGroup("/api/billing").WithTags("Billing");
        billing.MapTenantBillingApi();
        billing.MapRunsApi();
        billing.MapInvoicesApi();
        billing.MapExportApi();
        billing.MapPriceListApi();
        // Daily at 06:00 Brussels time: prepares the drafts that became due (including missed years).
        endpoints.ServiceProvider.GetService<IRecurringJobManager>()?.AddOrUpdate<DailyInvoiceRunJob>(
            DailyInvoiceRunJob.Id, job => job.RunAsync(CancellationToken.None), "0 6 * * *", RecurringJobDefaults.Brussels);
        return endpoints;
    }
}
