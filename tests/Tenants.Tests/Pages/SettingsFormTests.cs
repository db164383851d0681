using System.Text.Json;
using Tenants.Domain.Features;
using Tenants.Domain.Features.Settings;
using Tenants.Pages;

namespace Tenants.Tests.Pages;

/// <summary>Form values → settings JSON: the JSON the API takes and the app's configuration are the same as before.</summary>
public sealed class SettingsFormTests
{
    private static readonly IReadOnlyList<SettingsForm.Field> Contact = SettingsForm.For(FeatureCatalogue.ContactOptions);
    private static readonly IReadOnlyList<SettingsForm.Field> Report = SettingsForm.For(FeatureCatalogue.ReportIssue);

    private static Dictionary<string, string[]> V(params (string Key, string Value)[] values) =>
        values.ToDictionary(v => v.Key, v => new[] { v.Value });

    private static readonly Dictionary<string, string[]> TwoServices = V(
        ("services[0].name", "Burgerzaken"), ("services[0].address.street", "Botermarkt 1"), ("services[0].address.postalCode", "9000"),
        ("services[0].address.city", "Gent"), ("services[0].phone", "09 210 10 10"), ("services[0].email", "burgerzaken@stad.gent"),
        ("services[0].openingHours.monday", "09:00–12:00, 13:30–17:00"), ("services[0].openingHours.saturday", "9-12"),
        ("services[1].name", "Bibliotheek"), ("services[1].address.street", "Kattenberg 9"), ("services[1].address.postalCode", "9000"),
        ("services[1].address.city", "Gent"), ("services[1].phone", "09 323 68 00"));

    [Fact]
    public void Services_with_opening_hours_become_the_settings_the_api_takes()
    {
        var result = SettingsForm.Read(Contact, TwoServices);
        Assert.Empty(result.Errors);
        var settings = Assert.IsType<ContactOptionsSettings>(FeatureSettingsJson.Deserialize("contact-options", result.Json!));
        Assert.Empty(settings.Validate());
        Assert.Equal(["Burgerzaken", "Bibliotheek"], settings.Services.Select(s => s.Name));
        var first = settings.Services[0];
        Assert.Equal(new ServiceAddress("Botermarkt 1", "9000", "Gent"), first.Address);
        Assert.Equal("burgerzaken@stad.gent", first.Email);
        Assert.Null(first.Website);
        Assert.Equal("09:00–12:00, 13:30–17:00", OpeningHoursText.Format(first.OpeningHours!.Monday));
        Assert.Equal("09:00–12:00", OpeningHoursText.Format(first.OpeningHours.Saturday));
        Assert.Null(first.OpeningHours.Tuesday);
        Assert.Null(settings.Services[1].OpeningHours);
    }

    [Theory]
    [InlineData("""{"services":[{"name":"Burgerzaken","address":{"street":"Markt 1","postalCode":"9000","city":"Gent"},"phone":"09 210 10 10","email":null,"website":"https://stad.gent","openingHours":{"monday":[{"from":"09:00","to":"12:00"},{"from":"13:00","to":"16:30"}],"friday":[{"from":"08:30","to":"12:00"}]}}]}""", "contact-options")]
    [InlineData("""{"services":[{"name":"A","address":{"street":"B 1","postalCode":"1000","city":"Brussel"},"phone":"02 123 45 67"},{"name":"C","address":{"street":"D 2","postalCode":"2000","city":"Antwerpen"},"phone":"03 123 45 67","email":"c@antwerpen.be"}]}""", "contact-options")]
    [InlineData("""{"endpointUrl":null,"mailbox":"meldingen@gent.be","categories":[{"name":"Zwerfvuil","mailbox":"net@gent.be"},{"name":"Straatverlichting"}]}""", "report-issue")]
    [InlineData("""{"endpointUrl":"https://meldingen.gent.be/api","categories":[{"name":"Sluikstort"}]}""", "report-issue")]
    [InlineData("""{"postalCodes":["9000","9030"],"radiusKm":5}""", "events-nearby")]
    [InlineData("""{"provider":"recycleApp","apiKey":"geheim-12345","calendarUrl":null}""", "waste-calendar")]
    [InlineData("""{"offlineKinds":["certificates","cards"]}""", "wallet")]
    [InlineData("""{"feedUrl":"https://stad.gent/nieuws.rss","maxItems":12}""", "local-news")]
    [InlineData("""{"bookingUrl":"https://afspraken.gent.be"}""", "appointments")]
    public void Stored_settings_survive_the_form_unchanged(string json, string key)
    {
        var feature = FeatureCatalogue.Find(key)!;
        var fields = SettingsForm.For(feature);
        var stored = FeatureSettingsJson.Serialize(FeatureSettingsJson.Deserialize(key, json));
        var result = SettingsForm.Read(fields, SettingsForm.Values(fields, stored));
        Assert.Empty(result.Errors);
        var again = FeatureSettingsJson.Deserialize(key, result.Json!);
        Assert.Equal(stored, FeatureSettingsJson.Serialize(again));
        Assert.Equal(FeatureSettingsJson.SerializePublic(FeatureSettingsJson.Deserialize(key, stored)), FeatureSettingsJson.SerializePublic(again));
    }

    [Fact]
    public void No_setting_of_any_feature_is_left_as_json()
    {
        foreach (var feature in FeatureCatalogue.AdditionalFeatures)
            Assert.All(SettingsForm.For(feature), f => Assert.DoesNotContain("JSON", f.Label + f.Hint));
    }

    [Fact]
    public void Empty_rows_are_dropped_and_errors_go_back_to_the_row_they_came_from()
    {
        // Form rows: 0 = Burgerzaken, 1 = left empty, 2 = Bibliotheek, 3 = Sport with a bad phone.
        var values = TwoServices.Where(kv => kv.Key.StartsWith("services[0]", StringComparison.Ordinal)).ToDictionary(kv => kv.Key, kv => kv.Value);
        foreach (var rf in SettingsForm.RowFields(SettingsForm.Kind.Services)) values["services[1]." + rf.Path] = ["  "];
        foreach (var (k, v) in TwoServices.Where(kv => kv.Key.StartsWith("services[1]", StringComparison.Ordinal))) values[k.Replace("services[1]", "services[2]")] = v;
        values["services[3].name"] = ["Sport"];
        values["services[3].phone"] = ["123"];

        var result = SettingsForm.Read(Contact, values);
        var settings = (ContactOptionsSettings)FeatureSettingsJson.Deserialize("contact-options", result.Json!);
        Assert.Equal(["Burgerzaken", "Bibliotheek", "Sport"], settings.Services.Select(s => s.Name));
        Assert.Contains(settings.Validate(), e => e.Field == "services[2].phone");
        Assert.Equal("services[3].phone", result.FormPath("services[2].phone"));
        Assert.Equal("services[2].address.street", result.FormPath("services[1].address.street"));
        Assert.Equal("services[0].openingHours.monday[1]", result.FormPath("services[0].openingHours.monday[1]"));
        Assert.Equal("services", result.FormPath("services"));
    }

    [Theory]
    [InlineData("monday", "ma-vr 9-12", "maandag")]
    [InlineData("sunday", "10:00-", "zondag")]
    public void Unreadable_opening_hours_are_an_error_on_that_day_of_that_row(string day, string text, string dayName)
    {
        var values = new Dictionary<string, string[]>(TwoServices) { [$"services[1].openingHours.{day}"] = [text] };
        var result = SettingsForm.Read(Contact, values);
        Assert.Null(result.Json);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"services[1].openingHours.{day}", error.Field);
        Assert.StartsWith($"Op {dayName} kan \"{text}\" niet gelezen worden.", error.Message);
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused_by_the_unchanged_rules_on_that_day()
    {
        var values = new Dictionary<string, string[]>(TwoServices) { ["services[0].openingHours.tuesday"] = ["12:00-09:00"] };
        var result = SettingsForm.Read(Contact, values);
        var errors = FeatureSettingsJson.Deserialize("contact-options", result.Json!).Validate();
        var error = Assert.Single(errors);
        Assert.Equal("services[0].openingHours.tuesday[0]", error.Field);
        Assert.Equal("Op dinsdag moet het beginuur vóór het einduur liggen (12:00–09:00).", error.Message);
    }

    [Fact]
    public void Exceptions_are_rows_under_their_service_with_dates_written_day_month_year()
    {
        var values = new Dictionary<string, string[]>(TwoServices)
        {
            ["services[0].openingHours.exceptions[0].date"] = ["25/12/2026"], ["services[0].openingHours.exceptions[0].hours"] = ["gesloten"],
            ["services[0].openingHours.exceptions[0].reason"] = ["Kerstmis"],
            ["services[0].openingHours.exceptions[1].date"] = [" "], ["services[0].openingHours.exceptions[1].hours"] = [""],
            ["services[0].openingHours.exceptions[2].date"] = ["24-12-2026"], ["services[0].openingHours.exceptions[2].hours"] = ["9-12"],
        };
        var result = SettingsForm.Read(Contact, values);
        Assert.Empty(result.Errors);
        var settings = (ContactOptionsSettings)FeatureSettingsJson.Deserialize("contact-options", result.Json!);
        Assert.Empty(settings.Validate());
        Assert.Equal([new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 24)], settings.Services[0].OpeningHours!.Exceptions!.Select(e => e.Date));
        Assert.True(settings.Services[0].OpeningHours!.Exceptions![0].Closed);
        Assert.Equal("Kerstmis", settings.Services[0].OpeningHours!.Exceptions![0].Reason);
        Assert.Equal("09:00–12:00", OpeningHoursText.Format(settings.Services[0].OpeningHours!.Exceptions![1].Hours));
        // The empty middle row was dropped: the rules' path of the second exception goes back to form row 2.
        Assert.Equal("services[0].openingHours.exceptions[2].date", result.FormPath("services[0].openingHours.exceptions[1].date"));

        var shown = SettingsForm.Values(Contact, result.Json);
        Assert.Equal("25/12/2026", SettingsForm.Value(shown, "services[0].openingHours.exceptions[0].date"));
        Assert.Equal("gesloten", SettingsForm.Value(shown, "services[0].openingHours.exceptions[0].hours"));
        Assert.Equal("24/12/2026 09:00–12:00; 25/12/2026 gesloten (Kerstmis)", SettingsForm.Value(shown, "services[0].openingHours.exceptions"));
    }

    [Theory]
    [InlineData("2026-12-25", "9-12", "date", "De datum \"2026-12-25\" kan niet gelezen worden. Schrijf ze als dd/mm/jjjj, bv. 25/12/2026.")]
    [InlineData("31/02/2026", "", "date", "De datum \"31/02/2026\" kan niet gelezen worden. Schrijf ze als dd/mm/jjjj, bv. 25/12/2026.")]
    [InlineData("", "9-12", "date", "De datum van de uitzondering is verplicht (dd/mm/jjjj, bv. 25/12/2026).")]
    [InlineData("24/12/2026", "voormiddag", "hours", "Op 24/12/2026 kan \"voormiddag\" niet gelezen worden. Schrijf de periodes als 09:00–12:00, 13:30–17:00.")]
    public void An_unreadable_exception_is_an_error_on_its_own_field(string date, string hours, string field, string message)
    {
        var values = new Dictionary<string, string[]>(TwoServices)
        {
            ["services[1].openingHours.exceptions[0].date"] = [date], ["services[1].openingHours.exceptions[0].hours"] = [hours],
        };
        var result = SettingsForm.Read(Contact, values);
        Assert.Null(result.Json);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"services[1].openingHours.exceptions[0].{field}", error.Field);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Moving_a_service_moves_its_exceptions_with_it()
    {
        var values = new Dictionary<string, string[]>(TwoServices) { ["services[1].openingHours.exceptions[0].date"] = ["25/12/2026"] };
        var (moved, _) = FormRows.Apply(values, "services", [.. SettingsForm.RowFields(SettingsForm.Kind.Services).Select(r => r.Path)], FormRows.Op.Up, 1, 30);
        Assert.Equal("Bibliotheek", SettingsForm.Value(moved, "services[0].name"));
        Assert.Equal("25/12/2026", SettingsForm.Value(moved, "services[0].openingHours.exceptions[0].date"));
        Assert.Equal("", SettingsForm.Value(moved, "services[1].openingHours.exceptions[0].date"));
        var (added, focus) = FormRows.Apply(moved, "services[0].openingHours.exceptions", ["date", "hours", "reason"], FormRows.Op.Add, 0, 60);
        Assert.Equal(2, SettingsForm.RowCount(added, "services[0].openingHours.exceptions"));
        Assert.Equal(1, focus);
    }

    [Fact]
    public void Categories_are_rows_with_an_optional_mailbox()
    {
        var result = SettingsForm.Read(Report, V(("mailbox", "meldingen@gent.be"), ("categories[0].name", "Zwerfvuil"),
            ("categories[0].mailbox", ""), ("categories[1].name", "Wegen"), ("categories[1].mailbox", "wegen@gent.be")));
        var settings = (ReportIssueSettings)FeatureSettingsJson.Deserialize("report-issue", result.Json!);
        Assert.Empty(settings.Validate());
        Assert.Equal([new IssueCategory("Zwerfvuil"), new IssueCategory("Wegen", "wegen@gent.be")], settings.Categories);
        Assert.Null(settings.EndpointUrl);
    }

    [Fact]
    public void Values_show_opening_hours_as_people_write_them()
    {
        var stored = """{"services":[{"name":"A","address":{"street":"B 1","postalCode":"1000","city":"Brussel"},"phone":"02 123 45 67","openingHours":{"wednesday":[{"from":"09:00","to":"12:00"},{"from":"13:00","to":"16:00"}]}}]}""";
        var values = SettingsForm.Values(Contact, stored);
        Assert.Equal("09:00–12:00, 13:00–16:00", SettingsForm.Value(values, "services[0].openingHours.wednesday"));
        Assert.Equal("", SettingsForm.Value(values, "services[0].openingHours.monday"));
        Assert.Equal("Brussel", SettingsForm.Value(values, "services[0].address.city"));
        Assert.Equal(1, SettingsForm.RowCount(values, "services"));
    }

    [Theory]
    [InlineData("", 20)]
    [InlineData("12", 12)]
    public void An_empty_number_takes_the_default(string maxItems, int expected)
    {
        var fields = SettingsForm.For(FeatureCatalogue.LocalNews);
        var result = SettingsForm.Read(fields, V(("feedUrl", "https://stad.gent/nieuws.rss"), ("maxItems", maxItems)));
        Assert.Equal(expected, ((LocalNewsSettings)FeatureSettingsJson.Deserialize("local-news", result.Json!)).MaxItems);
    }

    [Fact]
    public void A_number_that_is_not_one_is_an_error_on_its_field()
    {
        var result = SettingsForm.Read(SettingsForm.For(FeatureCatalogue.LocalNews), V(("feedUrl", "https://stad.gent/nieuws.rss"), ("maxItems", "twintig")));
        Assert.Equal(new Tenants.Domain.ValidationError("maxItems", "Maximaal aantal berichten: geef een geheel getal op, bv. 10."), Assert.Single(result.Errors));
    }
}
