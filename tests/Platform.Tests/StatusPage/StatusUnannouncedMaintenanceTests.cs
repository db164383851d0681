using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.StatusPage;

/// <summary>
/// DOMAIN.md §4 through the real app and its clock: three components share one two-hour window across midnight at the
/// end of November. One was announced the day before, one only half an hour after it began, one never (a draft that
/// ran on schedule). The public page counts the last two as downtime, the same way, in the day bars, the month
/// figure and the downtime budget, and says which maintenance was unannounced.
/// </summary>
public abstract class StatusUnannouncedMaintenanceTests
{
    protected abstract string Provider { get; }

    // 30 November 2026, 12:00 in Brussels (winter time, UTC+1).
    private static readonly DateTimeOffset Noon = new(2026, 11, 30, 11, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WindowStart = new(2026, 11, 30, 22, 0, 0, TimeSpan.Zero); // 23:00 Brussels

    [SkippableFact]
    public async Task Unannounced_and_late_announced_windows_cost_the_day_bars_the_month_and_the_budget()
    {
        Skip.If(Provider == "Postgres" && string.IsNullOrWhiteSpace(PostgresApp.ServerConnectionString), "PostgreSQL tests need PLATFORM_TEST_POSTGRES.");
        using var app = new ClockedApp(Provider, Noon);
        var data = new StatusFixtureData(app);
        var product = await data.ProductAsync(3);
        var (announced, late, never) = (product.Components[0], product.Components[1], product.Components[2]);
        var names = Enumerable.Range(1, 3).Select(i => $"Onderdeel {i} van {product.Slug}").ToArray();

        await PlanAsync(data, "Vooraf " + product.Slug, announced, announce: true);
        var lateId = await PlanAsync(data, "Laat " + product.Slug, late, announce: false);
        await PlanAsync(data, "Nooit " + product.Slug, never, announce: false);

        app.Clock.Advance(WindowStart.AddMinutes(30) - Noon);
        await Api.EnsureAsync(await data.Agent.PostAsync($"/api/status/maintenance/{lateId}/announce", null), HttpStatusCode.OK);
        app.Clock.Advance(TimeSpan.FromHours(12)); // 1 December 2026, 11:30 in Brussels

        var html = await app.Api().Anonymous().GetStringAsync($"/status?product={product.Slug}");

        // Announced the day before: the hour either side of midnight is excluded, nothing counts against the objective.
        var first = Component(html, names[0]);
        Assert.Contains("30/11/2026: 100,00 % beschikbaar, geen storingen, onderhoud<", first);
        Assert.Contains("01/12/2026: 100,00 % beschikbaar, geen storingen, onderhoud<", first);
        var allowedDecember = "44 min 34 s"; // 0.1 % of (744 h − 1 h announced) = 2 674.8 s
        Assert.Contains($"deze maand tot nu: 100,00 % · toegelaten onbeschikbaarheid deze maand (99,9 %): {allowedDecember} over van {allowedDecember}", first);
        Assert.Contains("aangekondigd onderhoud deze maand: 1 u 0 min (telt niet mee)", first);
        Assert.DoesNotContain("niet vooraf aangekondigd", first);

        // Announced half an hour late and never announced: the same figures, both counted as downtime.
        foreach (var name in names[1..])
        {
            var c = Component(html, name);
            // Tracked from 30/11 12:00: 1 h down of 12 h; 1/12 11:30: 1 h down of 11.5 h.
            Assert.Contains("30/11/2026: 91,66 % beschikbaar, geen storingen, niet vooraf aangekondigd onderhoud (telt als onbeschikbaar)", c);
            Assert.Contains("01/12/2026: 91,30 % beschikbaar, geen storingen, niet vooraf aangekondigd onderhoud (telt als onbeschikbaar)", c);
            Assert.Contains("<li class=\"u\">", c);
            Assert.Contains("90 dagen: 91,48 %", c); // 2 h of 23.5 h
            Assert.Contains("deze maand tot nu: 91,30 %", c);
            // 0.1 % of 744 h = 44.64 min allowed; 60 min used.
            Assert.Contains("toegelaten onbeschikbaarheid deze maand (99,9 %): overschreden met 15 min 21 s", c);
            Assert.Contains("niet vooraf aangekondigd onderhoud deze maand: 1 u 0 min (telt als onbeschikbaar)", c);
            Assert.DoesNotContain("aangekondigd onderhoud deze maand: 1 u 0 min (telt niet mee)", c);
        }

        // The page names the unannounced windows and says how each was (not) announced.
        var section = html[html.IndexOf("<h2 id=\"onaangekondigd\">", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("Laat " + product.Slug, section);
        Assert.Contains("Pas aangekondigd na de start (30/11/2026 om 23:30)", section);
        Assert.Contains("Nooit " + product.Slug, section);
        Assert.Contains("Niet aangekondigd", section);
        Assert.DoesNotContain("Vooraf " + product.Slug, section);
    }

    private static async Task<Guid> PlanAsync(StatusFixtureData data, string title, Guid component, bool announce)
    {
        var response = await data.Agent.PostAsJsonAsync("/api/status/maintenance", new
        {
            title, description = "Database-upgrade.", start = WindowStart, end = WindowStart.AddHours(2),
            componentIds = new[] { component }, announce,
        });
        await Api.EnsureAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The list item of one component: its bar and its figures.</summary>
    private static string Component(string html, string name)
    {
        var start = html.IndexOf($"<strong>{name}</strong>", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{name} is not on the page.");
        var figures = html.IndexOf("<p class=\"figures\">", start, StringComparison.Ordinal);
        return html[start..html.IndexOf("</p>", figures, StringComparison.Ordinal)];
    }
}

[Collection(OwnHostsCollection.Name)]
public sealed class StatusUnannouncedMaintenanceOnSqlite : StatusUnannouncedMaintenanceTests
{
    protected override string Provider => "Sqlite";
}

[Collection(OwnHostsCollection.Name)]
public sealed class StatusUnannouncedMaintenanceOnPostgres : StatusUnannouncedMaintenanceTests
{
    protected override string Provider => "Postgres";
}
