using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Billing;
using Platform.Benchmarks;
using Platform.Identity;
using Platform.Jobs;
using Platform.Mail;
using Platform.Kernel.Changes;
using Platform.Kernel.Net;
using Platform.Kernel.Persistence;
using Platform.Kernel.Seeding;
using Platform.Kernel.Tenancy;
using Platform.Persistence;
using Platform.Tenancy;
using Platform.Web;
using Scalar.AspNetCore;
using Serilog;
using ServiceDesk;
using StatusPage;
using Tenants;

namespace Platform.Startup;

/// <summary>Composes the host from the modules. Program.cs stays a few lines.</summary>
internal static class PlatformComposition
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var database = DatabaseConfiguration.Read(configuration, builder.Environment.ContentRootPath);

        services.AddSerilog((sp, lc) => lc
            .ReadFrom.Configuration(configuration)
            .ReadFrom.Services(sp) // sinks and enrichers registered as services (tests capture the log this way)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}"),
            preserveStaticLogger: true);

        services.AddHostCore(database);
        services.AddPlatformIdentity(configuration, builder.Environment);
        services.AddPlatformJobs(database, configuration);
        services.AddPlatformMail();
        services.AddPlatformProblemDetails();
        services.AddPlatformRateLimiting();
        services.AddPlatformHealthChecks();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer<BearerSecurityScheme>());
        services.AddPlatformPages(builder.Environment);
        services.AddPlatformHosts(builder);

        services.AddTenants(configuration, database);
        services.AddBilling(configuration, database);
        services.AddServiceDesk(configuration, database);
        services.AddStatusPage(configuration, database);
        DataProtection.DataProtectionModule.AddDataProtectionDuties(services, configuration, database);
        return builder;
    }

    /// <summary>The host's own services: clock, database, tenancy, change signal, start-up, users.</summary>
    private static void AddHostCore(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(database);
        services.AddOptions<TenancyOptions>().BindConfiguration(TenancyOptions.Section).ValidateOnStart();
        services.AddPublicLinks();
        services.AddOptions<BenchmarkOptions>().BindConfiguration(BenchmarkOptions.Section)
            .Validate(o => o.BareBytes is >= 2 and <= 16 * 1024 * 1024, "Benchmark:BareBytes must be 2 to 16777216.").ValidateOnStart();
        services.AddTenancyCore();
        services.AddChangeSignal(database);
        services.AddOptions<NetOptions>().BindConfiguration(NetOptions.Section);
        services.AddSingleton<HostResolver>();
        services.AddRefusedRequests();
        services.AddModuleDbContext<PlatformDbContext, SqlitePlatformDbContext, PostgresPlatformDbContext>(database, PlatformDbContext.SchemaName);
        services.AddSingleton<DatabaseMigrator>();
        services.AddOptions<StartupOptions>().BindConfiguration(StartupOptions.Section).ValidateOnStart();
        services.AddSingleton<PlatformStartup>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<IPlatformUsers, PlatformUsers>();
        services.AddScoped<Platform.Kernel.Privacy.ITenantOfRecord, UserTenantOfRecord>();
        services.AddSingleton<NavigationLinks>();
        services.AddScoped<IDemoDataSeeder, DemoUsers>();
    }

    /// <summary>Razor Pages of the host and every module, their anti-forgery cookie and the proxy's forwarded headers.</summary>
    private static void AddPlatformPages(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
            o.Conventions.AllowAnonymousToPage("/Error");
        }).AddMvcOptions(o => o.Filters.Add<TextRuleFilters.PageFilter>()).AddMvcOptions(DutchModelBinding.Configure).ConfigureApplicationPartManager(parts => ModulePages.Register(parts,
            typeof(TenantsModule).Assembly, typeof(BillingModule).Assembly, typeof(ServiceDeskModule).Assembly, typeof(StatusPageModule).Assembly,
            typeof(DataProtection.DataProtectionModule).Assembly));
        services.AddDataProtection().SetApplicationName("mijn-burgerprofiel-platform").PersistKeysToDbContext<PlatformDbContext>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "mbp.csrf";
            o.Cookie.SecurePolicy = environment.IsDevelopment() || environment.IsEnvironment("Testing")
                ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.HeaderName = CookieApiProtection.Header;
        });
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Behind the platform's reverse proxy (TLS ends there). Only when the operator says the proxy is trusted.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
        });
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UsePlatformHostFiltering();
        if (app.Services.GetRequiredService<IOptions<StartupOptions>>().Value.TrustForwardedHeaders)
            app.UseForwardedHeaders();
        app.UseCorrelationId();
        app.UsePlatformExceptionHandler();
        app.UseRefusedRequests();
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
            app.UseHsts();
        app.UsePlatformStatusCodePages();
        app.UseSecurityHeaders();
        app.UseSerilogRequestLogging(o => o.EnrichDiagnosticContext = (diagnostics, http) =>
        {
            // Ids only: no names, e-mail addresses or query strings in the logs.
            diagnostics.Set("UserId", http.User.FindFirstValue(ClaimTypes.NameIdentifier));
            diagnostics.Set("TenantId", http.RequestServices.GetService<TenantContext>()?.TenantId);
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseCors(); // endpoints opt in by policy (the status page's public JSON)
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseAuthorization();
        app.UsePersonalDataReadLog(); // staff reads of a tenant's personal data go to its access log (issue 15.7)
        app.UseAntiforgery();
        app.UseCookieApiProtection();

        app.MapPlatformHealth();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api-docs", o => o.WithTitle("Mijn Burgerprofiel platform API").DisableDefaultFonts()
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapPlatformJobsDashboard();
        app.MapRazorPages();

        // Every module's endpoints get the kernel's text rule before their handler runs.
        var modules = app.MapGroup("").WithTextRule();
        modules.MapAdminApi();
        modules.MapUserListApi();
        modules.MapHomeFiguresApi();
        modules.MapTenants();
        modules.MapBilling();
        modules.MapServiceDesk();
        modules.MapStatusPage();
        DataProtection.DataProtectionModule.MapDataProtectionDuties(modules);
        modules.MapBenchmarkBaselines();
        return app;
    }
}
