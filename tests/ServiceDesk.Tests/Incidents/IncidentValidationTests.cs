using ServiceDesk.Incidents;
using ServiceDesk.Persistence;

namespace ServiceDesk.Tests.Incidents;

public class IncidentValidationTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-23T19:00:00+00:00");

    private static CreateIncidentRequest Request(string? receivedAt = null, string? tenant = "gent", int? urgency = 2, int? impact = 3, string? channel = null) =>
        new(tenant, "Titel", "Beschrijving", urgency, impact, null, receivedAt, channel, null, null);

    [Fact]
    public void A_reporters_incident_is_received_now_via_the_portal()
    {
        var (valid, errors) = IncidentValidation.Check(Request(tenant: null), staff: false, Now);
        Assert.Empty(errors);
        Assert.Equal(Now, valid!.ReportedAt);
        Assert.Equal(IncidentChannel.Portal, valid.Channel);
    }

    [Fact]
    public void A_reporter_may_not_give_a_received_time() =>
        Assert.True(IncidentValidation.Check(Request("2026-11-23T10:00:00+01:00"), staff: false, Now).Errors.ContainsKey("receivedAt"));

    [Theory]
    [InlineData("2026-11-23T20:00:00+01:00", true)]     // = 19:00 UTC, exactly now
    [InlineData("2026-11-23T20:00:01+01:00", false)]    // one second in the future
    [InlineData("2026-10-24T19:00:00Z", true)]          // exactly 30 days back
    [InlineData("2026-10-24T18:59:59Z", false)]         // just over 30 days
    [InlineData("2026-11-23T10:00:00", false)]          // no offset
    [InlineData("23/11/2026 10:00", false)]
    [InlineData("2026-11-23T10:00+01:00", true)]
    [InlineData("2026-11-23T09:00:00.123Z", true)]
    public void Agents_give_a_received_time_with_offset_within_the_last_30_days(string receivedAt, bool ok)
    {
        var (valid, errors) = IncidentValidation.Check(Request(receivedAt), staff: true, Now);
        Assert.Equal(ok, errors.Count == 0);
        if (ok) Assert.Equal(DateTimeOffset.Parse(receivedAt, System.Globalization.CultureInfo.InvariantCulture), valid!.ReportedAt);
        if (ok) Assert.Equal(TimeSpan.Zero, valid!.ReportedAt.Offset);
    }

    [Fact]
    public void Agents_without_a_received_time_record_now_by_email()
    {
        var (valid, _) = IncidentValidation.Check(Request(), staff: true, Now);
        Assert.Equal(Now, valid!.ReportedAt);
        Assert.Equal(IncidentChannel.Email, valid.Channel);
    }

    [Theory]
    [InlineData("phone", true)]
    [InlineData("telefoon", true)]
    [InlineData("email", true)]
    [InlineData("fax", false)]
    public void Channels(string channel, bool ok) =>
        Assert.Equal(ok, IncidentValidation.Check(Request(channel: channel), staff: true, Now).Errors.Count == 0);

    [Fact]
    public void Agents_name_the_tenant() =>
        Assert.True(IncidentValidation.Check(Request(tenant: null), staff: true, Now).Errors.ContainsKey("tenant"));

    [Theory]
    [InlineData(0, 1, "urgency")]
    [InlineData(5, 1, "urgency")]
    [InlineData(null, 1, "urgency")]
    [InlineData(1, 0, "impact")]
    [InlineData(1, 5, "impact")]
    public void Urgency_and_impact_are_1_to_4(int? urgency, int? impact, string field) =>
        Assert.True(IncidentValidation.Check(Request(urgency: urgency, impact: impact), staff: false, Now).Errors.ContainsKey(field));

    [Fact]
    public void Title_and_description_are_required_and_bounded()
    {
        var errors = IncidentValidation.Check(new CreateIncidentRequest(null, " ", new string('x', 10_001), 1, 1, null, null, null, null, null), false, Now).Errors;
        Assert.Equal(["De titel is verplicht."], errors["title"]);
        Assert.Contains("10000", errors["description"][0]);
    }
}
