using System.Text.Json;
using Billing.Payments;
using Billing.BankStatements;
using Billing.Web;

namespace Billing.Payments;

/// <summary>Enum values as the API spells them: camelCase, like the invoice statuses.</summary>
internal static class ApiNames
{
    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}

internal sealed record BankImportSummaryResponse(Guid Id, string FileName, string StatementIds, DateTimeOffset ImportedAt, Guid? ImportedBy,
    int Entries, int Matched, int ToReview, int Skipped, decimal MatchedTotal)
{
    public static BankImportSummaryResponse From(BankImport i) =>
        new(i.Id, i.FileName, i.StatementIds, i.ImportedAt, i.ImportedBy, i.Entries, i.Matched, i.ToReview, i.Skipped, Euro.Of(i.MatchedTotal));
}

/// <param name="Outcome">paid, partiallyPaid or overpaid; <paramref name="Overpayment"/> is what finance refunds or settles.</param>
internal sealed record ImportedPaymentResponse(Guid InvoiceId, string InvoiceNumber, string Customer, decimal Amount, string Outcome,
    decimal Overpayment, string LinkedBy)
{
    public static ImportedPaymentResponse From(ImportedPayment p) =>
        new(p.InvoiceId, p.InvoiceNumber, p.CustomerName, Euro.Of(p.Amount), ApiNames.Of(p.Outcome), Euro.Of(p.Overpayment), ApiNames.Of(p.LinkedBy));
}

internal sealed record SkippedEntryResponse(string BankReference, string Reason, string ReasonText)
{
    public static SkippedEntryResponse From(SkippedEntry s) => new(s.BankReference, ApiNames.Of(s.Reason), s.Reason switch
    {
        SkipReason.AlreadyImported => "Al eerder ingelezen.",
        SkipReason.NotBooked => "Nog niet geboekt door de bank.",
        _ => "Uitgaande betaling.",
    });
}

internal sealed record ReviewEntryResponse(Guid Id, Guid ImportId, string BankReference, string TransactionReference, decimal Amount, string Currency,
    DateOnly? BookingDate, string? PayerName, string? PayerIban, string? StructuredReference, string? FreeText, string Reason, string Explanation,
    string State, bool CanBeMatched, DateTimeOffset? ResolvedAt, Guid? ResolvedBy, string? ResolutionNote, Guid? InvoiceId, Guid? PaymentId)
{
    public static ReviewEntryResponse From(ReviewEntry r) => new(r.Id, r.ImportId, r.BankReference, r.TransactionReference, r.Amount, r.Currency,
        r.BookingDate, r.PayerName, r.PayerIban, r.StructuredReference, r.FreeText, ApiNames.Of(r.Reason), r.Explanation,
        ApiNames.Of(r.State), r.CanBeMatched, r.ResolvedAt, r.ResolvedBy, r.ResolutionNote, r.InvoiceId, r.PaymentId);
}

/// <summary>What one upload did: the payments booked, the entries left for review and the entries skipped.</summary>
internal sealed record BankImportResponse(BankImportSummaryResponse Import, IReadOnlyList<ImportedPaymentResponse> Matched,
    IReadOnlyList<ReviewEntryResponse> Review, IReadOnlyList<SkippedEntryResponse> Skipped)
{
    public static BankImportResponse From(ImportedStatement r) => new(BankImportSummaryResponse.From(r.Import),
        r.Payments.Select(ImportedPaymentResponse.From).ToList(), r.Review.Select(ReviewEntryResponse.From).ToList(),
        r.Skipped.Select(SkippedEntryResponse.From).ToList());
}

/// <param name="Invoice">The invoice number (<c>2026-000012</c>) or its structured communication.</param>
internal sealed record MatchRequest(string? Invoice, string? Note);

internal sealed record DismissRequest(string? Reason);

internal sealed record MatchResponse(ReviewEntryResponse Entry, ImportedPaymentResponse Payment);

internal sealed record PaymentResponse(Guid Id, decimal Amount, DateOnly ReceivedOn, string Source, string LinkedBy, string Reference,
    string? TransactionReference, string? PayerName, string? PayerIban, decimal Overpayment, Guid? ImportId, DateTimeOffset RecordedAt)
{
    public static PaymentResponse From(Payment p) => new(p.Id, Euro.Of(p.Amount), p.ReceivedOn, ApiNames.Of(p.Source), ApiNames.Of(p.LinkedBy),
        p.Reference, p.TransactionReference, p.PayerName, p.PayerIban, Euro.Of(p.Overpayment), p.ImportId, p.RecordedAt);
}

internal sealed record InvoicePaymentsResponse(Guid InvoiceId, string? Number, string Status, string StatusText, decimal Amount,
    decimal CreditedAmount, decimal PaidAmount, decimal Outstanding, decimal Overpaid, DateOnly? PaidOn, IReadOnlyList<PaymentResponse> Payments);

internal sealed record AgeingLineResponse(string Bucket, string Label, int Count, decimal Total);

internal sealed record AgeingInvoiceResponse(Guid Id, Guid TenantId, string Customer, string Number, DateOnly InvoiceDate, DateOnly DueDate,
    decimal Amount, decimal Outstanding, int DaysOverdue, string Bucket, string Status)
{
    public static AgeingInvoiceResponse From(Invoice i, DateOnly today)
    {
        var state = i.PaymentOn(today);
        return new(i.Id, i.TenantId, i.CustomerName, i.Number!, i.InvoiceDate!.Value, i.DueDate!.Value, Euro.Of(i.Amount), Euro.Of(state.Outstanding),
            state.DaysOverdue, ApiNames.Of(Ageing.BucketOf(i.DueDate!.Value, today)), i.DisplayStatusOn(today).ApiName());
    }
}

/// <param name="OverdueTotal">Everything past its due date (all buckets but notDue).</param>
internal sealed record AgeingResponse(DateOnly Today, IReadOnlyList<AgeingLineResponse> Lines, decimal OverdueTotal, decimal Total,
    IReadOnlyList<AgeingInvoiceResponse> Invoices);

internal sealed record RemindersResponse(int Sent, int WithoutRecipient);

internal sealed record CheckoutResponse(string Url, decimal Amount, DateTimeOffset? ExpiresAt);

internal sealed record WebhookResponse(string Outcome);
