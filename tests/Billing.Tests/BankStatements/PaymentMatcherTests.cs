using Billing.Domain;
using Billing.Payments;
using static Billing.Tests.BankStatements.CamtSamples;
using Billing.BankStatements;

namespace Billing.Tests.BankStatements;

public sealed class PaymentMatcherTests
{
    private static readonly IReadOnlySet<string> Nothing = new HashSet<string>();

    private static ReconciledStatement Match(string sample, IReadOnlySet<string>? imported = null) =>
        PaymentMatcher.Match(Parse(sample), Open(), imported ?? Nothing);

    [Fact]
    public void Structured_reference_with_exact_amount_marks_the_invoice_paid()
    {
        var result = Match("single.xml");
        var payment = Assert.Single(result.Payments);
        Assert.Equal((Invoice1, MatchMethod.StructuredReference, PaymentOutcome.Paid, 0m, 0m),
            (payment.InvoiceId, payment.Method, payment.Outcome, payment.OutstandingAfter, payment.Overpayment));
        Assert.Equal("BNK-0001", payment.BankReference);
        Assert.Equal(new DateOnly(2026, 11, 20), payment.BookingDate);
        Assert.Empty(result.Review);
        Assert.Equal(["BNK-0001"], result.ImportedReferences);
    }

    [Fact]
    public void Every_transaction_of_a_batch_is_matched_structured_then_free_text()
    {
        var result = Match("batched.xml");
        Assert.Empty(result.Review);
        Assert.Equal(
            [
                (Invoice2, MatchMethod.StructuredReference, PaymentOutcome.Paid, 0m, 0m),
                (Invoice4, MatchMethod.FreeText, PaymentOutcome.PartiallyPaid, 9000.00m, 0m),
                (Invoice3, MatchMethod.FreeText, PaymentOutcome.Overpaid, 0m, 16.67m),
            ],
            result.Payments.Select(p => (p.InvoiceId, p.Method, p.Outcome, p.OutstandingAfter, p.Overpayment)));
        Assert.Equal(["BNK-0002"], result.ImportedReferences);
    }

    [Fact]
    public void Importing_the_same_file_again_changes_nothing()
    {
        var first = Match("single.xml");
        var again = Match("single.xml", first.ImportedReferences.ToHashSet());
        Assert.Empty(again.Payments);
        Assert.Empty(again.Review);
        Assert.Empty(again.ImportedReferences);
        Assert.Equal([new SkippedEntry("BNK-0001", SkipReason.AlreadyImported)], again.Skipped);
    }

    [Fact]
    public void The_same_reference_twice_in_one_file_is_imported_once()
    {
        var result = Match("duplicate-in-file.xml");
        Assert.Single(result.Payments);
        Assert.Equal([new SkippedEntry("BNK-0012", SkipReason.AlreadyImported)], result.Skipped);
    }

    [Fact]
    public void Reversal_goes_to_review_debit_is_skipped_and_pending_is_not_remembered()
    {
        var result = Match("reversal.xml");
        Assert.Empty(result.Payments);
        var review = Assert.Single(result.Review);
        Assert.Equal((ReviewReason.Reversal, "BNK-0003"), (review.Reason, review.BankReference));
        Assert.Contains("Terugboeking van € 3.500,00", review.Explanation);
        Assert.Equal([new SkippedEntry("BNK-0004", SkipReason.Debit), new SkippedEntry("BNK-0005", SkipReason.NotBooked)], result.Skipped);
        Assert.Equal(["BNK-0003", "BNK-0004"], result.ImportedReferences);
    }

    [Fact]
    public void A_returned_outgoing_payment_is_not_an_invoice_payment_and_can_only_be_dismissed()
    {
        var statement = new BankStatement("S1", "BE86375111750850",
        [
            new BankEntry("BNK-R1", 120.00m, "EUR", IsCredit: true, IsBooked: true, IsReversal: true, new DateOnly(2026, 11, 20), null,
                [new BankTransaction("BNK-R1/1", 120.00m, "EUR", null, "Terugbetaling factuur 2026-000001", "EV DV", null)]),
        ]);

        var result = PaymentMatcher.Match([statement], [], new HashSet<string>());

        var review = Assert.Single(result.Review);
        Assert.Equal(ReviewReason.ReturnedOutgoingPayment, review.Reason);
        Assert.StartsWith("Teruggekomen uitgaande betaling van € 120,00", review.Explanation);
        Assert.False(new ReviewEntry
        {
            BankReference = "BNK-R1", TransactionReference = "BNK-R1/1", Amount = 120m, Currency = "EUR", Reason = review.Reason, Explanation = "",
        }.CanBeMatched);
    }

    [Fact]
    public void Unknown_or_missing_reference_goes_to_review_even_when_the_amount_equals_an_open_invoice()
    {
        var result = Match("unknown-reference.xml");
        Assert.Empty(result.Payments);
        Assert.Equal([ReviewReason.UnknownCommunication, ReviewReason.NoReference, ReviewReason.NoReference], result.Review.Select(r => r.Reason));
        Assert.Contains("+++202/6000/00596+++", result.Review[0].Explanation);
        Assert.Contains("niet op bedrag", result.Review[1].Explanation);
        Assert.Contains("'RF18539007547034' is geen Belgische gestructureerde mededeling", result.Review[2].Explanation);
    }

    [Fact]
    public void Bad_check_digits_are_never_matched_but_a_valid_OGM_in_the_free_text_is()
    {
        var result = Match("bad-check-digits.xml");
        Assert.Equal([("BNK-0009", ReviewReason.InvalidCheckDigits), ("BNK-0010", ReviewReason.InvalidCheckDigits)],
            result.Review.Select(r => (r.BankReference, r.Reason)));
        Assert.Contains("202600000193", result.Review[0].Explanation);
        var payment = Assert.Single(result.Payments);
        Assert.Equal(("BNK-0011", Invoice3, MatchMethod.FreeText, PaymentOutcome.Paid), (payment.BankReference, payment.InvoiceId, payment.Method, payment.Outcome));
    }

    [Fact]
    public void A_version_08_statement_pays_part_of_an_invoice()
    {
        var payment = Assert.Single(Match("v08.xml").Payments);
        Assert.Equal((Invoice1, PaymentOutcome.PartiallyPaid, 2000.00m), (payment.InvoiceId, payment.Outcome, payment.OutstandingAfter));
    }

    [Fact]
    public void Partial_payments_accumulate_across_transactions_and_then_overpay()
    {
        var open = new[] { new OpenInvoice(Invoice1, StructuredCommunication.FromInvoice(2026, 1), 3500.00m) };
        var entries = new[] { 1500.00m, 2000.00m, 10.00m }.Select((a, i) => Credit($"R{i}", a, "202600000192")).ToList();
        var result = PaymentMatcher.Match([new BankStatement("S", null, entries)], open, Nothing);
        Assert.Equal(
            [(PaymentOutcome.PartiallyPaid, 2000.00m, 0m), (PaymentOutcome.Paid, 0m, 0m), (PaymentOutcome.Overpaid, 0m, 10.00m)],
            result.Payments.Select(p => (p.Outcome, p.OutstandingAfter, p.Overpayment)));
    }

    [Theory]
    [InlineData("+++202/6000/00192+++")]
    [InlineData("*** 202 / 6000 / 00192 ***")]
    [InlineData("factuur 202/6000/00192 dank u")]
    [InlineData("VCS 202600000192")]
    [InlineData("+++202600000192+++")]
    public void Free_text_OGM_notations_are_recognised(string text)
    {
        var result = PaymentMatcher.Match([new BankStatement("S", null, [Credit("R", 3500m, null, text)])], Open(), Nothing);
        Assert.Equal(Invoice1, Assert.Single(result.Payments).InvoiceId);
    }

    [Theory]
    [InlineData("2026000001920", nameof(ReviewReason.NoReference))]
    [InlineData("BE68 5390 0754 7034", nameof(ReviewReason.NoReference))]
    [InlineData("202/6000/00193", nameof(ReviewReason.InvalidCheckDigits))]
    [InlineData("+++202/6000/00192+++ en +++202/6000/00293+++", nameof(ReviewReason.Ambiguous))]
    public void Free_text_without_exactly_one_valid_open_OGM_goes_to_review(string text, string reason)
    {
        var result = PaymentMatcher.Match([new BankStatement("S", null, [Credit("R", 3500m, null, text)])], Open(), Nothing);
        Assert.Empty(result.Payments);
        Assert.Equal(Enum.Parse<ReviewReason>(reason), Assert.Single(result.Review).Reason);
    }

    [Fact]
    public void Foreign_currency_goes_to_review()
    {
        var entry = Credit("R", 3500m, "202600000192") with { Currency = "USD" };
        entry = entry with { Transactions = [entry.Transactions[0] with { Currency = "USD" }] };
        var result = PaymentMatcher.Match([new BankStatement("S", null, [entry])], Open(), Nothing);
        Assert.Equal(ReviewReason.ForeignCurrency, Assert.Single(result.Review).Reason);
    }

    [Fact]
    public void A_zero_amount_transaction_goes_to_review()
    {
        var result = PaymentMatcher.Match([new BankStatement("S", null, [Credit("R", 0m, "202600000192")])], Open(), Nothing);
        Assert.Equal(ReviewReason.InvalidAmount, Assert.Single(result.Review).Reason);
    }

    [Theory]
    [InlineData("3500", "3500", nameof(PaymentOutcome.Paid), "0", "0")]
    [InlineData("3500", "0.01", nameof(PaymentOutcome.PartiallyPaid), "3499.99", "0")]
    [InlineData("3500", "3500.01", nameof(PaymentOutcome.Overpaid), "0", "0.01")]
    [InlineData("0", "25", nameof(PaymentOutcome.Overpaid), "0", "25")]
    public void Applying_a_payment(string outstanding, string amount, string outcome, string after, string over) =>
        Assert.Equal(new AppliedPayment(Enum.Parse<PaymentOutcome>(outcome), D(after), D(over)), PaymentApplication.Apply(D(outstanding), D(amount)));

    private static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static BankEntry Credit(string reference, decimal amount, string? structured, string? free = null) =>
        new(reference, amount, "EUR", IsCredit: true, IsBooked: true, IsReversal: false, new DateOnly(2026, 11, 20), null,
            [new BankTransaction(reference, amount, "EUR", structured, free, null, null)]);
}
