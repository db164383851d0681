using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Kernel.Jobs;
using Platform.Kernel.Security;
using Platform.Kernel.Web;

namespace ServiceDesk.Intake;

/// <summary>The e-mail intake, the review list of unknown senders, and the reporter's reopen/confirm (issue 16, points 2 and 4).</summary>
internal static class MailIntakeModule
{
    public static IServiceCollection AddMailIntake(this IServiceCollection services)
    {
        services.AddOptions<MailIntakeOptions>().BindConfiguration(MailIntakeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReopenOptions>().BindConfiguration(ReopenOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<Reopening>();
        services.AddScoped<MailIncidents>();
        services.AddScoped<MailImporter>();
        services.AddScoped<MailIntakeJob>();
        services.AddScoped<ReviewMails>();
        // The intake's poll (ServiceDesk:Intake:Cron) when a mailbox is configured.
        services.AddRecurringJob<MailIntakeJob>(MailIntakeJob.JobId, j => j.RunAsync(CancellationToken.None),
            sp => sp.GetRequiredService<IOptions<MailIntakeOptions>>().Value is { Enabled: true } o ? o.Cron : null);
        services.AddSingleton(new NavigationItem("/servicedesk/onbekende-afzenders", "Onbekende afzender", 305, Roles.Agent, Roles.PlatformAdmin));
        return services;
    }

    public static IEndpointRouteBuilder MapMailIntakeApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapReopenApi();
        endpoints.MapReviewMailsApi();
        return endpoints;
    }
}
