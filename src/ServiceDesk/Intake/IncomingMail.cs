using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using ServiceDesk.Mails;

namespace ServiceDesk.Intake;

/// <summary>What the intake reads from one mail: the sender, plain text only (HTML converted, never kept), the attachments
/// that pass <see cref="AttachmentRules"/> and the threading headers. Pure: no database, no clock.</summary>
internal sealed partial record IncomingMail(
    string? FromAddress, string? FromName, string Subject, string Text, IReadOnlyList<IncomingMail.File> Attachments,
    IReadOnlyList<string> Remarks, IReadOnlyList<string> ThreadIds, string? IgnoreReason)
{
    public sealed record File(string FileName, string ContentType, byte[] Content);

    public const int MaxText = 10_000;
    public const int MaxSubject = 200;

    public static IncomingMail Read(MimeMessage message)
    {
        var from = message.From.Mailboxes.FirstOrDefault();
        var address = from?.Address is { Length: > 0 and <= 254 } a && Platform.Kernel.Text.EmailAddresses.IsValid(a) ? a.Trim() : null;
        var remarks = new List<string>();
        var subject = Clean(message.Subject);
        if (subject.Length == 0) subject = "(geen onderwerp)";
        if (subject.Length > MaxSubject) subject = Cut(subject, MaxSubject);

        var text = BodyText(message);
        if (text.Length > MaxText)
        {
            text = Cut(text, MaxText);
            remarks.Add($"De tekst is ingekort tot {MaxText:N0} tekens.");
        }
        if (text.Length == 0) text = "(geen tekst)";

        var files = new List<File>();
        foreach (var part in message.Attachments.OfType<MimePart>())
        {
            var name = part.FileName ?? "bijlage";
            byte[] content;
            try
            {
                using var stream = new MemoryStream();
                part.Content?.DecodeTo(stream);
                content = stream.ToArray();
            }
            catch (Exception e) when (e is FormatException or ParseException or InvalidOperationException)
            {
                remarks.Add($"Bijlage {AttachmentRules.SafeName(name)} kon niet gelezen worden.");
                continue;
            }
            var (type, error) = AttachmentRules.Check(name, content);
            if (error is not null) remarks.Add("Bijlage geweigerd: " + error);
            else if (files.Count >= AttachmentRules.MaxPerIncident) remarks.Add($"Bijlage {AttachmentRules.SafeName(name)} niet overgenomen: hoogstens {AttachmentRules.MaxPerIncident} bijlagen.");
            else files.Add(new File(AttachmentRules.SafeName(name), type!, content));
        }

        var threadIds = new List<string>();
        if (message.InReplyTo is { Length: > 0 } inReplyTo) threadIds.Add("<" + inReplyTo.Trim('<', '>') + ">");
        threadIds.AddRange(message.References.Select(r => "<" + r.Trim('<', '>') + ">"));
        return new IncomingMail(address, from?.Name is { Length: > 0 } n ? Cut(Clean(n), 200) : null,
            subject, text, files, remarks, threadIds.Distinct().ToList(), IgnoreReasonOf(message, address));
    }

    /// <summary>Auto-replies, bounces and loops (RFC 3834, common practice): never imported, only logged.</summary>
    internal static string? IgnoreReasonOf(MimeMessage message, string? address)
    {
        var autoSubmitted = message.Headers["Auto-Submitted"]?.Trim();
        if (autoSubmitted is { Length: > 0 } && !autoSubmitted.StartsWith("no", StringComparison.OrdinalIgnoreCase)) return "Auto-Submitted: " + autoSubmitted;
        var precedence = message.Headers["Precedence"]?.Trim().ToLowerInvariant();
        if (precedence is "bulk" or "junk" or "list" or "auto_reply") return "Precedence: " + precedence;
        if (message.Headers.Contains("X-Auto-Response-Suppress")) return "X-Auto-Response-Suppress";
        if (IncidentMails.IsOurs(message.MessageId)) return "loop: our own Message-ID";
        if (message.Body is MultipartReport) return "delivery report (bounce)";
        if (address is null || address.StartsWith("mailer-daemon@", StringComparison.OrdinalIgnoreCase) || address.StartsWith("postmaster@", StringComparison.OrdinalIgnoreCase))
            return "no sender or a mail system sender (bounce)";
        return null;
    }

    /// <summary>The new part of a reply: the text above the quoted mail (lines starting with "&gt;" or "Op ... schreef ...:").</summary>
    public string ReplyText
    {
        get
        {
            var kept = new List<string>();
            foreach (var line in Text.Split('\n'))
            {
                if (line.TrimStart().StartsWith('>') || QuoteHeader().IsMatch(line.Trim())) break;
                kept.Add(line);
            }
            var reply = string.Join('\n', kept).Trim();
            return reply.Length == 0 ? Text : reply;
        }
    }

    /// <summary>The incident number in the subject (<c>[MBP-2026-00042]</c> or bare), if any.</summary>
    public string? NumberInSubject => NumberPattern().Match(Subject) is { Success: true } m ? m.Value.ToUpperInvariant() : null;

    private static string BodyText(MimeMessage message)
    {
        if (message.TextBody is { } plain) return Clean(plain, multiline: true);
        if (message.HtmlBody is { } html)
        {
            return Clean(HtmlText.Convert(html), multiline: true);
        }
        return "";
    }

    /// <summary>No control or bidi characters (kernel text rule), normalised line ends.</summary>
    private static string Clean(string? value, bool multiline = false)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var sb = new StringBuilder(value.Length);
        var text = value.Replace("\r\n", "\n").Replace('\r', '\n');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[++i]); continue; }
            if (c == '\n' && multiline) sb.Append(c);
            else if (c == '\t' || c == '\n') sb.Append(multiline ? '\t' : ' ');
            else if (char.IsControl(c) || char.IsSurrogate(c) || Platform.Kernel.Text.TextRule.IsBidiControl(c) || c == '\uFEFF') continue;
            else sb.Append(c);
        }
        return sb.ToString().Trim();
    }

    private static string Cut(string s, int max) =>
        s.Length <= max ? s : s[..(char.IsHighSurrogate(s[max - 1]) ? max - 1 : max)];

    [GeneratedRegex(@"^(Op|On) .*(schreef|wrote).*:$", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteHeader();

    [GeneratedRegex(@"MBP-\d{4}-\d{5,}", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();
}
