namespace Tenants.Domain.Contracts;

internal enum TermKind
{
    Initial,
    TacitRenewal,
    Indefinite,
}

/// <summary>One period of the contract. <see cref="LastDay"/> is the last day the term runs (inclusive);
/// null for the indefinite period. <see cref="Renewal"/> is 0 for the initial term, 1–3 for tacit renewals.</summary>
internal sealed record Term(TermKind Kind, int Renewal, DateOnly Start, DateOnly? LastDay)
{
    public bool IsFixed => LastDay is not null;

    /// <summary>Last day a registered letter can be sent to stop the renewal at the end of this term
    /// (at least <see cref="ContractTerm.NoticeDays"/> days before it expires); null once indefinite.</summary>
    public DateOnly? LatestNotice => LastDay?.AddDays(-ContractTerm.NoticeDays);

    public bool Contains(DateOnly date) => date >= Start && (LastDay is null || date <= LastDay);

    public string Label => Kind switch
    {
        TermKind.Initial => "initiële termijn",
        TermKind.TacitRenewal => $"{Ordinal(Renewal)} stilzwijgende verlenging",
        _ => "onbepaalde duur",
    };

    private static string Ordinal(int n) => n switch { 1 => "eerste", 2 => "tweede", 3 => "derde", _ => $"{n}de" };
}
