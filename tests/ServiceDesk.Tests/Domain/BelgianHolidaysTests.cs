using ServiceDesk.Domain;

namespace ServiceDesk.Tests.Domain;

public class BelgianHolidaysTests
{
    [Theory]
    [InlineData("1583-04-10")] [InlineData("1600-04-02")] [InlineData("1700-04-11")] [InlineData("1800-04-13")]
    [InlineData("1818-03-22")] [InlineData("1900-04-15")] [InlineData("1943-04-25")] [InlineData("1954-04-18")]
    [InlineData("1961-04-02")] [InlineData("1974-04-14")] [InlineData("1981-04-19")] [InlineData("1985-04-07")]
    [InlineData("1999-04-04")] [InlineData("2000-04-23")] [InlineData("2001-04-15")] [InlineData("2002-03-31")]
    [InlineData("2003-04-20")] [InlineData("2004-04-11")] [InlineData("2005-03-27")] [InlineData("2006-04-16")]
    [InlineData("2007-04-08")] [InlineData("2008-03-23")] [InlineData("2009-04-12")] [InlineData("2010-04-04")]
    [InlineData("2011-04-24")] [InlineData("2012-04-08")] [InlineData("2013-03-31")] [InlineData("2014-04-20")]
    [InlineData("2015-04-05")] [InlineData("2016-03-27")] [InlineData("2017-04-16")] [InlineData("2018-04-01")]
    [InlineData("2019-04-21")] [InlineData("2020-04-12")] [InlineData("2021-04-04")] [InlineData("2022-04-17")]
    [InlineData("2023-04-09")] [InlineData("2024-03-31")] [InlineData("2025-04-20")] [InlineData("2026-04-05")]
    [InlineData("2027-03-28")] [InlineData("2028-04-16")] [InlineData("2029-04-01")] [InlineData("2030-04-21")]
    [InlineData("2031-04-13")] [InlineData("2032-03-28")] [InlineData("2033-04-17")] [InlineData("2034-04-09")]
    [InlineData("2035-03-25")] [InlineData("2036-04-13")] [InlineData("2037-04-05")] [InlineData("2038-04-25")]
    [InlineData("2039-04-10")] [InlineData("2040-04-01")] [InlineData("2049-04-18")] [InlineData("2050-04-10")]
    [InlineData("2077-04-11")] [InlineData("2100-03-28")] [InlineData("2200-04-06")] [InlineData("2285-03-22")]
    [InlineData("2400-04-16")] [InlineData("2500-04-18")] [InlineData("3000-04-13")] [InlineData("4099-04-19")]
    [InlineData("9999-03-28")]
    public void Easter_sunday_matches_known_dates(string easter)
    {
        var expected = Time.Date(easter);
        Assert.Equal(expected, BelgianHolidays.EasterSunday(expected.Year));
    }

    [Fact]
    public void Easter_is_a_sunday_between_22_march_and_25_april_in_every_gregorian_year()
    {
        for (var year = 1583; year <= 9999; year++)
        {
            var easter = BelgianHolidays.EasterSunday(year);
            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void Easter_outside_the_date_range_is_refused(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BelgianHolidays.EasterSunday(year));

    [Fact]
    public void Holidays_of_2026_with_their_dutch_names()
    {
        var holidays = BelgianHolidays.For(2026).Select(h => (h.Date.ToString("yyyy-MM-dd"), h.Name)).ToArray();
        Assert.Equal(
        [
            ("2026-01-01", "Nieuwjaar"),
            ("2026-04-06", "Paasmaandag"),
            ("2026-05-01", "Dag van de Arbeid"),
            ("2026-05-14", "Onze-Lieve-Heer-Hemelvaart"),
            ("2026-05-25", "Pinkstermaandag"),
            ("2026-07-11", "Feest van de Vlaamse Gemeenschap"),
            ("2026-07-21", "Nationale feestdag"),
            ("2026-08-15", "Onze-Lieve-Vrouw-Hemelvaart"),
            ("2026-11-01", "Allerheiligen"),
            ("2026-11-11", "Wapenstilstand"),
            ("2026-12-25", "Kerstmis"),
        ], holidays);
    }

    [Theory]
    [InlineData(2024, "2024-04-01", "2024-05-09", "2024-05-20")]
    [InlineData(2025, "2025-04-21", "2025-05-29", "2025-06-09")]
    [InlineData(2026, "2026-04-06", "2026-05-14", "2026-05-25")]
    [InlineData(2027, "2027-03-29", "2027-05-06", "2027-05-17")]
    [InlineData(2038, "2038-04-26", "2038-06-03", "2038-06-14")]
    public void Movable_holidays_follow_easter(int year, string easterMonday, string ascension, string whitMonday)
    {
        var dates = BelgianHolidays.For(year).Select(h => h.Date).ToHashSet();
        Assert.Contains(Time.Date(easterMonday), dates);
        Assert.Contains(Time.Date(ascension), dates);
        Assert.Contains(Time.Date(whitMonday), dates);
        Assert.Equal(11, dates.Count);
    }

    [Fact]
    public void Ascension_on_labour_day_keeps_both_entries_on_one_date()
    {
        var holidays = BelgianHolidays.For(2008);
        Assert.Equal(11, holidays.Count);
        Assert.Equal(10, holidays.Select(h => h.Date).Distinct().Count());
        Assert.Equal(2, holidays.Count(h => h.Date == new DateOnly(2008, 5, 1)));
    }

    [Theory]
    [InlineData("2026-01-01", true)]
    [InlineData("2026-07-11", true)]
    [InlineData("2026-07-21", true)]
    [InlineData("2025-12-25", true)]
    [InlineData("2027-11-11", true)]
    [InlineData("2026-04-03", false)] // Good Friday is no Belgian holiday
    [InlineData("2026-04-05", false)] // Easter Sunday is a Sunday anyway, not in the list
    [InlineData("2026-12-26", false)] // nor is Boxing Day
    [InlineData("2026-11-02", false)]
    [InlineData("2026-07-10", false)]
    public void Is_holiday(string date, bool expected) => Assert.Equal(expected, BelgianHolidays.IsHoliday(Time.Date(date)));
}
