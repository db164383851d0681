using ServiceDesk.Domain;
using ServiceDesk.Incidents;
using ServiceDesk.Pages.Desk;

namespace ServiceDesk.Tests.Pages.Desk;

/// <summary>The reporter's confirmation says when the desk picks the incident up, by the working calendar.</summary>
public class PickUpMessageTests
{
    private static IncidentCreatedResponse Created(DateTimeOffset at) =>
        new(Guid.NewGuid(), "MBP-2026-00042", "gent", "P3", "New", at, at.AddDays(3), at.AddDays(5));

    [Fact]
    public void On_a_Saturday_it_names_Monday_morning()
    {
        var saturday = new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero); // 10:00 in Brussels
        var text = NewIncidentModel.PickUp(Created(saturday), WorkingCalendar.Default, saturday);
        Assert.StartsWith("Incident MBP-2026-00042 is geregistreerd. De servicedesk is nu gesloten en neemt het maandag 7 december om 09:00 in behandeling;", text);
    }

    [Fact]
    public void On_a_working_morning_the_desk_is_open()
    {
        var wednesday = new DateTimeOffset(2026, 12, 9, 9, 0, 0, TimeSpan.Zero);
        Assert.Contains("De servicedesk is nu open;", NewIncidentModel.PickUp(Created(wednesday), WorkingCalendar.Default, wednesday));
    }
}
