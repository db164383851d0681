using System.Text.Json;
using Tenants.Domain.Features;
using Tenants.Domain.Features.Settings;
using static Tenants.Tests.Domain.Features.SettingsTestKit;

namespace Tenants.Tests.Domain.Features;

public class ContactOptionsSettingsTests
{
    private static TimeRange R(string from, string to) => new(TimeOnly.Parse(from), TimeOnly.Parse(to));

    private static readonly ContactService Burgerzaken = new(
        "Burgerzaken", new ServiceAddress("Woodrow Wilsonplein 1", "9000", "Gent"), "09 210 10 10",
        Email: "burgerzaken@stad.gent", Website: "https://stad.gent/burgerzaken",
        OpeningHours: new OpeningHours(
            Monday: [R("09:00", "12:30"), R("13:30", "16:30")],
            Tuesday: [R("09:00", "12:30")],
            Thursday: [R("09:00", "12:30"), R("16:30", "19:00")],
            Saturday: []));

    private static ContactOptionsSettings With(params ContactService[] services) => new(services);

    [Fact]
    public void A_complete_service_is_valid()
    {
        Valid(With(Burgerzaken));
        Valid(With(Burgerzaken with { Email = null, Website = null, OpeningHours = null }));
    }

    [Fact]
    public void Needs_1_to_30_services()
    {
        Valid(new ContactOptionsSettings([.. Enumerable.Range(1, 30).Select(i => Burgerzaken with { Name = $"Dienst {i}" })]));
        Invalid(new ContactOptionsSettings([.. Enumerable.Range(1, 31).Select(i => Burgerzaken with { Name = $"Dienst {i}" })]),
            ("services", "Geef 1 tot 30 diensten op."));
        Invalid(new ContactOptionsSettings([]), ("services", "Geef 1 tot 30 diensten op."));
        Invalid(new ContactOptionsSettings(null!), ("services", "Geef 1 tot 30 diensten op."));
    }

    [Fact]
    public void Names_are_required_and_unique()
    {
        Invalid(With(Burgerzaken, Burgerzaken with { Name = "BURGERZAKEN " }, Burgerzaken with { Name = " " }, null!),
            ("services[1].name", "De dienst \"BURGERZAKEN\" staat er twee keer in."),
            ("services[2].name", "De naam van de dienst is verplicht."),
            ("services[3]", "De dienst is leeg."));
    }

    [Fact]
    public void Address_is_checked_field_by_field()
    {
        Invalid(With(Burgerzaken with { Address = new ServiceAddress("", "900", " ") }),
            ("services[0].address.street", "De straat en het huisnummer zijn verplicht."),
            ("services[0].address.postalCode", "De postcode \"900\" is geen Belgische postcode (4 cijfers, 1000 tot 9992)."),
            ("services[0].address.city", "De gemeente is verplicht."));
        Invalid(With(Burgerzaken with { Address = null! }), ("services[0].address", "Het adres is verplicht."));
    }

    [Fact]
    public void Phone_must_be_Belgian_email_and_website_valid_when_given()
    {
        Invalid(With(Burgerzaken with { Phone = "+31 20 123 4567", Email = "burgerzaken", Website = "http://stad.gent" }),
            ("services[0].phone", "\"+31 20 123 4567\" is geen Belgisch telefoonnummer (bijvoorbeeld 09 210 10 10 of +32 470 12 34 56)."),
            ("services[0].email", "Het e-mailadres is geen geldig e-mailadres (bijvoorbeeld dienst@gemeente.be)."),
            ("services[0].website", "De website moet een volledig https-adres zijn, bijvoorbeeld https://www.gent.be/afspraak."));
        Invalid(With(Burgerzaken with { Phone = "" }), ("services[0].phone", "Het telefoonnummer is verplicht."));
    }

    [Fact]
    public void Opening_hours_start_before_they_end()
    {
        Invalid(With(Burgerzaken with { OpeningHours = new OpeningHours(Friday: [R("12:00", "09:00"), R("14:00", "14:00")]) }),
            ("services[0].openingHours.friday[0]", "Op vrijdag moet het beginuur vóór het einduur liggen (12:00–09:00)."),
            ("services[0].openingHours.friday[1]", "Op vrijdag moet het beginuur vóór het einduur liggen (14:00–14:00)."));
    }

    [Fact]
    public void Opening_hours_do_not_overlap_but_may_touch()
    {
        Valid(With(Burgerzaken with { OpeningHours = new OpeningHours(Wednesday: [R("13:00", "17:00"), R("09:00", "13:00")]) }));
        Invalid(With(Burgerzaken with { OpeningHours = new OpeningHours(Wednesday: [R("13:00", "17:00"), R("09:00", "13:01")]) }),
            ("services[0].openingHours.wednesday", "Op woensdag overlappen 09:00–13:01 en 13:00–17:00."));
        Invalid(With(Burgerzaken with { OpeningHours = new OpeningHours(Sunday: [R("09:00", "17:00"), R("10:00", "11:00")]) }),
            ("services[0].openingHours.sunday", "Op zondag overlappen 09:00–17:00 en 10:00–11:00."));
    }

    [Fact]
    public void At_most_six_periods_a_day()
    {
        var six = Enumerable.Range(8, 6).Select(h => R($"{h:00}:00", $"{h:00}:30")).ToList();
        Valid(With(Burgerzaken with { OpeningHours = new OpeningHours(Monday: six) }));
        Invalid(With(Burgerzaken with { OpeningHours = new OpeningHours(Monday: [.. six, R("18:00", "19:00")]) }),
            ("services[0].openingHours.monday", "Op maandag zijn hoogstens 6 periodes mogelijk."));
    }

    [Fact]
    public void Everything_is_public_with_the_phone_ready_to_show_and_to_dial()
    {
        var view = (ContactOptionsPublic)With(Burgerzaken with { Phone = "+32 9 210.10.10", Email = " " }).PublicView();
        var service = Assert.Single(view.Services);
        Assert.Equal("09 210 10 10", service.Phone);
        Assert.Equal("+3292101010", service.PhoneE164);
        Assert.Null(service.Email);
        Assert.Equal("https://stad.gent/burgerzaken", service.Website);
        Assert.Same(Burgerzaken.OpeningHours!.Monday, service.OpeningHours.Monday);
        Assert.Empty(service.OpeningHours.Exceptions!); // always an array for the app, also for settings saved before exceptions existed
    }

    private static OpeningHoursException X(string date, string? reason = null, params TimeRange[] hours) =>
        new(DateOnly.ParseExact(date, "dd/MM/yyyy"), hours, reason);

    [Fact]
    public void Exceptions_are_closing_days_or_other_hours_on_one_date()
    {
        Valid(With(Burgerzaken with { OpeningHours = Burgerzaken.OpeningHours! with { Exceptions =
            [X("25/12/2026", "Kerstmis"), X("24/12/2026", "Kerstavond", R("09:00", "12:00")), X("31/12/2026", null, R("09:00", "12:00"), R("13:00", "15:00"))] } }));
        Assert.True(X("25/12/2026").Closed);
        Assert.False(X("24/12/2026", null, R("09:00", "12:00")).Closed);
    }

    [Fact]
    public void An_exception_ends_after_it_starts_has_no_overlaps_and_one_date_appears_once()
    {
        Invalid(With(Burgerzaken with { OpeningHours = new OpeningHours(Exceptions:
            [X("24/12/2026", null, R("12:00", "09:00")), X("31/12/2026", null, R("09:00", "12:00"), R("11:00", "13:00")), X("24/12/2026", "Kerstavond"),
             new OpeningHoursException(default), X("02/01/2027", new string('x', 101))]) }),
            ("services[0].openingHours.exceptions[0].hours", "Op 24/12/2026 moet het beginuur vóór het einduur liggen (12:00–09:00)."),
            ("services[0].openingHours.exceptions[1].hours", "Op 31/12/2026 overlappen 09:00–12:00 en 11:00–13:00."),
            ("services[0].openingHours.exceptions[2].date", "De datum 24/12/2026 staat er twee keer in."),
            ("services[0].openingHours.exceptions[3].date", "De datum van de uitzondering is verplicht."),
            ("services[0].openingHours.exceptions[4].reason", "De reden is te lang (hoogstens 100 tekens)."));
    }

    [Fact]
    public void At_most_sixty_exceptions()
    {
        var first = new DateOnly(2026, 1, 1);
        var sixty = Enumerable.Range(0, 60).Select(d => new OpeningHoursException(first.AddDays(d))).ToList();
        Valid(With(Burgerzaken with { OpeningHours = new OpeningHours(Exceptions: sixty) }));
        Invalid(With(Burgerzaken with { OpeningHours = new OpeningHours(Exceptions: [.. sixty, new OpeningHoursException(first.AddDays(60))]) }),
            ("services[0].openingHours.exceptions", "Geef hoogstens 60 uitzonderingen op."));
    }

    [Fact]
    public void The_app_gets_exceptions_by_date_with_closed_as_no_hours_and_a_trimmed_reason()
    {
        var view = (ContactOptionsPublic)With(Burgerzaken with { OpeningHours = new OpeningHours(Exceptions:
            [X("25/12/2026", " Kerstmis "), new OpeningHoursException(new DateOnly(2026, 12, 24), [R("09:00", "12:00")], " ")]) }).PublicView();
        var json = JsonSerializer.Serialize(view, FeatureSettingsJson.Options);
        Assert.Contains("""
            "exceptions":[{"date":"2026-12-24","hours":[{"from":"09:00","to":"12:00"}],"reason":null},{"date":"2026-12-25","hours":[],"reason":"Kerstmis"}]
            """.Trim(), json);
    }

    [Fact]
    public void Settings_saved_before_exceptions_existed_still_read()
    {
        var old = """{"services":[{"name":"A","address":{"street":"B 1","postalCode":"1000","city":"Brussel"},"phone":"02 123 45 67","openingHours":{"monday":[{"from":"09:00","to":"12:00"}]}}]}""";
        var settings = (ContactOptionsSettings)FeatureSettingsJson.Deserialize("contact-options", old);
        Assert.Empty(settings.Validate());
        Assert.Null(settings.Services[0].OpeningHours!.Exceptions);
        Assert.Contains("\"exceptions\":[]", FeatureSettingsJson.SerializePublic(settings));
    }

    [Fact]
    public void Opening_hours_are_written_as_hours_and_minutes()
    {
        var json = FeatureSettingsJson.Serialize(With(Burgerzaken));
        Assert.Contains("""
            "monday":[{"from":"09:00","to":"12:30"},{"from":"13:30","to":"16:30"}]
            """.Trim(), json);
    }
}
