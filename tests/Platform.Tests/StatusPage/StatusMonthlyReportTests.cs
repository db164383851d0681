using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Platform.Tests.Infrastructure;
using StatusPage.Domain;
using StatusPage.Persistence;
using StatusPage.Reports;
using StatusPage.Catalog;
using StatusPage.Incidents;
using StatusPage.Maintenance;
using StatusPage.Subscriptions;

namespace Platform.Tests.StatusPage;

/// <summary>The monthly availability report: its PDF (read with pdftotext) and CSV carry the figures of the availability
/// computation for a seeded month, and the job mails it once per opted-in recipient and month.</summary>
public abstract partial class StatusMonthlyReportTests(PlatformApp app) : DatabaseTest(app)
{
    private StatusFixtureData Data => new(App);

    private static readonly DateTimeOffset TrackedSince = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);

    private sealed record Seeded(Guid ProductId, string Product, string A, string B, ComponentHistory HistoryA, ComponentHistory HistoryB);

    /// <summary>October 2026 (745 hours: DST ends on the 25th): A down 30 min (major) plus one hour of announced maintenance;
    /// B partially down 20 min and degraded (available) 15 min.</summary>
    private async Task<Seeded> SeedOctoberAsync()
    {
        var slug = "r-" + Guid.NewGuid().ToString("N")[..10];
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StatusPageDbContext>();
        var product = new Product { Id = Guid.NewGuid(), Slug = slug, Name = "Rapportproduct " + slug, CreatedAt = TrackedSince };
        var a = new Component { Id = Guid.NewGuid(), ProductId = product.Id, Name = "Config " + slug, SortOrder = 0, TrackedSince = TrackedSince };
        var b = new Component { Id = Guid.NewGuid(), ProductId = product.Id, Name = "Meld " + slug, SortOrder = 1, TrackedSince = TrackedSince };
        db.Products.Add(product);
        db.Components.AddRange(a, b);
        StatusIncident Incident(string title, Guid component, ImpactLevel level, DateTimeOffset start, TimeSpan length)
        {
            var i = new StatusIncident { Id = Guid.NewGuid(), Title = title + " " + slug, Status = IncidentUpdateStatus.Resolved, StartedAt = start, ResolvedAt = start + length };
            i.Impacts.Add(new IncidentImpact { Id = Guid.NewGuid(), IncidentId = i.Id, ComponentId = component, Level = level, Start = start, End = start + length });
            i.Updates.Add(new IncidentUpdate { Id = Guid.NewGuid(), IncidentId = i.Id, At = start, Status = IncidentUpdateStatus.Investigating, Message = "Onderzoek." });
            return i;
        }
        var down = Incident("Configuratie plat", a.Id, ImpactLevel.MajorOutage, new(2026, 10, 5, 10, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(30));
        var partial = Incident("Meldingen traag", b.Id, ImpactLevel.PartialOutage, new(2026, 10, 10, 8, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(20));
        var degraded = Incident("Meldingen vertraagd", b.Id, ImpactLevel.DegradedPerformance, new(2026, 10, 12, 8, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(15));
        db.Incidents.AddRange(down, partial, degraded);
        var m = new PlannedMaintenance
        {
            Id = Guid.NewGuid(), Title = "Databankupgrade " + slug, Description = "Upgrade.", CreatedAt = TrackedSince,
            ScheduledStart = new(2026, 10, 20, 22, 0, 0, TimeSpan.Zero), ScheduledEnd = new(2026, 10, 20, 23, 0, 0, TimeSpan.Zero),
            AnnouncedAt = new(2026, 10, 15, 9, 0, 0, TimeSpan.Zero), StartedAt = new(2026, 10, 20, 22, 0, 0, TimeSpan.Zero), CompletedAt = new(2026, 10, 20, 23, 0, 0, TimeSpan.Zero),
        };
        m.Components.Add(new MaintenanceComponent { MaintenanceId = m.Id, ComponentId = a.Id });
        db.Maintenance.Add(m);
        await db.SaveChangesAsync();
        return new Seeded(product.Id, product.Name, a.Name, b.Name,
            new ComponentHistory([.. down.Impacts.Select(i => i.ToOutagePeriod())], [m.ToWindow()], TrackedSince),
            new ComponentHistory([.. partial.Impacts.Concat(degraded.Impacts).Select(i => i.ToOutagePeriod())], [], TrackedSince));
    }

    [SkippableFact]
    public async Task Pdf_and_csv_carry_the_availability_computation_of_a_seeded_month()
    {
        var seeded = await SeedOctoberAsync();
        var data = Data;
        await data.ProductAsync(1); // signs the agent in
        var now = DateTimeOffset.UtcNow;
        var timelineA = AvailabilityTimeline.ForComponent(seeded.HistoryA, now);
        var timelineB = AvailabilityTimeline.ForComponent(seeded.HistoryB, now);
        var productTimeline = AvailabilityTimeline.ForProduct([seeded.HistoryA, seeded.HistoryB], now);
        var monthA = AvailabilityCalculator.ForMonth(timelineA, 2026, 10, now)!;
        var monthB = AvailabilityCalculator.ForMonth(timelineB, 2026, 10, now)!;
        var monthP = AvailabilityCalculator.ForMonth(productTimeline, 2026, 10, now)!;
        var budgetP = AvailabilityCalculator.BudgetForMonth(productTimeline, 2026, 10, now);
        // The contract's arithmetic, by hand: A 30 min down of 744 counted hours; the product 50 min, over its 44.64 min budget.
        Assert.Equal(100m * (1m - 30m / (744m * 60m)), monthA.Percentage);
        Assert.Equal(TimeSpan.FromMinutes(50), monthP.Unavailable);
        Assert.Equal(TimeSpan.FromMinutes(44.64), budgetP.Allowed);
        Assert.True(budgetP.IsExceeded);

        var csvResponse = await data.Agent.GetAsync("/api/status/reports/availability.csv?month=2026-10");
        await Api.EnsureAsync(csvResponse, HttpStatusCode.OK);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        var csv = Encoding.UTF8.GetString(await csvResponse.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFBeschikbaarheidsrapport;oktober 2026;", csv);
        string Row(string component, AvailabilityReport r, DowntimeBudget b) => string.Join(';',
            seeded.Product, component, Dec(ReportText.CsvPercentage(r.Percentage), 4), r.MeetsObjective && !b.IsExceeded ? "gehaald" : "niet gehaald",
            Dec(ReportText.Minutes(r.Unavailable), 2), Dec(ReportText.Minutes(r.Maintenance), 2), Dec(ReportText.Minutes(r.UnannouncedMaintenance), 2),
            Dec(ReportText.Minutes(b.Allowed), 2), Dec(ReportText.Minutes(b.Remaining), 2)) + "\r\n";
        Assert.Contains(Row("(hele product)", monthP, budgetP), csv);
        Assert.Contains(Row(seeded.A, monthA, AvailabilityCalculator.BudgetForMonth(timelineA, 2026, 10, now)), csv);
        Assert.Contains(Row(seeded.B, monthB, AvailabilityCalculator.BudgetForMonth(timelineB, 2026, 10, now)), csv);
        Assert.Contains($"{seeded.Product};(hele product);99,8879;niet gehaald;50,00;60,00;0,00;44,64;-5,36\r\n", csv);
        Assert.Contains($"Databankupgrade {seeded.Product["Rapportproduct ".Length..]};21/10/2026 00:00;21/10/2026 01:00;60,00;ja;{seeded.A}\r\n", csv);
        Assert.Contains($"Configuratie plat {seeded.Product["Rapportproduct ".Length..]};05/10/2026 12:00;05/10/2026 12:30;30,00;Grote storing;{seeded.A}\r\n", csv);
        Assert.Contains($"Meldingen vertraagd {seeded.Product["Rapportproduct ".Length..]};12/10/2026 10:00;12/10/2026 10:15;15,00;Verminderde prestaties;{seeded.B}\r\n", csv);

        var pdfResponse = await data.Agent.GetAsync("/api/status/reports/availability.pdf?month=2026-10");
        await Api.EnsureAsync(pdfResponse, HttpStatusCode.OK);
        var text = PdfText(await pdfResponse.Content.ReadAsByteArrayAsync());
        Assert.Contains("Beschikbaarheidsrapport oktober 2026", text);
        Assert.Contains($"Hele product {DayBars.FormatPercentage(monthP.Percentage)} niet gehaald 50 min 0 s overschreden met 5 min 21 s", text);
        Assert.Contains($"{seeded.A} {DayBars.FormatPercentage(monthA.Percentage)} gehaald 30 min 0 s", text);
        Assert.Contains("99,88 %", text);
        Assert.Contains("Aangekondigd onderhoud (telt niet mee): 1 u 0 min", text);
        Assert.Contains("21/10/2026 00:00 tot 21/10/2026 01:00 · 1 u 0 min · vooraf aangekondigd · Databankupgrade", text);

        var invalid = await data.Agent.GetAsync("/api/status/reports/availability.csv?month=oktober");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("Kies een maand als JJJJ-MM", await invalid.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await data.Agent.GetAsync("/api/status/reports/availability.pdf?month=2999-01")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.Anonymous().GetAsync("/api/status/reports/availability.pdf?month=2026-10")).StatusCode);
    }

    [SkippableFact]
    public async Task The_job_mails_the_report_once_per_recipient_from_the_first_working_day()
    {
        var seeded = await SeedOctoberAsync();
        var email = $"rapport-{Guid.NewGuid():N}@test.burgerprofiel.be";
        var late = $"laat-{Guid.NewGuid():N}@test.burgerprofiel.be";
        var without = $"zonder-{Guid.NewGuid():N}@test.burgerprofiel.be";
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StatusPageDbContext>();
            Subscriber Sub(string address, bool report, DateTimeOffset confirmed) => new()
            {
                ProductId = seeded.ProductId,
                Id = Guid.NewGuid(), Email = address, Token = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()),
                CreatedAt = confirmed, ConfirmedAt = confirmed, Source = "onboarding", MonthlyReport = report,
            };
            db.Subscribers.AddRange(Sub(email, true, TrackedSince), Sub(late, true, new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero)), Sub(without, false, TrackedSince));
            await db.SaveChangesAsync();
        }

        async Task<int> RunAsync(DateOnly today)
        {
            await using var scope = App.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<MonthlyReportJob>().SendAsync(today, CancellationToken.None);
        }
        // 1 November 2026 is a Sunday and All Saints' Day: the first working day is Monday the 2nd.
        Assert.Equal(0, await RunAsync(new DateOnly(2026, 11, 1)));
        Assert.Empty(Mailbox.To(App, email));
        // Two nodes at once, then a rerun the next day: one mail.
        await Task.WhenAll(RunAsync(new DateOnly(2026, 11, 2)), RunAsync(new DateOnly(2026, 11, 2)));
        await RunAsync(new DateOnly(2026, 11, 3));
        var mail = Assert.Single(Mailbox.To(App, email));
        Assert.Equal("Beschikbaarheidsrapport oktober 2026", mail.Subject);
        Assert.Contains($"- {seeded.Product}: 99,88 % beschikbaar (doel 99,9 %: niet gehaald)", mail.TextBody);
        var files = mail.Attachments.OfType<MimePart>().Select(a => a.FileName).ToList();
        Assert.Equal(["beschikbaarheid-2026-10.pdf", "beschikbaarheid-2026-10.csv"], files);
        Assert.Empty(Mailbox.To(App, without));
        Assert.Empty(Mailbox.To(App, late)); // confirmed after the first working day began: next month's report
    }

    private static string Dec(decimal value, int decimals) => value.ToString("F" + decimals, CultureInfo.GetCultureInfo("nl-BE"));

    private static string PdfText(byte[] pdf)
    {
        PdfCatalog.AssertDutch(pdf);
        var file = Path.Combine(Path.GetTempPath(), $"availability-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("/usr/bin/pdftotext", ["-layout", "-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return Whitespace().Replace(output, " ");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

[Collection(SqliteCollection.Name)]
public sealed class StatusMonthlyReportOnSqlite(SqliteApp app) : StatusMonthlyReportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class StatusMonthlyReportOnPostgres(PostgresApp app) : StatusMonthlyReportTests(app);
