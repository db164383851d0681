using Platform.Kernel.Mail;

namespace Platform.Mail;

internal static class MailSetup
{
    public static IServiceCollection AddPlatformMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection("Mail"));
        if (string.IsNullOrWhiteSpace(configuration["Mail:Smtp:Host"]))
            services.AddSingleton<IMailSender, PickupFolderMailSender>();
        else
            services.AddSingleton<IMailSender, SmtpMailSender>();
        return services;
    }
}
