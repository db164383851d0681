using Hangfire;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Platform.Kernel.Jobs;

namespace ServiceDesk.Intake;

/// <summary>
/// Polls the service team's mailbox over IMAP. Each mail is claimed by (mailbox, UIDVALIDITY, UID) and imported in one
/// transaction (<see cref="MailImporter"/>), and only after that commit moved to the processed folder. When the database or
/// the mail server is unavailable the run stops and the mail stays in the inbox for the next run; a mail that was imported
/// but not moved is found claimed next time and only moved. Several nodes may run this at once (ADR 0008).
/// </summary>
internal sealed class MailIntakeJob(IServiceScopeFactory scopes, IOptions<MailIntakeOptions> options, TimeProvider clock, ILogger<MailIntakeJob> logger)
{
    public const string JobId = "servicedesk-mail-intake";

    /// <summary>A claimed mail still in the inbox after this long was left by an importer that stopped before moving it.</summary>
    internal static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(2);

    public sealed record Run(int Imported, int Moved, string? Error);

    [DisableConcurrentExecution(300)]
    public async Task<Run> RunAsync(CancellationToken ct)
    {
        var o = options.Value;
        if (!o.Enabled) return new Run(0, 0, null);
        using var client = new ImapClient { Timeout = 30_000 };
        IMailFolder inbox, processed;
        try
        {
            await client.ConnectAsync(o.Host!, o.Port, o.Tls, ct);
            await client.AuthenticateAsync(o.UserName!, o.Password ?? "", ct);
            inbox = string.Equals(o.Folder, "INBOX", StringComparison.OrdinalIgnoreCase) ? client.Inbox : await client.GetFolderAsync(o.Folder, ct);
            await inbox.OpenAsync(FolderAccess.ReadWrite, ct);
            processed = await ProcessedFolderAsync(client, o.ProcessedFolder, ct);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or ImapProtocolException or ImapCommandException
                                   or MailKit.Security.AuthenticationException or FolderNotFoundException or ServiceNotConnectedException or TimeoutException)
        {
            logger.LogWarning("Mail intake: the mailbox is unavailable ({Error}); mails stay in the inbox for the next run", e.GetType().Name);
            return new Run(0, 0, "mailbox unavailable: " + e.GetType().Name);
        }

        var imported = 0;
        var moved = 0;
        try
        {
            var uids = (await inbox.SearchAsync(SearchQuery.NotDeleted, ct)).Take(o.BatchSize).ToList();
            if (uids.Count == 0) return new Run(0, 0, null);
            var summaries = await inbox.FetchAsync(uids,
                MessageSummaryItems.UniqueId | MessageSummaryItems.Size | MessageSummaryItems.InternalDate | MessageSummaryItems.Envelope, ct);
            foreach (var s in summaries.OrderBy(s => s.UniqueId.Id))
            {
                var claim = new MailImporter.Claim(o.MailboxKey, inbox.UidValidity, s.UniqueId.Id);
                var receivedAt = s.InternalDate ?? clock.GetUtcNow();
                MailImporter.Handled? result;
                await using (var scope = scopes.CreateAsyncScope())
                    result = await ImportOneAsync(scope.ServiceProvider.GetRequiredService<MailImporter>(), inbox, s, claim, receivedAt, o, ct);
                if (result is null) continue; // gone: another node imported and moved it meanwhile
                if (!result.AlreadyClaimed) imported++;
                else if (result.ClaimedAt > clock.GetUtcNow() - StaleClaim) continue; // the node that claimed it moves it
                // Only after the commit: a crash before this line leaves a claimed mail, moved by a later run.
                if (await MoveAsync(inbox, s.UniqueId, processed, ct)) moved++;
            }
            return new Run(imported, moved, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Mail intake stopped after {Imported} mail(s); the rest stays in the inbox for the next run", imported);
            return new Run(imported, moved, e.GetType().Name);
        }
        finally
        {
            if (client.IsConnected)
            {
                try { await client.DisconnectAsync(true, CancellationToken.None); } catch (Exception e) when (e is IOException or ImapProtocolException) { }
            }
        }
    }

    private static async Task<MailImporter.Handled?> ImportOneAsync(
        MailImporter importer, IMailFolder inbox, IMessageSummary s, MailImporter.Claim claim, DateTimeOffset receivedAt, MailIntakeOptions o, CancellationToken ct)
    {
        if (await importer.ClaimedAsync(claim, ct) is { } earlier) return earlier;
        if (s.Size is { } size && size > o.MaxMessageBytes)
            return await importer.ReviewAsync(claim, FromEnvelope(s, receivedAt, ReviewReason.TooLarge,
                $"De e-mail is {size / 1024 / 1024.0:0.0} MB groot, meer dan de grens van {o.MaxMessageBytes / 1024 / 1024.0:0.0} MB; alleen afzender en onderwerp zijn overgenomen."), ct);
        MimeMessage message;
        try
        {
            message = await inbox.GetMessageAsync(s.UniqueId, ct);
        }
        catch (MessageNotFoundException)
        {
            return null;
        }
        catch (ImapCommandException)
        {
            if (!await ExistsAsync(inbox, s.UniqueId, ct)) return null;
            throw;
        }
        catch (Exception e) when (e is FormatException or ParseException)
        {
            return await importer.ReviewAsync(claim, FromEnvelope(s, receivedAt, ReviewReason.Unreadable, "De e-mail kon niet gelezen worden (ongeldige MIME)."), ct);
        }
        return await importer.ImportAsync(claim, message, receivedAt, ct);
    }

    /// <summary>Moves a mail to the processed folder; false when another node moved it first (it no longer exists here).</summary>
    private static async Task<bool> MoveAsync(IMailFolder inbox, UniqueId uid, IMailFolder processed, CancellationToken ct)
    {
        try
        {
            await inbox.MoveToAsync(uid, processed, ct);
            return true;
        }
        catch (ImapCommandException)
        {
            if (!await ExistsAsync(inbox, uid, ct)) return false;
            throw;
        }
    }

    private static async Task<bool> ExistsAsync(IMailFolder inbox, UniqueId uid, CancellationToken ct) =>
        (await inbox.SearchAsync(SearchQuery.Uids([uid]), ct)).Count > 0;

    private static ReviewMail FromEnvelope(IMessageSummary s, DateTimeOffset receivedAt, ReviewReason reason, string remark)
    {
        var from = s.Envelope?.From.Mailboxes.FirstOrDefault();
        var headers = new MimeMessage();
        if (from is not null) headers.From.Add(from);
        headers.Subject = s.Envelope?.Subject ?? "";
        headers.Body = new TextPart("plain") { Text = remark };
        var mail = IncomingMail.Read(headers);
        return MailImporter.Review(mail with { Attachments = [] }, receivedAt, reason, null);
    }

    private static async Task<IMailFolder> ProcessedFolderAsync(ImapClient client, string name, CancellationToken ct)
    {
        try
        {
            return await client.GetFolderAsync(name, ct);
        }
        catch (FolderNotFoundException)
        {
            var root = client.GetFolder(client.PersonalNamespaces[0]);
            try
            {
                return await root.CreateAsync(name, isMessageFolder: true, ct) ?? throw new FolderNotFoundException(name);
            }
            catch (ImapCommandException)
            {
                return await client.GetFolderAsync(name, ct) ?? throw new FolderNotFoundException(name); // another node created it just now
            }
        }
    }
}
