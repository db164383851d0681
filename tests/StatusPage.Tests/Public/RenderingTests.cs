using StatusPage.Domain;
using StatusPage.Notifications;
using StatusPage.Public;

namespace StatusPage.Tests.Public;

public sealed class RenderingTests
{
    [Theory]
    [InlineData(0, "0 s")]
    [InlineData(59, "59 s")]
    [InlineData(60, "1 min 0 s")]
    [InlineData(2592, "43 min 12 s")] // 0.1 % of 30 days
    [InlineData(3600, "1 u 0 min")]
    [InlineData(3661, "1 u 1 min")]
    public void Durations_read_in_dutch(int seconds, string expected) =>
        Assert.Equal(expected, StatusPageRenderer.Duration(TimeSpan.FromSeconds(seconds)));

    [Theory]
    [InlineData("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")]
    [InlineData("A & B \"C\"", "A &amp; B &quot;C&quot;")]
    [InlineData("Gedeeltelijke storing", "Gedeeltelijke storing")]
    public void Text_is_html_encoded(string text, string expected) => Assert.Equal(expected, Html.E(text));

    [Fact]
    public void Times_are_shown_in_brussels_time()
    {
        // 23 November 2026 08:30 UTC = 09:30 in Brussels (winter time).
        Assert.Equal("23/11/2026 om 09:30", StatusTexts.When(new DateTimeOffset(2026, 11, 23, 8, 30, 0, TimeSpan.Zero)));
        // 10 June 2027 20:00 UTC = 22:00 (summer time).
        Assert.Equal("10/06/2027 om 22:00", StatusTexts.When(new DateTimeOffset(2027, 6, 10, 20, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("IncidentOpened", "Storing: X")]
    [InlineData("IncidentUpdated", "Update storing: X")]
    [InlineData("IncidentResolved", "Opgelost: X")]
    [InlineData("MaintenanceAnnounced", "Gepland onderhoud: X")]
    [InlineData("MaintenanceStarted", "Onderhoud gestart: X")]
    [InlineData("MaintenanceCompleted", "Onderhoud voltooid: X")]
    public void Subjects_name_the_event(string kind, string expected) => Assert.Equal(expected, StatusTexts.Title(Enum.Parse<StatusEventKind>(kind), "X"));

    [Fact]
    public void Incident_body_lists_status_message_and_impacts()
    {
        var body = StatusTexts.IncidentBody(IncidentUpdateStatus.Identified, "  Oorzaak gevonden.  ",
            new DateTimeOffset(2026, 11, 23, 8, 30, 0, TimeSpan.Zero), [StatusTexts.Impact("eBox", ImpactLevel.PartialOutage)]);
        Assert.Equal("Oorzaak gevonden (23/11/2026 om 09:30)\n\nOorzaak gevonden.\n\nGetroffen onderdelen:\n- eBox: gedeeltelijke storing",
            body.ReplaceLineEndings("\n"));
    }
}
