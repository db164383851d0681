using MimeKit;

namespace Platform.Tests.Infrastructure;

/// <summary>Reads the e-mails a test app wrote to its pickup folder.</summary>
public static class Mailbox
{
    public static IReadOnlyList<MimeMessage> To(PlatformApp app, string recipient) =>
        !Directory.Exists(app.MailFolder)
            ? []
            : Directory.GetFiles(app.MailFolder, "*.eml").Order()
                .Select(f => MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, recipient, StringComparison.OrdinalIgnoreCase)))
                .ToList();
}
