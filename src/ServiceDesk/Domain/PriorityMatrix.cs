namespace ServiceDesk.Domain;

/// <summary>
/// The contract's matrix: urgency (1 = most urgent row) × impact (1 = everyone … 4 = very few people).
/// </summary>
internal static class PriorityMatrix
{
    public const int Min = 1;
    public const int Max = 4;

    private static readonly Priority[,] Cells =
    {
        { Priority.P1, Priority.P1, Priority.P2, Priority.P3 },
        { Priority.P1, Priority.P2, Priority.P2, Priority.P3 },
        { Priority.P2, Priority.P2, Priority.P3, Priority.P4 },
        { Priority.P3, Priority.P3, Priority.P4, Priority.P4 },
    };

    /// <summary>Dutch row labels (urgency 1..4), worded as in the contract.</summary>
    public static IReadOnlyList<string> UrgencyLabels { get; } =
    [
        "De dienst is volledig onbeschikbaar en de veroorzaakte (reputatie)schade is zeer groot.",
        "De veroorzaakte (reputatie)schade is groot en/of wordt snel groter.",
        "Er is (reputatie)schade en/of ze wordt geleidelijk aan groter.",
        "De veroorzaakte (reputatie)schade is beperkt en/of wordt niet of nauwelijks groter.",
    ];

    /// <summary>Dutch column labels (impact 1..4), worded as in the contract.</summary>
    public static IReadOnlyList<string> ImpactLabels { get; } =
    [
        "Iedereen",
        "Veel mensen (>100)",
        "Aantal mensen (20-100)",
        "Heel beperkt aantal mensen",
    ];

    public static Priority For(int urgency, int impact)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(urgency, Min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(urgency, Max);
        ArgumentOutOfRangeException.ThrowIfLessThan(impact, Min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(impact, Max);
        return Cells[urgency - 1, impact - 1];
    }

    public static bool TryFor(int urgency, int impact, out Priority priority)
    {
        if (urgency is < Min or > Max || impact is < Min or > Max)
        {
            priority = default;
            return false;
        }
        priority = Cells[urgency - 1, impact - 1];
        return true;
    }
}
