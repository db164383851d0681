using Microsoft.Extensions.Options;
using Platform.Kernel.Mail;

namespace Platform.Mail;

internal static class MailSetup
{
    public static IServiceCollection AddPlatformMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.Smtp.Port is > 0 and <= 65535, "Mail:Smtp:Port must be 1 to 65535.").ValidateOnStart();
        // No SMTP host: mails are written as .eml files to the pickup folder.
        services.AddSingleton<IMailSender>(sp => string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<MailOptions>>().Value.Smtp.Host)
            ? ActivatorUtilities.CreateInstance<PickupFolderMailSender>(sp)
            : ActivatorUtilities.CreateInstance<SmtpMailSender>(sp));
        return services;
    }
}
