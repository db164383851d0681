namespace Platform.Kernel.Mail;

/// <summary>Sends one e-mail. SMTP (MailKit) when <c>Mail:Smtp:Host</c> is set; otherwise the embedded default
/// writes each message as an <c>.eml</c> file to <c>Mail:PickupFolder</c>.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}

/// <param name="TextBody">Plain-text body (always sent).</param>
/// <param name="HtmlBody">Optional HTML alternative.</param>
/// <param name="Headers">Extra headers, e.g. <c>List-Unsubscribe</c>.</param>
public sealed record OutgoingMail(
    string To, string Subject, string TextBody, string? HtmlBody = null,
    IReadOnlyDictionary<string, string>? Headers = null, IReadOnlyList<MailAttachment>? Attachments = null);

public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>The receiving mail server refused the message or its recipient for good (an SMTP 5xx reply: a bounce at send
/// time). Retrying will not help; a transient failure (server down, 4xx) is any other exception.</summary>
public sealed class MailRefusedException(string message, Exception? inner = null) : Exception(message, inner);
