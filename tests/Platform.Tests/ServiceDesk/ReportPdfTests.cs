using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Tests.Infrastructure;
using static Platform.Tests.ServiceDesk.ServiceDeskClient;

namespace Platform.Tests.ServiceDesk;

/// <summary>The monthly report's PDF, read with pdftotext (as a reader's tool would): words are not letter-spaced, and its
/// figures are the report's figures for the same month.</summary>
public abstract partial class ReportPdfTests(PlatformApp app) : DatabaseTest(app)
{
    [SkippableFact]
    public async Task The_pdf_reads_as_words_and_shows_the_same_figures_as_the_report()
    {
        var tenant = await Api.CreateTenantAsync("rp");
        var agent = Api.WithKey((await Api.CreateUserAsync("Agent")).Key);
        var admin = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", tenant.Slug)).Key);
        var monday = ServiceDeskApiTests.LastMondayAt10();
        await AgentIncidentAsync(agent, tenant.Slug, monday, 1, 1, "Storing aanmelden");
        var answered = (await AgentIncidentAsync(agent, tenant.Slug, monday, 4, 4, "Vraag over kalender")).GetProperty("id").GetGuid();
        await PostOkAsync(agent, $"{Incidents}/{answered}/replies", new { text = "Antwoord", @public = true });
        await AgentIncidentAsync(agent, tenant.Slug, monday, 2, 3, "Trage agenda");
        var path = $"/api/servicedesk/tenants/{tenant.Slug}/reports/{monday.Year}/{monday.Month}";

        var report = await GetJsonAsync(admin, path);
        var pdf = await admin.GetAsync(path + ".pdf");
        await Api.EnsureAsync(pdf, HttpStatusCode.OK);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        var text = Layout(bytes);

        // Whole words in reading order (pdftotext without -layout), the header line not cut off, the SLA chart's title and legend.
        var raw = Pdftotext(bytes);
        Assert.Contains("opgemaakt", raw);
        Assert.Contains("Incidenten per prioriteit", raw);
        Assert.Contains("werkuren 9–17 u, maandag tot vrijdag, zonder feestdagen", raw);
        Assert.Contains("Doelstellingen gehaald per prioriteit (%)", raw);
        Assert.Contains("Reactie op tijd", raw);
        Assert.Contains("Oplossing op tijd", raw);
        Assert.Matches($@"(?m)^Title:\s+Servicedeskrapport Gemeente {tenant.Slug} \S+ {monday.Year}$", Tool("/usr/bin/pdfinfo", bytes));
        PdfCatalog.AssertDutch(bytes);

        Assert.Contains("opgemaakt op", text);
        Assert.Contains("Incidenten per prioriteit", text);
        foreach (var p in report.GetProperty("perPriority").EnumerateArray())
            Assert.Contains($"{p.GetProperty("priority").GetString()} {p.GetProperty("count").GetInt32()}", text);
        Assert.Contains($"Totaal {report.GetProperty("total").GetInt32()}", text);
        Assert.Equal(3, report.GetProperty("total").GetInt32());
        foreach (var (name, key) in new[] { ("Reactie", "response"), ("Oplossing", "resolution") })
        {
            var s = report.GetProperty(key);
            var percent = s.GetProperty("metPercent").ValueKind == JsonValueKind.Null ? "–"
                : s.GetProperty("metPercent").GetDouble().ToString("0.0", CultureInfo.GetCultureInfo("nl-BE")) + " %";
            Assert.Contains($"{name} {s.GetProperty("met").GetInt32()} {s.GetProperty("breached").GetInt32()} {s.GetProperty("open").GetInt32()} {percent}", text);
        }
        Assert.Contains($"Overschrijdingen ({report.GetProperty("breaches").GetArrayLength()})", text);
    }

    [SkippableFact]
    public async Task The_service_report_pdf_shows_the_same_figures_as_its_json_and_other_tenants_admins_are_refused()
    {
        var tenant = await Api.CreateTenantAsync("sr");
        var other = await Api.CreateTenantAsync("sx");
        var agent = Api.WithKey((await Api.CreateUserAsync("Agent")).Key);
        var admin = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", tenant.Slug)).Key);
        var otherAdmin = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", other.Slug)).Key);
        var monday = ServiceDeskApiTests.LastMondayAt10();
        await AgentIncidentAsync(agent, tenant.Slug, monday, 1, 1, "Storing aanmelden");
        var answered = (await AgentIncidentAsync(agent, tenant.Slug, monday, 4, 4, "Vraag over kalender")).GetProperty("id").GetGuid();
        await PostOkAsync(agent, $"{Incidents}/{answered}/replies", new { text = "Antwoord", @public = true });
        await AgentIncidentAsync(agent, tenant.Slug, monday, 2, 3, "Trage agenda");
        var path = $"/api/servicedesk/tenants/{tenant.Slug}/service-reports/{monday:yyyy-MM}";

        var report = await GetJsonAsync(admin, path);
        Assert.Equal(3, (await GetJsonAsync(agent, path)).GetProperty("total").GetInt32());
        var monthly = await GetJsonAsync(admin, $"/api/servicedesk/tenants/{tenant.Slug}/reports/{monday.Year}/{monday.Month}");
        Assert.Equal(3, report.GetProperty("total").GetInt32());
        Assert.Equal(monthly.GetProperty("response").GetProperty("met").GetInt32(), report.GetProperty("totals").GetProperty("responseMet").GetInt32());
        Assert.Equal(monthly.GetProperty("resolution").GetProperty("breached").GetInt32(), report.GetProperty("totals").GetProperty("resolutionBreached").GetInt32());
        Assert.Equal(3, report.GetProperty("openItems").GetArrayLength());

        var pdf = await admin.GetAsync(path + ".pdf");
        await Api.EnsureAsync(pdf, HttpStatusCode.OK);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        var text = Layout(bytes);
        Assert.Contains("Maandrapport dienstverlening", text);
        Assert.Contains("Doelstellingen gehaald per prioriteit (%)", Pdftotext(bytes));
        Assert.Matches($@"(?m)^Title:\s+Maandrapport dienstverlening Gemeente {tenant.Slug} \S+ {monday.Year}$", Tool("/usr/bin/pdfinfo", bytes));
        PdfCatalog.AssertDutch(bytes);
        Assert.Contains("Incidenten per prioriteit", text);
        foreach (var p in report.GetProperty("perPriority").EnumerateArray().Append(report.GetProperty("totals")))
            Assert.Contains($"{p.GetProperty("priority").GetString()} {p.GetProperty("count").GetInt32()} {p.GetProperty("responseMet").GetInt32()} " +
                $"{p.GetProperty("responseBreached").GetInt32()} {p.GetProperty("resolutionMet").GetInt32()} {p.GetProperty("resolutionBreached").GetInt32()}", text);
        var availability = report.GetProperty("availability");
        Assert.Contains($"Beschikbaarheid {availability.GetProperty("display").GetString()} · doel 99,9 %", text);
        Assert.Contains($"onbeschikbaar {availability.GetProperty("downtimeMinutes").GetInt64()} minuten", text);
        Assert.Contains("Openstaande incidenten op het einde van de maand (3)", text);
        foreach (var o in report.GetProperty("openItems").EnumerateArray())
            Assert.Contains($"{o.GetProperty("number").GetString()} · {o.GetProperty("priority").GetString()} · {o.GetProperty("ageDays").GetInt32()} dagen open", text);

        Assert.Contains((await otherAdmin.GetAsync(path)).StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Contains((await otherAdmin.GetAsync(path + ".pdf")).StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"/api/servicedesk/tenants/{tenant.Slug}/service-reports/2026-13")).StatusCode);
    }

    /// <summary>pdftotext in reading order (no -layout), whitespace collapsed: words split by letter-spacing would show here.</summary>
    private static string Pdftotext(byte[] pdf) => Whitespace().Replace(Tool("/usr/bin/pdftotext", pdf, "-enc", "UTF-8"), " ");

    /// <summary>A poppler tool on the PDF (its output on stdout).</summary>
    private static string Tool(string tool, byte[] pdf, params string[] options)
    {
        var file = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var o in options) start.ArgumentList.Add(o);
            start.ArgumentList.Add(file);
            if (tool.EndsWith("pdftotext", StringComparison.Ordinal)) start.ArgumentList.Add("-");
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>pdftotext -layout (rows stay rows), whitespace collapsed.</summary>
    internal static string Layout(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("/usr/bin/pdftotext", ["-layout", "-enc", "UTF-8", file, "-"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            })!;
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
public sealed class ReportPdfTestsOnSqlite(SqliteApp app) : ReportPdfTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReportPdfTestsOnPostgres(PostgresApp app) : ReportPdfTests(app);
