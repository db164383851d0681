namespace Billing.Domain;

internal enum NotDueReason
{
    None = 0,
    NotLive,
    BeforeGoLive,
    BeforeFirstBillableYear,
    AfterTermination,
    InhabitantsMissing,
}

internal static class NotDueReasonText
{
    public static string? ToDutch(this NotDueReason reason, int year) => reason switch
    {
        NotDueReason.None => null,
        NotDueReason.NotLive => "Niet verschuldigd: de app is nog niet publiek beschikbaar in zowel de App Store als de Play Store.",
        NotDueReason.BeforeGoLive => $"Niet verschuldigd: de app was in {year} nog niet publiek beschikbaar in beide stores.",
        NotDueReason.BeforeFirstBillableYear => $"Niet verschuldigd: de vergoeding is ten vroegste verschuldigd vanaf januari {PriceList.FirstBillableYear}.",
        NotDueReason.AfterTermination => $"Niet verschuldigd: de overeenkomst is beëindigd voor de start van de periode in {year}.",
        NotDueReason.InhabitantsMissing => $"Nog niet te factureren: het inwonersaantal op 1 januari {year} ontbreekt.",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
