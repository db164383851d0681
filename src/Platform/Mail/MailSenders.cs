using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Platform.Kernel.Mail;

namespace Platform.Mail;

internal static class MimeMessages
{
    public static MimeMessage Build(OutgoingMail mail, string from)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        foreach (var (name, value) in mail.Headers ?? new Dictionary<string, string>())
            message.Headers[name] = value; // replaces a default (Message-ID), adds the rest
        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        foreach (var a in mail.Attachments ?? [])
            body.Attachments.Add(a.FileName, a.Content, ContentType.Parse(a.ContentType));
        message.Body = body.ToMessageBody();
        return message;
    }
}

/// <summary>Real delivery over SMTP.</summary>
internal sealed class SmtpMailSender(IOptions<MailOptions> options, ILogger<SmtpMailSender> logger) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var message = MimeMessages.Build(mail, o.From);
        using var client = new SmtpClient();
        await client.ConnectAsync(o.Smtp.Host!, o.Smtp.Port, o.Smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(o.Smtp.UserName))
            await client.AuthenticateAsync(o.Smtp.UserName, o.Smtp.Password ?? "", cancellationToken);
        try
        {
            await client.SendAsync(message, cancellationToken);
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500)
        {
            // A permanent refusal (unknown mailbox, rejected message) is a bounce, not a reason to retry.
            throw new MailRefusedException($"The mail server refused the message ({(int)e.StatusCode}, {e.ErrorCode}).", e);
        }
        await client.DisconnectAsync(true, cancellationToken);
        logger.LogInformation("Mail {MessageId} sent over SMTP", message.MessageId);
    }
}

/// <summary>The embedded default: every message becomes an .eml file that any mail client opens.</summary>
internal sealed class PickupFolderMailSender(IOptions<MailOptions> options, IHostEnvironment environment, ILogger<PickupFolderMailSender> logger) : IMailSender
{
    public string Folder => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.PickupFolder));

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var message = MimeMessages.Build(mail, options.Value.From);
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(file, cancellationToken);
        logger.LogInformation("Mail {MessageId} written to the pickup folder", message.MessageId);
    }
}
