using Platform.Kernel.Formatting;

namespace Tenants.Domain.Contracts;

/// <summary>
/// Duration and termination (contract art. 10): an initial term of one year from signature, then tacit renewals
/// of one year; after the third renewal the contract runs for an indefinite period. A fixed term is ended by a
/// registered letter sent at least 30 days before the term expires; the indefinite period by three months' notice.
/// </summary>
/// <remarks>
/// Terms are counted "from the nth to the day before the nth" of the signature date (Belgian reckoning), each
/// anchored on the signature rather than chained, so they never drift. A 29 February signature has its
/// anniversary on 1 March in common years: its terms end on 28 February. The day the letter is sent is not counted:
/// for a term whose last day is 31 March, 1 March is the last day to send (30 days remain: 2–31 March).
/// A letter sent too late for one term stops the next one; one sent too late during the third renewal counts as
/// three months' notice in the indefinite period. Article 10 also mentions "einde van het boekjaar": DOMAIN.md keeps
/// only the running term, and so do we.
/// </remarks>
internal sealed record ContractTerm(DateOnly SignedOn)
{
    public const int TacitRenewals = 3;
    public const int NoticeDays = 30;
    public const int IndefiniteNoticeMonths = 3;

    /// <summary>The initial term and the three tacit renewals, in order.</summary>
    public IReadOnlyList<Term> FixedTerms =>
    [
        .. Enumerable.Range(0, TacitRenewals + 1).Select(n => new Term(
            n == 0 ? TermKind.Initial : TermKind.TacitRenewal, n, Anniversary(n), Anniversary(n + 1).AddDays(-1))),
    ];

    public DateOnly IndefiniteFrom => Anniversary(TacitRenewals + 1);

    public Term Indefinite => new(TermKind.Indefinite, 0, IndefiniteFrom, null);

    /// <summary>The signature date <paramref name="years"/> later; 29 February becomes 1 March in a common year.</summary>
    public DateOnly Anniversary(int years)
    {
        var shifted = SignedOn.AddYears(years); // DateOnly clamps 29 Feb to 28 Feb
        return shifted.Day == SignedOn.Day ? shifted : shifted.AddDays(1);
    }

    /// <summary>The term running on <paramref name="date"/>.</summary>
    public Term On(DateOnly date)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(date, SignedOn);
        return FixedTerms.FirstOrDefault(t => t.Contains(date)) ?? Indefinite;
    }

    /// <summary>The earliest last day of the contract for a registered letter sent on <paramref name="noticeSent"/>.</summary>
    public DateOnly EarliestEnd(DateOnly noticeSent) => NextPossibleEnd(noticeSent, SignedOn);

    /// <summary>
    /// Ends the contract by a registered letter sent on <paramref name="noticeSent"/>, on
    /// <paramref name="requestedEnd"/> when given (its last day), else on the earliest possible day.
    /// A requested end the notice cannot reach, or one in the middle of a fixed term, is refused with
    /// a Dutch message naming the first possible end.
    /// </summary>
    public Termination Terminate(DateOnly noticeSent, DateOnly? requestedEnd = null)
    {
        if (noticeSent < SignedOn)
            return Termination.Refused(EarliestEnd(SignedOn),
                $"De opzegging ({Dutch.Date(noticeSent)}) ligt vóór de ondertekening van de overeenkomst ({Dutch.Date(SignedOn)}).");

        var earliest = EarliestEnd(noticeSent);
        if (requestedEnd is not { } requested) return Termination.Accepted(earliest, earliest);

        if (requested < earliest)
            return Termination.Refused(earliest,
                $"Opzegging te laat om de overeenkomst op {Dutch.Date(requested)} te beëindigen: met een opzegging " +
                $"verstuurd op {Dutch.Date(noticeSent)} eindigt de overeenkomst ten vroegste op {Dutch.Date(earliest)}.");

        var next = NextPossibleEnd(noticeSent, requested);
        if (next == requested) return Termination.Accepted(requested, earliest);

        var reason = next < IndefiniteFrom
            ? "Zolang de overeenkomst van bepaalde duur is, eindigt ze enkel op het einde van een termijn: "
            : $"Met een opzegging verstuurd op {Dutch.Date(noticeSent)} geldt voor de onbepaalde duur een opzegtermijn van drie maanden: ";
        return Termination.Refused(earliest,
            reason + $"de eerstvolgende mogelijke einddatum na {Dutch.Date(requested)} is {Dutch.Date(next)}.");
    }

    /// <summary>First day on or after <paramref name="from"/> on which a letter sent on <paramref name="noticeSent"/>
    /// can end the contract: the end of a fixed term still reachable, or a day in the indefinite period at least
    /// three months after the letter.</summary>
    private DateOnly NextPossibleEnd(DateOnly noticeSent, DateOnly from)
    {
        foreach (var term in FixedTerms)
            if (term.LastDay is { } last && last >= from && noticeSent <= term.LatestNotice)
                return last;

        var afterNotice = noticeSent.AddMonths(IndefiniteNoticeMonths);
        return new[] { from, IndefiniteFrom, afterNotice }.Max();
    }
}

/// <summary>Outcome of a notice. <see cref="EndsOn"/> is the contract's last day; it no longer binds from
/// <see cref="EffectiveOn"/>. <see cref="EarliestPossibleEnd"/> is always filled, also when refused.</summary>
internal sealed record Termination(DateOnly? EndsOn, DateOnly EarliestPossibleEnd, string? Refusal)
{
    public bool IsAccepted => Refusal is null;

    public DateOnly? EffectiveOn => EndsOn?.AddDays(1);

    public static Termination Accepted(DateOnly endsOn, DateOnly earliest) => new(endsOn, earliest, null);

    public static Termination Refused(DateOnly earliest, string reason) => new(null, earliest, reason);
}
