using Tenants.Domain.Contracts;

namespace Tenants.Tests.Domain.Contracts;

public class ContractTermTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static readonly ContractTerm Signed15March2023 = new(D("2023-03-15"));

    [Fact]
    public void Initial_term_and_three_tacit_renewals_of_one_year_then_indefinite()
    {
        var terms = Signed15March2023.FixedTerms;

        Assert.Equal(
            [
                new Term(TermKind.Initial, 0, D("2023-03-15"), D("2024-03-14")),
                new Term(TermKind.TacitRenewal, 1, D("2024-03-15"), D("2025-03-14")),
                new Term(TermKind.TacitRenewal, 2, D("2025-03-15"), D("2026-03-14")),
                new Term(TermKind.TacitRenewal, 3, D("2026-03-15"), D("2027-03-14")),
            ],
            terms);
        Assert.Equal(D("2027-03-15"), Signed15March2023.IndefiniteFrom);
    }

    [Theory]
    [InlineData("2023-03-15", "Initial", 0, "2023-03-15", "2024-03-14")]
    [InlineData("2024-03-14", "Initial", 0, "2023-03-15", "2024-03-14")]
    [InlineData("2024-03-15", "TacitRenewal", 1, "2024-03-15", "2025-03-14")]
    [InlineData("2025-12-31", "TacitRenewal", 2, "2025-03-15", "2026-03-14")]
    [InlineData("2027-03-14", "TacitRenewal", 3, "2026-03-15", "2027-03-14")]
    [InlineData("2027-03-15", "Indefinite", 0, "2027-03-15", null)]
    [InlineData("2040-01-01", "Indefinite", 0, "2027-03-15", null)]
    public void Term_running_on_a_date(string date, string kind, int renewal, string start, string? lastDay)
    {
        var term = Signed15March2023.On(D(date));

        Assert.Equal(Enum.Parse<TermKind>(kind), term.Kind);
        Assert.Equal(renewal, term.Renewal);
        Assert.Equal(D(start), term.Start);
        Assert.Equal(lastDay is null ? null : D(lastDay), term.LastDay);
    }

    [Fact]
    public void No_term_before_signature()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Signed15March2023.On(D("2023-03-14")));
    }

    [Fact]
    public void Terms_have_Dutch_labels()
    {
        Assert.Equal(
            ["initiële termijn", "eerste stilzwijgende verlenging", "tweede stilzwijgende verlenging", "derde stilzwijgende verlenging"],
            Signed15March2023.FixedTerms.Select(t => t.Label));
        Assert.Equal("onbepaalde duur", Signed15March2023.Indefinite.Label);
    }

    [Fact]
    public void Leap_day_signature_has_its_anniversary_on_1_March_in_common_years()
    {
        var contract = new ContractTerm(D("2024-02-29"));

        Assert.Equal(
            [
                new Term(TermKind.Initial, 0, D("2024-02-29"), D("2025-02-28")),
                new Term(TermKind.TacitRenewal, 1, D("2025-03-01"), D("2026-02-28")),
                new Term(TermKind.TacitRenewal, 2, D("2026-03-01"), D("2027-02-28")),
                new Term(TermKind.TacitRenewal, 3, D("2027-03-01"), D("2028-02-28")),
            ],
            contract.FixedTerms);
        Assert.Equal(D("2028-02-29"), contract.IndefiniteFrom);
        Assert.Equal(TermKind.TacitRenewal, contract.On(D("2025-03-01")).Kind);
        Assert.Equal(TermKind.Initial, contract.On(D("2025-02-28")).Kind);
        Assert.Equal(D("2025-01-29"), contract.FixedTerms[0].LatestNotice);
    }

    [Fact]
    public void Terms_follow_each_other_without_gap_or_overlap_for_every_signature_day_of_a_leap_year()
    {
        for (var day = D("2024-01-01"); day.Year == 2024; day = day.AddDays(1))
        {
            var contract = new ContractTerm(day);
            var terms = contract.FixedTerms.Append(contract.Indefinite).ToList();
            Assert.Equal(day, terms[0].Start);
            for (var i = 1; i < terms.Count; i++)
                Assert.Equal(terms[i - 1].LastDay!.Value.AddDays(1), terms[i].Start);
        }
    }

    [Theory]
    // 30 days before the expiry of the initial term (last day 14/03/2024): 13/02/2024 still in time.
    [InlineData("2023-06-01", "2024-03-14")]
    [InlineData("2024-02-12", "2024-03-14")]
    [InlineData("2024-02-13", "2024-03-14")]
    // 29 days: too late for this term, so the contract ends at the end of the next one.
    [InlineData("2024-02-14", "2025-03-14")]
    [InlineData("2024-03-14", "2025-03-14")]
    [InlineData("2024-03-15", "2025-03-14")]
    [InlineData("2025-02-12", "2025-03-14")]
    [InlineData("2025-02-13", "2026-03-14")]
    [InlineData("2027-02-12", "2027-03-14")] // last moment to end at the end of the third renewal
    // Too late during the third renewal: the contract becomes indefinite, three months' notice from the letter.
    [InlineData("2027-02-13", "2027-05-13")]
    [InlineData("2027-03-14", "2027-06-14")]
    [InlineData("2027-03-15", "2027-06-15")]
    [InlineData("2028-01-10", "2028-04-10")]
    [InlineData("2027-11-30", "2028-02-29")] // no 30 February: the month's last day
    [InlineData("2028-11-30", "2029-02-28")]
    [InlineData("2029-05-31", "2029-08-31")]
    public void Earliest_end_for_a_notice_sent_on_a_date(string noticeSent, string expectedLastDay)
    {
        Assert.Equal(D(expectedLastDay), Signed15March2023.EarliestEnd(D(noticeSent)));

        var termination = Signed15March2023.Terminate(D(noticeSent));
        Assert.True(termination.IsAccepted);
        Assert.Equal(D(expectedLastDay), termination.EndsOn);
        Assert.Equal(D(expectedLastDay).AddDays(1), termination.EffectiveOn);
    }

    [Fact]
    public void Notice_exactly_30_days_before_expiry_is_in_time_31_is_too_and_29_is_not()
    {
        var initial = Signed15March2023.FixedTerms[0];
        Assert.Equal(D("2024-02-13"), initial.LatestNotice);
        Assert.Equal(30, initial.LastDay!.Value.DayNumber - initial.LatestNotice!.Value.DayNumber);

        Assert.Equal(initial.LastDay, Signed15March2023.EarliestEnd(initial.LatestNotice.Value.AddDays(-1)));
        Assert.Equal(initial.LastDay, Signed15March2023.EarliestEnd(initial.LatestNotice.Value));
        Assert.NotEqual(initial.LastDay, Signed15March2023.EarliestEnd(initial.LatestNotice.Value.AddDays(1)));
    }

    [Fact]
    public void Thirty_days_in_the_fixed_term_three_months_once_indefinite()
    {
        // In the third renewal 31 days' notice is enough; one year later, in the indefinite period, it is not.
        Assert.Equal(D("2027-03-14"), Signed15March2023.EarliestEnd(D("2027-02-11")));
        Assert.Equal(D("2028-05-11"), Signed15March2023.EarliestEnd(D("2028-02-11")));
    }

    [Fact]
    public void Requested_end_at_the_end_of_a_reachable_term_is_accepted()
    {
        var termination = Signed15March2023.Terminate(D("2023-06-01"), D("2025-03-14"));

        Assert.True(termination.IsAccepted);
        Assert.Equal(D("2025-03-14"), termination.EndsOn);
        Assert.Equal(D("2024-03-14"), termination.EarliestPossibleEnd);
    }

    [Fact]
    public void Requested_end_too_late_for_the_running_term_is_refused_naming_the_earliest_end()
    {
        var termination = Signed15March2023.Terminate(D("2024-02-20"), D("2024-03-14"));

        Assert.False(termination.IsAccepted);
        Assert.Null(termination.EndsOn);
        Assert.Equal(D("2025-03-14"), termination.EarliestPossibleEnd);
        Assert.Equal(
            "Opzegging te laat om de overeenkomst op 14/03/2024 te beëindigen: met een opzegging verstuurd op " +
            "20/02/2024 eindigt de overeenkomst ten vroegste op 14/03/2025.",
            termination.Refusal);
    }

    [Fact]
    public void Requested_end_in_the_middle_of_a_fixed_term_is_refused_naming_the_next_term_end()
    {
        var termination = Signed15March2023.Terminate(D("2023-06-01"), D("2024-12-31"));

        Assert.False(termination.IsAccepted);
        Assert.Equal(D("2024-03-14"), termination.EarliestPossibleEnd);
        Assert.Equal(
            "Zolang de overeenkomst van bepaalde duur is, eindigt ze enkel op het einde van een termijn: " +
            "de eerstvolgende mogelijke einddatum na 31/12/2024 is 14/03/2025.",
            termination.Refusal);
    }

    [Fact]
    public void Requested_end_in_the_indefinite_period_needs_three_months_from_the_letter()
    {
        var tooSoon = Signed15March2023.Terminate(D("2027-02-01"), D("2027-03-20"));
        Assert.False(tooSoon.IsAccepted);
        Assert.Equal(D("2027-03-14"), tooSoon.EarliestPossibleEnd);
        Assert.Equal(
            "Met een opzegging verstuurd op 01/02/2027 geldt voor de onbepaalde duur een opzegtermijn van drie maanden: " +
            "de eerstvolgende mogelijke einddatum na 20/03/2027 is 01/05/2027.",
            tooSoon.Refusal);

        Assert.True(Signed15March2023.Terminate(D("2027-02-01"), D("2027-05-01")).IsAccepted);
        Assert.True(Signed15March2023.Terminate(D("2028-01-10"), D("2028-06-30")).IsAccepted);
        var early = Signed15March2023.Terminate(D("2028-01-10"), D("2028-03-31"));
        Assert.False(early.IsAccepted);
        Assert.Equal(D("2028-04-10"), early.EarliestPossibleEnd);
        Assert.Contains("ten vroegste op 10/04/2028", early.Refusal);
    }

    [Fact]
    public void A_requested_end_far_ahead_in_the_indefinite_period_is_accepted()
    {
        var termination = Signed15March2023.Terminate(D("2023-06-01"), D("2030-12-31"));
        Assert.True(termination.IsAccepted);
        Assert.Equal(D("2030-12-31"), termination.EndsOn);
    }

    [Fact]
    public void A_notice_before_signature_is_refused()
    {
        var termination = Signed15March2023.Terminate(D("2023-03-01"));
        Assert.False(termination.IsAccepted);
        Assert.Equal("De opzegging (01/03/2023) ligt vóór de ondertekening van de overeenkomst (15/03/2023).", termination.Refusal);
        Assert.Equal(D("2024-03-14"), termination.EarliestPossibleEnd);
    }

    [Fact]
    public void Notice_on_the_signature_day_ends_the_initial_term()
    {
        Assert.Equal(D("2024-03-14"), Signed15March2023.EarliestEnd(D("2023-03-15")));
    }
}
