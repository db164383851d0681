using Billing.Domain;

namespace Billing.EInvoicing;

/// <summary>The input cannot become a valid Peppol document; the messages are Dutch, per field.</summary>
internal sealed class EInvoiceException(IReadOnlyList<RuleViolation> violations)
    : Exception(string.Join(" ", violations.Select(v => v.Message)))
{
    public IReadOnlyList<RuleViolation> Violations { get; } = violations;
}
