using System.ComponentModel.DataAnnotations;
using MimeKit;

namespace ServiceDesk.Mails;

/// <summary>Configuration section <c>ServiceDesk:Mail</c>: where the desk's own alerts and warnings go.</summary>
internal sealed class DeskMailOptions : IValidatableObject
{
    public const string Section = "ServiceDesk:Mail";

    /// <summary>The service team's mailbox: new-incident alerts and the warnings of unassigned incidents. Empty: not sent.</summary>
    public string? DeskAddress { get; set; }

    /// <summary>The desk lead: an escalation when a target is breached. Empty: no escalation.</summary>
    public string? LeadAddress { get; set; }

    /// <summary>Priorities whose new incidents are alerted at once; the others go into the digest.</summary>
    public string ImmediateAlertPriorities { get; set; } = "P1,P2";

    /// <summary>When the digest of the other new incidents goes out (cron, Brussels time).</summary>
    public string DigestCron { get; set; } = "0 9 * * 1-5";

    public bool AlertsImmediately(Priority priority) =>
        ImmediateAlertPriorities.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Contains(priority.ToString(), StringComparer.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[] { (nameof(DeskAddress), DeskAddress), (nameof(LeadAddress), LeadAddress) })
            if (!string.IsNullOrWhiteSpace(value) && !MailboxAddress.TryParse(value, out _))
                yield return new ValidationResult($"{Section}:{name} is not an e-mail address.", [name]);
        foreach (var p in ImmediateAlertPriorities.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            if (!Enum.TryParse<Priority>(p, true, out _) || !p.StartsWith('P'))
                yield return new ValidationResult($"{Section}:{nameof(ImmediateAlertPriorities)}: '{p}' is no priority (P1..P4).", [nameof(ImmediateAlertPriorities)]);
        if (string.IsNullOrWhiteSpace(DigestCron))
            yield return new ValidationResult($"{Section}:{nameof(DigestCron)} is required.", [nameof(DigestCron)]);
    }
}
