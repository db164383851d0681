using Billing.Domain;
using Platform.Kernel.Formatting;
using Billing.Payments;

namespace Billing.BankStatements;

/// <summary>
/// Matches booked incoming credits to open invoices by structured communication only — never by amount.
/// Pure: the caller supplies the open invoices and the bank references already imported, and stores the result.
/// </summary>
internal static class PaymentMatcher
{
    public const string Euro = "EUR";

    public static ReconciledStatement Match(IEnumerable<BankStatement> statements, IEnumerable<OpenInvoice> openInvoices, IReadOnlySet<string> importedReferences)
    {
        var outstanding = openInvoices.ToDictionary(i => i.Communication.Base, i => (i.InvoiceId, Open: i.Outstanding));
        var payments = new List<MatchedPayment>();
        var review = new List<ReviewItem>();
        var skipped = new List<SkippedEntry>();
        var imported = new List<string>();
        var seen = new HashSet<string>(importedReferences, StringComparer.Ordinal);
        foreach (var entry in statements.SelectMany(s => s.Entries))
        {
            if (!entry.IsBooked)
            {
                // Not remembered: the same entry comes back booked on a later statement.
                skipped.Add(new(entry.BankReference, SkipReason.NotBooked));
                continue;
            }
            if (!seen.Add(entry.BankReference))
            {
                skipped.Add(new(entry.BankReference, SkipReason.AlreadyImported));
                continue;
            }
            imported.Add(entry.BankReference);
            if (entry.IsReversal)
            {
                // A debit reversal takes back a payment we received; a credit reversal returns money we sent (a refund that bounced).
                review.AddRange(entry.Transactions.Select(t => entry.IsCredit
                    ? new ReviewItem(entry.BankReference, t, entry.BookingDate, ReviewReason.ReturnedOutgoingPayment,
                        $"Teruggekomen uitgaande betaling van {Dutch.Money(t.Amount)} (bv. een terugbetaling die niet aankwam): regel ze buiten het platform en wijs ze hier af met een reden.")
                    : new ReviewItem(entry.BankReference, t, entry.BookingDate, ReviewReason.Reversal,
                        $"Terugboeking van {Dutch.Money(t.Amount)}: verwerk ze op de factuur waarvan de betaling teruggeboekt werd (die staat dan weer open), of wijs ze af met een reden.")));
                continue;
            }
            if (!entry.IsCredit)
            {
                skipped.Add(new(entry.BankReference, SkipReason.Debit));
                continue;
            }
            foreach (var t in entry.Transactions)
            {
                var decision = Decide(t, outstanding);
                if (decision is ReviewDecision r)
                {
                    review.Add(new(entry.BankReference, t, entry.BookingDate, r.Reason, r.Explanation));
                    continue;
                }
                var (ogm, method) = ((InvoiceDecision)decision!).Value;
                var (invoiceId, open) = outstanding[ogm.Base];
                var applied = PaymentApplication.Apply(open, t.Amount);
                outstanding[ogm.Base] = (invoiceId, applied.OutstandingAfter);
                payments.Add(new(entry.BankReference, t, entry.BookingDate, invoiceId, method, applied.Outcome, applied.OutstandingAfter, applied.Overpayment));
            }
        }
        return new(payments, review, skipped, imported);
    }

    private abstract record Decision;

    private sealed record ReviewDecision(ReviewReason Reason, string Explanation) : Decision;

    private sealed record InvoiceDecision((StructuredCommunication Ogm, MatchMethod Method) Value) : Decision;

    private static Decision Decide(BankTransaction t, Dictionary<long, (Guid, decimal)> open)
    {
        if (t.Currency != Euro)
            return new ReviewDecision(ReviewReason.ForeignCurrency, $"Betaling in {t.Currency}, niet in euro.");
        if (t.Amount <= 0m)
            return new ReviewDecision(ReviewReason.InvalidAmount, "Transactie zonder bedrag.");
        var structured = OgmFinder.Digits(t.StructuredReference);
        if (structured is not null && StructuredCommunication.TryParse(structured, out var fromStructured))
            return open.ContainsKey(fromStructured.Base)
                ? new InvoiceDecision((fromStructured, MatchMethod.StructuredReference))
                : new ReviewDecision(ReviewReason.UnknownCommunication, $"Geen openstaande factuur met gestructureerde mededeling {fromStructured}.");

        var (valid, invalid) = OgmFinder.Find(t.FreeText);
        var known = valid.Where(o => open.ContainsKey(o.Base)).ToList();
        if (known.Count == 1)
            return new InvoiceDecision((known[0], MatchMethod.FreeText));
        if (known.Count > 1)
            return new ReviewDecision(ReviewReason.Ambiguous, $"De vrije mededeling noemt meerdere openstaande facturen: {string.Join(", ", known)}.");
        if (valid.Count > 0)
            return new ReviewDecision(ReviewReason.UnknownCommunication, $"Geen openstaande factuur met gestructureerde mededeling {string.Join(", ", valid)}.");
        if (structured is not null || invalid.Count > 0)
            return new ReviewDecision(ReviewReason.InvalidCheckDigits,
                $"De mededeling {structured ?? invalid[0]} heeft ongeldige controlecijfers; er wordt niet op bedrag gekoppeld.");
        return new ReviewDecision(ReviewReason.NoReference, t.StructuredReference is { } other
            ? $"De referentie '{other}' is geen Belgische gestructureerde mededeling."
            : "Geen gestructureerde mededeling gevonden; er wordt niet op bedrag gekoppeld.");
    }
}
