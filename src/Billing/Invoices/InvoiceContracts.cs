using Billing.Domain;
using Billing.Runs;
using Billing.Web;

namespace Billing.Invoices;

internal sealed record InvoicePreviewResponse(
    bool Due, string? Reason, string? ReasonCode, int Year, int? Inhabitants, int? Tier, string? TierName,
    decimal AnnualFee, int Months, decimal Amount, string Explanation)
{
    public static InvoicePreviewResponse From(FeeCalculation fee) => new(
        fee.Due, fee.ReasonText, fee.Due ? null : JsonNamingPolicyName(fee.Reason), fee.Year, fee.Inhabitants, fee.Tier?.Number, fee.Tier?.Name,
        Euro.Of(fee.AnnualFee), fee.Months, Euro.Of(fee.Amount), fee.Explanation);

    private static string JsonNamingPolicyName(NotDueReason reason) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(reason.ToString());
}

/// <param name="Outstanding">What is still to be paid (issued invoices; 0 otherwise).</param>
/// <param name="Overpaid">Received beyond what is owed: finance refunds or settles it.</param>
/// <param name="BuyerReference">The tenant's reference (Peppol BT-10), fixed at issue or at the first e-invoice.</param>
internal sealed record InvoiceResponse(
    Guid Id, Guid TenantId, string TenantName, int Year, string Status, string StatusText,
    string? Number, DateOnly? InvoiceDate, DateOnly? DueDate, string? StructuredCommunication,
    int Inhabitants, int Tier, string TierName, decimal AnnualFee, int Months, decimal Amount, decimal CreditedAmount,
    DateOnly PeriodStart, DateOnly PeriodEnd, string Explanation, string? OutsideReference, string? PdfUrl,
    decimal PaidAmount, decimal Outstanding, decimal Overpaid, DateOnly? PaidOn, string? BuyerReference, string? UblUrl,
    string? OrderReference = null)
{
    public static InvoiceResponse From(Invoice i, DateOnly today)
    {
        var issued = i.Status == InvoiceStatus.Issued;
        var payment = issued ? i.PaymentOn(today) : null;
        return new(
            i.Id, i.TenantId, i.CustomerName, i.Year, i.DisplayStatusOn(today).ApiName(), i.DisplayStatusOn(today).ToDutch(),
            i.Number, i.InvoiceDate, i.DueDate, i.Ogm?.ToString(),
            i.Inhabitants, i.TierNumber, i.TierName, Euro.Of(i.AnnualFee), i.Months, Euro.Of(i.Amount), Euro.Of(i.CreditedAmount),
            i.PeriodStart, i.PeriodEnd, i.Explanation, i.OutsideReference,
            issued ? $"/api/billing/invoices/{i.Id}/pdf" : null,
            Euro.Of(i.PaidAmount), Euro.Of(payment?.Outstanding ?? 0m), Euro.Of(payment?.Overpaid ?? 0m), i.PaidOn, i.BuyerReference,
            issued ? $"/api/billing/invoices/{i.Id}/ubl" : null, i.OrderReference);
    }
}

internal sealed record InvoiceListResponse(int? Year, string YearBasis, string? Status, int Count, decimal Total, IReadOnlyList<InvoiceResponse> Items);

internal sealed record CreditNoteResponse(Guid Id, Guid InvoiceId, string Number, DateOnly Date, decimal Amount, string Reason,
    string InvoiceNumber, DateOnly InvoiceDate, string PdfUrl)
{
    public string UblUrl => $"/api/billing/credit-notes/{Id}/ubl";
}

/// <param name="IssueAnyway">Issue also drafts that lack what Peppol requires (buyer reference); otherwise they are reported and nothing is issued.</param>
internal sealed record BulkIssueRequest(IReadOnlyList<Guid>? Ids, int? Year, bool IssueAnyway = false);

internal sealed record IssuedResponse(Guid Id, string? Number, string? Problem);

internal sealed record BulkIssueResponse(int Issued, int Failed, IReadOnlyList<IssuedResponse> Results);

internal sealed record CreditNoteRequest(decimal? Amount, string? Reason);

internal sealed record RecordOutsideRequest(string? Reference);
