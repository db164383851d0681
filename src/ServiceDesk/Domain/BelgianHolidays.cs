using System.Collections.Concurrent;

namespace ServiceDesk.Domain;

/// <summary>A day the service desk is closed by law, with its Dutch name for people to read.</summary>
internal sealed record Holiday(DateOnly Date, string Name);

/// <summary>
/// The ten Belgian legal holidays plus 11 July (Feest van de Vlaamse Gemeenschap), which the
/// Flemish-government service desk observes. A holiday on a weekend is not moved to another day.
/// </summary>
internal static class BelgianHolidays
{
    private static readonly ConcurrentDictionary<int, IReadOnlyList<Holiday>> Cache = new();

    /// <summary>The holidays of <paramref name="year"/>, in date order.</summary>
    public static IReadOnlyList<Holiday> For(int year) => Cache.GetOrAdd(year, Compute);

    public static bool IsHoliday(DateOnly date)
    {
        foreach (var holiday in For(date.Year))
        {
            if (holiday.Date == date)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, DateOnly.MinValue.Year);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, DateOnly.MaxValue.Year);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    private static IReadOnlyList<Holiday> Compute(int year)
    {
        var easter = EasterSunday(year);
        Holiday[] holidays =
        [
            new(new DateOnly(year, 1, 1), "Nieuwjaar"),
            new(easter.AddDays(1), "Paasmaandag"),
            new(new DateOnly(year, 5, 1), "Dag van de Arbeid"),
            new(easter.AddDays(39), "Onze-Lieve-Heer-Hemelvaart"),
            new(easter.AddDays(50), "Pinkstermaandag"),
            new(new DateOnly(year, 7, 11), "Feest van de Vlaamse Gemeenschap"),
            new(new DateOnly(year, 7, 21), "Nationale feestdag"),
            new(new DateOnly(year, 8, 15), "Onze-Lieve-Vrouw-Hemelvaart"),
            new(new DateOnly(year, 11, 1), "Allerheiligen"),
            new(new DateOnly(year, 11, 11), "Wapenstilstand"),
            new(new DateOnly(year, 12, 25), "Kerstmis"),
        ];
        // Ascension can fall on 1 May (e.g. 2008); both names stay, the list stays in date order.
        return holidays.OrderBy(h => h.Date).ToArray();
    }
}
