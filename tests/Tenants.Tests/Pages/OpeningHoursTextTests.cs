using Tenants.Pages;

namespace Tenants.Tests.Pages;

public sealed class OpeningHoursTextTests
{
    [Theory]
    [InlineData("09:00–12:00", "09:00–12:00")]
    [InlineData("09:00-12:00, 13:30-17:00", "09:00–12:00, 13:30–17:00")]
    [InlineData("9-12", "09:00–12:00")]
    [InlineData("9u30 - 12u", "09:30–12:00")]
    [InlineData("9.30 tot 12.00; 14 - 19u", "09:30–12:00, 14:00–19:00")]
    [InlineData("8:00 — 20:00", "08:00–20:00")]
    [InlineData("", "")]
    [InlineData("  ", "")]
    [InlineData("Gesloten", "")]
    public void Reads_what_people_write(string text, string expected)
    {
        var (ranges, error) = OpeningHoursText.Parse(text, "maandag");
        Assert.Null(error);
        Assert.Equal(expected, OpeningHoursText.Format(ranges));
    }

    [Theory]
    [InlineData("ma-vr 9-12", "ma-vr 9-12")]
    [InlineData("09:00", "09:00")]
    [InlineData("9-25", "9-25")]
    [InlineData("09:00-12:00, 13:75-17:00", "13:75-17:00")]
    [InlineData("'s morgens", "'s morgens")]
    public void Names_the_part_it_cannot_read_and_shows_the_format(string text, string part)
    {
        var (ranges, error) = OpeningHoursText.Parse(text, "dinsdag");
        Assert.Null(ranges);
        Assert.Equal($"Op dinsdag kan \"{part}\" niet gelezen worden. Schrijf de periodes als 09:00–12:00, 13:30–17:00.", error);
    }

    [Fact]
    public void The_example_in_the_hint_is_accepted() =>
        Assert.Null(OpeningHoursText.Parse(OpeningHoursText.Example, "woensdag").Error);
}
