using ServiceDesk.Domain;

namespace ServiceDesk.Tests.Domain;

/// <summary>The monthly service report goes out on the month's first working day (Belgian holidays, weekends, closing days).</summary>
public class FirstWorkingDayTests
{
    [Theory]
    [InlineData(2027, 1, "2027-01-04")] // 1 Jan holiday (Friday), 2-3 weekend
    [InlineData(2026, 11, "2026-11-02")] // 1 Nov All Saints (Sunday)
    [InlineData(2027, 5, "2027-05-03")] // 1 May is a Saturday
    [InlineData(2026, 6, "2026-06-01")] // an ordinary Monday
    [InlineData(2026, 1, "2026-01-02")] // 1 Jan holiday (Thursday), Friday 2 works
    [InlineData(2026, 8, "2026-08-03")] // 1-2 Aug weekend
    public void First_working_day_of_the_month(int year, int month, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), WorkingCalendar.Default.FirstWorkingDayOfMonth(year, month));
    }

    [Fact]
    public void A_closing_day_moves_it_to_the_next_working_day()
    {
        var calendar = new WorkingCalendar(closingDays: [new DateOnly(2026, 6, 1)]);
        Assert.Equal(new DateOnly(2026, 6, 2), calendar.FirstWorkingDayOfMonth(2026, 6));
    }
}
