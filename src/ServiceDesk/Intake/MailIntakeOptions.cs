using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace ServiceDesk.Intake;

/// <summary>Configuration section <c>ServiceDesk:Intake</c>: the service team's mailbox read over IMAP. No host: no intake.</summary>
internal sealed class MailIntakeOptions : IValidatableObject
{
    public const string Section = "ServiceDesk:Intake";

    public string? Host { get; set; }

    public int Port { get; set; } = 993;

    /// <summary>MailKit's <see cref="SecureSocketOptions"/>: <c>SslOnConnect</c> (993), <c>StartTls</c> (143), <c>None</c> (tests on loopback only).</summary>
    public SecureSocketOptions Tls { get; set; } = SecureSocketOptions.SslOnConnect;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string Folder { get; set; } = "INBOX";

    /// <summary>Where an imported (or ignored, or reviewed) mail is moved after its import was committed; created when missing.</summary>
    public string ProcessedFolder { get; set; } = "Verwerkt";

    /// <summary>When the mailbox is polled (cron, Brussels time).</summary>
    public string Cron { get; set; } = "* * * * *";

    /// <summary>Larger mails are not imported: they go to the review list with their headers only.</summary>
    public long MaxMessageBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>At most this many mails per run; the rest waits for the next run.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>The priority a mailed incident has until an agent sets urgency and impact (a priority change recomputes
    /// both targets from the received time, so nothing is hidden).</summary>
    public Priority ProvisionalPriority { get; set; } = Priority.P3;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    /// <summary>The claim key's mailbox part: the same for every node reading the same folder.</summary>
    public string MailboxKey => $"{UserName}@{Host}:{Port}/{Folder}".ToLowerInvariant();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled) yield break;
        if (Port is < 1 or > 65535) yield return new ValidationResult($"{Section}:{nameof(Port)} must be 1..65535.", [nameof(Port)]);
        if (string.IsNullOrWhiteSpace(UserName)) yield return new ValidationResult($"{Section}:{nameof(UserName)} is required with a host.", [nameof(UserName)]);
        if (string.IsNullOrWhiteSpace(Folder) || string.IsNullOrWhiteSpace(ProcessedFolder) || Folder == ProcessedFolder)
            yield return new ValidationResult($"{Section}: {nameof(Folder)} and {nameof(ProcessedFolder)} are required and differ.", [nameof(ProcessedFolder)]);
        if (string.IsNullOrWhiteSpace(Cron)) yield return new ValidationResult($"{Section}:{nameof(Cron)} is required.", [nameof(Cron)]);
        if (MaxMessageBytes < 1024) yield return new ValidationResult($"{Section}:{nameof(MaxMessageBytes)} is at least 1024.", [nameof(MaxMessageBytes)]);
        if (!Enum.IsDefined(ProvisionalPriority)) yield return new ValidationResult($"{Section}:{nameof(ProvisionalPriority)} is P1..P4.", [nameof(ProvisionalPriority)]);
        if (BatchSize < 1) yield return new ValidationResult($"{Section}:{nameof(BatchSize)} is at least 1.", [nameof(BatchSize)]);
    }
}
