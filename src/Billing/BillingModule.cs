using Billing.EInvoicing;
using Billing.Payments;
using Billing.Issuing;
using Billing.Pdf;
using Billing.Persistence;
using Billing.Pricing;
using Billing.Runs;
using Billing.Sending;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Kernel.Jobs;
using Platform.Kernel.Persistence;
using Platform.Kernel.Security;
using Platform.Kernel.Seeding;
using Platform.Kernel.Web;
using Billing.BankStatements;
using Billing.Stripe;
using Billing.Reminders;
using Billing.Web;
using Billing.Dunning;


namespace Billing;

/// <summary>The module's public face: services in, endpoints out.</summary>
public static class BillingModule
{
    public static IServiceCollection AddBilling(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddModuleDbContext<BillingDbContext, SqliteBillingDbContext, PostgresBillingDbContext>(database, BillingDbContext.SchemaName);
        services.AddSingleton<InvoicePdfRenderer>();
        services.AddScoped<InvoiceRunner>();
        services.AddScoped<RunList>();
        services.AddScoped<Invoices.InvoiceList>();
        services.AddScoped<OutsideInvoicing>();
        services.AddScoped<DailyInvoiceRunJob>();
        services.AddScoped<InvoiceIssuer>();
        services.AddScoped<CreditNoteIssuer>();
        services.AddScoped<PriceChangeNotifier>();
        services.AddScoped<Platform.Kernel.Fees.IFeeTiers, FeeTiers>();
        services.AddScoped<PriceListChanges>();
        services.AddScoped<IDemoDataSeeder, BillingDemoData>();
        services.AddScoped<UblExport>();
        services.AddScoped<Platform.Kernel.Privacy.ITenantDataHolder, Privacy.BillingTenantData>();
        services.AddSingleton<BillingLinks>();
        services.AddScoped<BankStatementImporter>();
        services.AddScoped<PaymentReview>();
        services.AddScoped<PaymentLists>();
        services.AddScoped<PaymentReminders>();
        services.AddScoped<InvoiceMailer>();
        services.AddScoped<InvoiceMailQueue>();
        services.AddScoped<DraftReferences>();
        services.AddScoped<CheckedIssuing>();
        services.AddScoped<IssuedReference>();
        services.AddScoped<Dunning.DunningPauses>();
        services.AddScoped<Dunning.ReminderTexts>();
        services.AddScoped<Dunning.FriendlyNotices>();
        services.AddScoped<Dunning.ClaimedDunningMail>();
        services.AddScoped<Timeline.InvoiceTimeline>();
        services.AddScoped<Forecast.FeeForecasts>();
        services.AddScoped<Platform.Kernel.Home.IHomeFigures, Home.BillingHomeFigures>();
        services.AddScoped<BankStatementDropFolder>();
        AddStripe(services);
        services.AddAuthorizationBuilder().AddPolicy(Access.ReadersPolicy, p => p.RequireRole(Roles.Finance, Roles.PlatformAdmin, Roles.TenantAdmin));
        AddSettings(services);
        AddNavigation(services);
        AddSchedules(services);
        return services;
    }

    /// <summary>The module's options, checked at start: a wrong value stops the start with its key.</summary>
    private static void AddSettings(IServiceCollection services)
    {
        services.AddOptions<BillingOptions>().BindConfiguration(BillingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Forecast.ForecastOptions>().BindConfiguration(Forecast.ForecastOptions.Section)
            .Validate(o => o.Valid, $"{Forecast.ForecastOptions.Section}:InvoiceExpectedOn must be a day as MM-dd, e.g. 01-15.").ValidateOnStart();
        services.AddOptions<Dunning.DunningOptions>().BindConfiguration(Dunning.DunningOptions.Section)
            .Validate(o => o.FriendlyNoticeDaysBeforeDue is >= 0 and <= 60, $"{Dunning.DunningOptions.Section}:FriendlyNoticeDaysBeforeDue must be 0 (off) to 60.")
            .ValidateOnStart();
        services.AddOptions<BankStatementOptions>().BindConfiguration(BankStatementOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ReminderOptions>>().Value.ToPolicy());
    }

    /// <summary>Billing's menu entries per role.</summary>
    private static void AddNavigation(IServiceCollection services)
    {
        services.AddSingleton(new NavigationItem("/facturen/prijslijst", "Prijslijst", 218, Roles.Finance, Roles.PlatformAdmin));
        services.AddSingleton(new NavigationItem("/facturen", "Facturen", 200, Roles.Finance, Roles.PlatformAdmin));
        services.AddSingleton(new NavigationItem("/facturen/betalingen", "Betalingen", 210, Roles.Finance, Roles.PlatformAdmin));
        services.AddSingleton(new NavigationItem("/mijn-facturen", "Facturen", 200, Roles.TenantAdmin));
        services.AddSingleton(new NavigationItem("/facturen/herinneringen", "Herinneringen", 215, Roles.Finance));
        services.AddSingleton(new NavigationItem("/facturen/prijsramingen", "Prijsramingen", 220, Roles.Finance));
    }

    /// <summary>Billing's recurring jobs (times in Brussels time; listed in the README).</summary>
    private static void AddSchedules(IServiceCollection services)
    {
        // Daily at 06:00 Brussels time: prepares the drafts that became due (including missed years).
        services.AddRecurringJob<DailyInvoiceRunJob>(DailyInvoiceRunJob.Id, job => job.RunAsync(CancellationToken.None), "0 6 * * *");
        // Daily at 08:00 Brussels time: reminders for overdue invoices, each step once.
        services.AddRecurringJob<PaymentReminders>(PaymentReminders.JobId, job => job.RunAsync(CancellationToken.None), "0 8 * * *");
        // Daily at 08:00 Brussels time: the friendly notice before the due date, when Billing:Dunning:FriendlyNoticeDaysBeforeDue is set.
        services.AddRecurringJob<Dunning.FriendlyNotices>(Dunning.FriendlyNotices.JobId, job => job.RunAsync(CancellationToken.None), "0 8 * * *");
        // Each September (Billing:Forecast:Cron; empty = only from the page): next year's fee forecasts, once per tenant.
        services.AddRecurringJob<Forecast.FeeForecasts>(Forecast.FeeForecasts.JobId, job => job.RunAsync(CancellationToken.None),
            sp => sp.GetRequiredService<IOptions<Forecast.ForecastOptions>>().Value.Cron);
        // Every minute: invoice and credit-note mails still queued (issuing also asks for an immediate run).
        services.AddRecurringJob<InvoiceMailer>(InvoiceMailer.JobId, job => job.SendPendingAsync(CancellationToken.None), "* * * * *");
        // Every five minutes, when a drop folder is configured: statements the bank or finance put there.
        services.AddRecurringJob<BankStatementDropFolder>(BankStatementDropFolder.JobId, job => job.RunAsync(CancellationToken.None),
            sp => sp.GetRequiredService<IOptions<BankStatementOptions>>().Value.Path is { Length: > 0 } ? "*/5 * * * *" : null);
    }

    /// <summary>Stripe is optional: without <c>Billing:Stripe:Enabled</c> no client exists and nothing offers online payment.</summary>
    private static void AddStripe(IServiceCollection services)
    {
        services.AddOptions<StripeOptions>().BindConfiguration(StripeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<StripePayments>();
        // Resolved only when Stripe is on (StripePayments asks first); the key comes from the validated options.
        services.AddHttpClient("stripe");
        services.AddSingleton<global::Stripe.IStripeClient>(sp => new global::Stripe.StripeClient(sp.GetRequiredService<IOptions<StripeOptions>>().Value.SecretKey,
            httpClient: new global::Stripe.SystemNetHttpClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient("stripe"))));
        services.AddScoped<StripeCheckout>();
        // "Online betalen" posts to us and is redirected to Stripe's hosted checkout page (only when Stripe is on).
        services.AddSingleton(sp => new FormActionOrigin(sp.GetRequiredService<IOptions<StripeOptions>>().Value.Enabled ? "https://checkout.stripe.com" : ""));
    }

    public static IEndpointRouteBuilder MapBilling(this IEndpointRouteBuilder endpoints)
    {
        var billing = endpoints.MapGroup("/api/billing").WithTags("Billing");
        billing.MapTenantBillingApi();
        billing.MapRunsApi();
        billing.MapInvoicesApi();
        billing.MapExportApi();
        billing.MapPriceListApi();
        billing.MapEInvoiceApi();
        billing.MapPaymentsApi();
        billing.MapSendingApi();
        billing.MapDunningApi();
        return endpoints;
    }
}
