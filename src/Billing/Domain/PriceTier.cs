using Platform.Kernel.Formatting;

namespace Billing.Domain;

/// <summary>One row of the fee table: inhabitants from <paramref name="From"/> up to and including
/// <paramref name="To"/> (null = no upper limit) pay <paramref name="AnnualFee"/> euro per year.</summary>
internal sealed record PriceTier(int Number, int From, int? To, decimal AnnualFee)
{
    public bool Contains(int inhabitants) => inhabitants >= From && (To is null || inhabitants <= To);

    /// <summary>Dutch label for invoices and screens: <c>Schijf 2: 15.001 – 25.000 inwoners</c>.</summary>
    public string Name => $"Schijf {Number}: {Range}";

    public string Range => (From, To) switch
    {
        (<= 0, { } to) => $"tot en met {Dutch.Number(to)} inwoners",
        (_, { } to) => $"{Dutch.Number(From)} – {Dutch.Number(to)} inwoners",
        _ => $"meer dan {Dutch.Number(From - 1)} inwoners",
    };
}
