using DataProtection.Export;

namespace DataProtection.Tests.Export;

/// <summary>An export whose node died is given up after six hours, so it no longer blocks a new one.</summary>
public sealed class ExportRulesTests
{
    private static readonly DateTimeOffset Requested = new(2027, 3, 31, 21, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, false)]
    [InlineData(5 * 60 + 59, false)]
    [InlineData(6 * 60, true)]
    [InlineData(3 * 24 * 60, true)]
    public void An_unfinished_export_is_given_up_after_six_hours(int minutesLater, bool abandoned) =>
        Assert.Equal(abandoned, ExportRules.IsAbandoned(Requested, Requested.AddMinutes(minutesLater)));
}
