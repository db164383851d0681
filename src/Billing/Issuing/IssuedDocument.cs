namespace Billing.Issuing;

/// <summary>What issuing made: the invoice or credit note's id and its definitive number. The value inside the
/// <see cref="Outcome{T}"/> the issuers answer.</summary>
internal sealed record IssuedDocument(Guid Id, string Number);

internal static class IssueReasons
{
    /// <summary>The Dutch reason a draft in a bulk issue was not issued (one line per draft on the page and the API).</summary>
    public static string Reason(this Outcome<IssuedDocument> outcome) =>
        outcome.NotFound ? "Deze factuur bestaat niet."
        : outcome.Conflict ?? outcome.Forbidden ?? outcome.Errors?.Values.SelectMany(v => v).FirstOrDefault() ?? "Onbekende fout.";
}
