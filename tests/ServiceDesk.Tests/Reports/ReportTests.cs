using ServiceDesk.Domain;
using ServiceDesk.Reports;
using static ServiceDesk.Domain.IncidentStatus;

namespace ServiceDesk.Tests.Reports;

public class PercentileTests
{
    [Theory]
    [InlineData(new double[] { 5 }, 0.5, 5)]
    [InlineData(new double[] { 1, 3 }, 0.5, 2)]
    [InlineData(new double[] { 1, 2, 3 }, 0.5, 2)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0.9, 9.1)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0.5, 5.5)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 1.0, 10)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0.0, 1)]
    public void Linear_between_closest_ranks(double[] sorted, double p, double expected) =>
        Assert.Equal(expected, Percentile.Of(sorted, p)!.Value, 10);

    [Fact]
    public void None_of_nothing() => Assert.Null(Percentile.Of([], 0.5));
}

/// <summary>Monthly report; 2 March 2026 is a Monday.</summary>
public class MonthlyReportTests
{
    private static DateTimeOffset At(string s) => DateTimeOffset.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static ReportIncident Incident(string title, Priority p, string reported, string? reply, params (string At, IncidentStatus Status)[] history) =>
        new(Guid.NewGuid(), "MBP-2026-00001", "gent", title, new IncidentClockFacts(At(reported), p, reply is null ? null : At(reply),
            history.Select(h => new StatusChange(At(h.At), h.Status)).ToList()));

    [Fact]
    public void Counts_objectives_percentiles_and_breaches()
    {
        var now = At("2026-04-15T12:00:00+02:00");
        var report = MonthlyReport.Build(2026, 3, ClockPolicy.Contract,
        [
            // P1: answered after 1 h (met), resolved after 6 h (met).
            Incident("snel", Priority.P1, "2026-03-02T09:00:00+01:00", "2026-03-02T10:00:00+01:00", ("2026-03-02T15:00:00+01:00", Resolved)),
            // P1: answered after 3 h (breached), resolved after 10 h (breached: Mon 9-17 = 8 h, Tue 9-11 = 2 h).
            Incident("traag", Priority.P1, "2026-03-02T09:00:00+01:00", "2026-03-02T12:00:00+01:00", ("2026-03-03T11:00:00+01:00", Resolved)),
            // P4: answered after 2 h, still open at now, 240 h not yet used up: resolution open.
            Incident("open", Priority.P4, "2026-03-30T09:00:00+02:00", "2026-03-30T11:00:00+02:00"),
        ], now);

        Assert.Equal(3, report.Total);
        Assert.Equal(2, report.PerPriority[Priority.P1]);
        Assert.Equal(0, report.PerPriority[Priority.P2]);
        Assert.Equal(1, report.PerPriority[Priority.P4]);
        Assert.Equal(new ObjectiveStats(2, 1, 0, 200.0 / 3, 2, 2.8), report.Response with { MetPercent = 200.0 / 3 });
        Assert.Equal(200.0 / 3, report.Response.MetPercent!.Value, 10);
        Assert.Equal(2, report.Response.MedianHours!.Value, 10);     // 1, 2, 3
        Assert.Equal(2.8, report.Response.P90Hours!.Value, 10);
        Assert.Equal(1, report.Resolution.Met);
        Assert.Equal(1, report.Resolution.Breached);
        Assert.Equal(1, report.Resolution.Open);
        Assert.Equal(50, report.Resolution.MetPercent);
        Assert.Equal(8, report.Resolution.MedianHours!.Value, 10);   // 6 and 10
        var breaches = report.Breaches.Select(b => (b.Title, b.Clock)).ToList();
        Assert.Equal([("traag", "resolution"), ("traag", "response")], breaches);
    }

    [Fact]
    public void An_empty_month_has_no_percentages()
    {
        var report = MonthlyReport.Build(2026, 2, ClockPolicy.Contract, [], At("2026-03-01T00:00:00Z"));
        Assert.Equal(0, report.Total);
        Assert.Null(report.Response.MetPercent);
        Assert.Null(report.Resolution.MedianHours);
        Assert.Empty(report.Breaches);
    }

    [Theory]
    [InlineData(2026, 3, "2026-03-01T00:00:00+01:00", "2026-04-01T00:00:00+02:00")] // DST starts in March
    [InlineData(2026, 10, "2026-10-01T00:00:00+02:00", "2026-11-01T00:00:00+01:00")]
    [InlineData(2026, 12, "2026-12-01T00:00:00+01:00", "2027-01-01T00:00:00+01:00")]
    public void Months_are_Brussels_calendar_months(int year, int month, string start, string end)
    {
        var (s, e) = MonthlyReport.MonthBounds(year, month, Platform.Kernel.Formatting.Dutch.Brussels);
        Assert.Equal(At(start), s);
        Assert.Equal(At(end), e);
    }

    [Theory]
    [InlineData("gewoon", "gewoon")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("zegt \"hallo\"", "\"zegt \"\"hallo\"\"\"")]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("-3", "-3")] // only digits and signs: data, never a formula that runs (kernel Csv rule)
    [InlineData("-HYPERLINK(\"x\")", "\"'-HYPERLINK(\"\"x\"\")\"")]
    public void Csv_fields_are_quoted_and_formulas_defused(string value, string field) => Assert.Equal(field, Platform.Kernel.Export.Csv.Field(value));

    [Fact]
    public void Csv_has_a_bom_semicolons_and_decimal_commas()
    {
        var report = MonthlyReport.Build(2026, 3, ClockPolicy.Contract,
            [Incident("x", Priority.P1, "2026-03-02T09:00:00+01:00", "2026-03-02T10:30:00+01:00")], At("2026-03-02T11:00:00+01:00"));
        var bytes = ReportCsv.Write(report, "Stad Gent");
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("Reactie;1;0;0;100,0 %;1,50;1,50", text);
    }

    [Fact]
    public void The_pdf_renders_with_many_breaches_over_several_pages()
    {
        var incidents = Enumerable.Range(0, 120).Select(i => Incident("storing " + i, Priority.P1, "2026-03-02T09:00:00+01:00", null));
        var report = MonthlyReport.Build(2026, 3, ClockPolicy.Contract, incidents, At("2026-03-20T12:00:00+01:00"));
        Assert.Equal(240, report.Breaches.Count);
        var pdf = ReportPdf.Render(report, "Stad Gent", At("2026-03-20T12:00:00+01:00"));
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.True(System.Text.RegularExpressions.Regex.Count(text, "/Type\\s*/Page\\b") >= 3);
    }
}

public class SlaWarningsTests
{
    private static ClockReading Reading(double elapsedHours, ClockState state, bool stopped = false) =>
        new(TimeSpan.FromHours(8), DateTimeOffset.UnixEpoch, TimeSpan.FromHours(elapsedHours), state, false, stopped ? DateTimeOffset.UnixEpoch : null);

    [Theory]
    [InlineData(5.99, "Running", false, "")]
    [InlineData(6, "Running", false, "SeventyFivePercent")]
    [InlineData(8, "Running", false, "SeventyFivePercent")]
    [InlineData(8.01, "Breached", false, "Breach")]
    [InlineData(3, "Met", true, "")]
    [InlineData(9, "Breached", true, "")]
    [InlineData(7, "Paused", false, "SeventyFivePercent")]
    public void Only_running_clocks_warn_at_75_percent_and_at_breach(double elapsed, string state, bool stopped, string expected)
    {
        var r = Reading(elapsed, Enum.Parse<ClockState>(state), stopped);
        var due = SlaWarnings.Due(new IncidentClocks(r, Reading(0, ClockState.Running)));
        Assert.Equal(expected, string.Join(",", due.Select(d => d.Level.ToString())));
        Assert.All(due, d => Assert.Equal(WarningClock.Response, d.Clock));
    }
}
