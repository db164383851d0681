namespace Billing.Issuing;

internal enum IssueOutcome { Done, NotFound, Conflict, Invalid }

/// <summary>The result of issuing an invoice or credit note; <see cref="Errors"/> are Dutch messages per field.</summary>
internal sealed record IssueResult(IssueOutcome Outcome, Guid? Id = null, string? Number = null, string? Problem = null,
    IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static IssueResult NotFound { get; } = new(IssueOutcome.NotFound, Problem: "Deze factuur bestaat niet.");

    public static IssueResult Conflict(string problem) => new(IssueOutcome.Conflict, Problem: problem);
}
