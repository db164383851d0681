using System.Net;
using System.Text.RegularExpressions;
using Platform.Tests.Billing;
using Platform.Tests.Infrastructure;
using static Platform.Tests.ServiceDesk.ServiceDeskClient;

namespace Platform.Tests.Home;

/// <summary>The home pages' figures per role count exactly the rows of the filtered lists they link to.</summary>
public abstract partial class HomeFiguresTests(PlatformApp app) : DatabaseTest(app)
{
    [SkippableFact]
    public async Task An_agents_figures_match_the_queue_they_link_to()
    {
        var tenant = await Api.CreateTenantAsync("hf");
        var agent = Api.WithKey((await Api.CreateUserAsync("Agent")).Key);
        await AgentIncidentAsync(agent, tenant.Slug, ServiceDesk.ServiceDeskApiTests.LastMondayAt10(), 1, 1, "Alles plat");
        await AgentIncidentAsync(agent, tenant.Slug, DateTimeOffset.UtcNow, 4, 4, "Vraag over de kaart");

        var home = await agent.GetStringAsync("/");
        var figures = Figures(home);
        Assert.Contains("role=\"img\"", home);
        Assert.Contains("<desc id=\"fig-desk-open-desc\">", home);
        Assert.True(figures["desk-open/P1"].Count >= 1, "the breached P1 is counted");
        Assert.True(figures["desk-clocks/breached"].Count >= 1);
        foreach (var key in new[] { "desk-open/P1", "desk-open/P2", "desk-open/P3", "desk-open/P4",
                     "desk-clocks/due-today", "desk-clocks/breaching-soon", "desk-clocks/breached" })
            await AssertListCountAsync(agent, figures[key]);
        Assert.Contains("desk-sla/P1", figures.Keys);
        Assert.Equal(6, figures.Keys.Count(k => k.StartsWith("desk-trend/", StringComparison.Ordinal)));
        // The API gives the same panels (for clients other than the browser).
        Assert.Contains("\"key\":\"desk-open\"", await agent.GetStringAsync("/api/home/figures"));
    }

    [SkippableFact]
    public async Task A_platform_admins_and_a_tenant_admins_figures_match_their_lists()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (tenant, _) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        await Api.CreateTenantAsync("hfo");
        var admin = Api.Admin();

        var figures = Figures(await admin.GetStringAsync("/"));
        Assert.True(figures["tenant-stages/live"].Count >= 1);
        Assert.True(figures["tenant-stages/onboarding"].Count >= 1);
        foreach (var key in new[] { "tenant-stages/onboarding", "tenant-stages/live", "tenant-stages/stopgezet", "tenant-requests/pending" })
            await AssertListCountAsync(admin, figures[key]);
        Assert.Contains("status-today/open-outages", figures.Keys);
        Assert.Contains("desk-open/P1", figures.Keys);

        var tenantAdmin = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", tenant.Slug)).Key);
        var reporter = Api.WithKey((await Api.CreateUserAsync("Reporter", tenant.Slug)).Key);
        await ReporterIncidentAsync(reporter, "Melding voor de startpagina");
        var own = Figures(await tenantAdmin.GetStringAsync("/"));
        Assert.Equal(1, own["tenant-incidents/open"].Count);
        Assert.Equal(1, own["tenant-invoices/to-pay"].Count);
        Assert.Equal("nog niets gepubliceerd", own["tenant-app/version"].Text);
        await AssertListCountAsync(tenantAdmin, own["tenant-incidents/open"]);
        await AssertListCountAsync(tenantAdmin, own["tenant-invoices/to-pay"]);
    }

    [SkippableFact]
    public async Task Finances_figures_match_the_invoice_list_of_the_year()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        await BillingSetup.IssuedInvoiceAsync(Api, finance);
        await BillingSetup.LiveTenantAsync(Api);
        await BillingSetup.RunAsync(finance);

        var figures = Figures(await finance.GetStringAsync("/"));
        Assert.True(figures["finance-status/draft"].Count >= 1);
        Assert.True(figures["finance-status/issued"].Count >= 1);
        foreach (var key in new[] { "finance-status/draft", "finance-status/issued", "finance-status/partiallyPaid", "finance-status/paid", "finance-status/overdue" })
        {
            Assert.Contains($"jaar={BillingSetup.Year}", figures[key].Href);
            await AssertListCountAsync(finance, figures[key]);
        }
        var review = figures["finance-follow-up/review"];
        Assert.Contains($"Te controleren ({review.Count})", await finance.GetStringAsync(review.Href));
    }

    private sealed record Shown(string Text, string Href, int? Count);

    /// <summary>Figures by <c>panel/figure</c>, read from the rendered home page.</summary>
    private static Dictionary<string, Shown> Figures(string html)
    {
        var result = new Dictionary<string, Shown>();
        foreach (Match panel in PanelPattern().Matches(html))
            foreach (Match row in RowPattern().Matches(panel.Groups["body"].Value))
                result[$"{panel.Groups["panel"].Value}/{row.Groups["key"].Value}"] = new(
                    WebUtility.HtmlDecode(row.Groups["text"].Value).Trim(), WebUtility.HtmlDecode(row.Groups["href"].Value),
                    row.Groups["count"].Value is { Length: > 0 } c ? int.Parse(c) : null);
        Assert.NotEmpty(result);
        return result;
    }

    /// <summary>The list behind a figure shows as many rows (in its last table) as the figure counts.</summary>
    private static async Task AssertListCountAsync(HttpClient client, Shown figure)
    {
        Assert.NotNull(figure.Count);
        Assert.StartsWith("/", figure.Href);
        var response = await client.GetAsync(figure.Href);
        await Api.EnsureAsync(response, HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        // A paged list says its total in the shared pager ("1–25 van 37 · pagina 1 van 2"); an unpaged one shows every row.
        var pager = Regex.Matches(html, @"\d+–\d+ van (\d+) · pagina");
        var bodies = BodyPattern().Matches(html);
        var rows = pager.Count > 0 ? int.Parse(pager[^1].Groups[1].Value)
            : bodies.Count == 0 ? 0
            : Regex.Matches(bodies[^1].Groups[1].Value, "<tr[\\s>](?:(?!</tr>).)*</tr>", RegexOptions.Singleline).Count(r => !r.Value.Contains("colspan"));
        Assert.True(figure.Count == rows, $"{figure.Href}: the home page shows {figure.Count}, the list {rows} rows");
    }

    [GeneratedRegex("<section class=\"card figure-panel\"[^>]*data-panel=\"(?<panel>[^\"]+)\">(?<body>.*?)</section>", RegexOptions.Singleline)]
    private static partial Regex PanelPattern();

    [GeneratedRegex("<tr data-figure=\"(?<key>[^\"]+)\"(?: data-count=\"(?<count>\\d*)\")?>.*?<td class=\"num\">\\s*(?:<a href=\"(?<href>[^\"]+)\"[^>]*>)?(?<text>[^<]*)", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<tbody>(.*?)</tbody>", RegexOptions.Singleline)]
    private static partial Regex BodyPattern();
}

[Collection(SqliteCollection.Name)]
public sealed class HomeFiguresTestsOnSqlite(SqliteApp app) : HomeFiguresTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HomeFiguresTestsOnPostgres(PostgresApp app) : HomeFiguresTests(app);
