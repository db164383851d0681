using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.Kernel.Export;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Tenants;

/// <summary>The yearly population table (13.2): upload → preview under a token (matched, unmatched, duplicate, malformed,
/// out-of-range rows with Dutch reasons; changes and fee-tier moves) → apply all or nothing; the invoice run for the year
/// that stopped on a missing figure then completes.</summary>
public abstract class PopulationImportTests(PlatformApp app) : DatabaseTest(app)
{
    private static int _nis = Random.Shared.Next(0, 4000);

    /// <summary>A NIS code no other test uses (7xxxx; the shared tenants use 44021).</summary>
    internal static string NewNis() => "7" + (Interlocked.Increment(ref _nis) % 10_000).ToString("D4");

    internal static async Task<(Api.TestTenant Tenant, string Nis, string Name)> TenantAsync(Api api, int? inhabitants2025 = 20_000, string? nis = null)
    {
        nis ??= NewNis();
        var slug = "pop-" + Guid.NewGuid().ToString("N")[..12];
        var name = "Gemeente Bevolking " + Guid.NewGuid().ToString("N")[..8];
        var response = await api.Admin().PostAsJsonAsync("/api/tenants", new
        {
            slug, name, kbo = Api.NewKbo(), nisCode = nis, address = new { street = "Markt 1", postalCode = "9000", city = "Gent" },
            inhabitants = inhabitants2025 is { } n ? new[] { new { year = 2025, count = n } } : [],
        });
        await Api.EnsureAsync(response, HttpStatusCode.Created);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return (new Api.TestTenant(slug, id), nis, name);
    }

    internal static MultipartFormDataContent Upload(byte[] file, string fileName, string? year = "2026",
        string? source = "Agentschap Binnenlands Bestuur, Gemeente-Stadsmonitor 2026", string? publishedOn = "2026-03-15")
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx") ? Xlsx.ContentType : "text/csv");
        form.Add(content, "file", fileName);
        if (year is not null) form.Add(new StringContent(year), "year");
        if (source is not null) form.Add(new StringContent(source), "source");
        if (publishedOn is not null) form.Add(new StringContent(publishedOn), "publishedOn");
        return form;
    }

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    private async Task<int?> FigureAsync(string slug, int year)
    {
        var tenant = await Api.Admin().GetFromJsonAsync<JsonElement>($"/api/tenants/{slug}");
        return tenant.GetProperty("inhabitants").EnumerateArray().Where(i => i.GetProperty("year").GetInt32() == year)
            .Select(i => (int?)i.GetProperty("count").GetInt32()).FirstOrDefault();
    }

    private static JsonElement Row(JsonElement preview, int line) =>
        preview.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("line").GetInt32() == line);

    [SkippableFact]
    public async Task A_table_with_refused_rows_is_previewed_with_reasons_and_nothing_is_applied()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var a = await TenantAsync(Api);
        var b = await TenantAsync(Api);
        var c = await TenantAsync(Api);
        var unknown = NewNis();
        var upload = Csv(
            "NIS-code;Gemeente;Inwoners op 1 januari",
            $"{a.Nis};;26.500",                   // 2 matched, tier 2 → 3
            $"{unknown};Nergenshuizen;12 000",   // 3 unmatched
            $"{b.Nis};;30000",                    // 4 duplicate of 5
            $"{b.Nis};;30.100",                   // 5 duplicate of 4
            $"123;Kortcode;5000",                  // 6 malformed NIS code
            $"{c.Nis};;12,5",                     // 7 malformed number
            $";{c.Name};3.000.000",               // 8 out of range (by name)
            ";;");                                 // blank: skipped
        var response = await finance.PostAsync("/api/population-imports", Upload(upload, "bevolking-2026.csv"));
        await Api.EnsureAsync(response, HttpStatusCode.OK);
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("matched", Row(preview, 2).GetProperty("status").GetString());
        Assert.Equal("unmatched", Row(preview, 3).GetProperty("status").GetString());
        Assert.Contains(unknown, Row(preview, 3).GetProperty("reason").GetString());
        Assert.Equal("duplicate", Row(preview, 4).GetProperty("status").GetString());
        Assert.Contains("regel 5", Row(preview, 4).GetProperty("reason").GetString());
        Assert.Contains("regel 4", Row(preview, 5).GetProperty("reason").GetString());
        Assert.Equal("malformed", Row(preview, 6).GetProperty("status").GetString());
        Assert.Contains("5 cijfers", Row(preview, 6).GetProperty("reason").GetString());
        Assert.Equal("malformed", Row(preview, 7).GetProperty("status").GetString());
        Assert.Contains("\"12,5\" is geen geheel getal", Row(preview, 7).GetProperty("reason").GetString());
        Assert.Equal("outOfRange", Row(preview, 8).GetProperty("status").GetString());
        Assert.Contains("tussen 1 en 2.000.000", Row(preview, 8).GetProperty("reason").GetString());
        Assert.Equal(7, preview.GetProperty("rows").GetArrayLength());
        var change = Assert.Single(preview.GetProperty("changes").EnumerateArray());
        Assert.Equal(a.Tenant.Id, change.GetProperty("tenantId").GetGuid());
        Assert.True(change.GetProperty("tierChanged").GetBoolean());
        Assert.Equal(5, preview.GetProperty("refused").GetInt32());
        Assert.False(preview.GetProperty("canApply").GetBoolean());

        var token = preview.GetProperty("token").GetGuid();
        var apply = await finance.PostAsync($"/api/population-imports/{token}/apply", null);
        Assert.Equal(HttpStatusCode.Conflict, apply.StatusCode);
        Assert.Contains("5 geweigerde rijen: er is niets toegepast",
            (await apply.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Null(await FigureAsync(a.Tenant.Slug, 2026));
        Assert.Null(await FigureAsync(b.Tenant.Slug, 2026));
        Assert.Equal(HttpStatusCode.NotFound, (await finance.PostAsync($"/api/population-imports/{Guid.NewGuid()}/apply", null)).StatusCode);
    }

    [SkippableFact]
    public async Task Bad_uploads_are_refused_field_by_field_in_Dutch_and_store_nothing()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        async Task<JsonElement> Refused(HttpContent content)
        {
            var response = await finance.PostAsync("/api/population-imports", content);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        }
        var good = Csv("NIS;Inwoners", $"{NewNis()};1000");
        var missing = await Refused(Upload(good, "t.csv", year: "2.026x", source: " ", publishedOn: "15/03/2026"));
        Assert.Contains("geen geheel getal", missing.GetProperty("year")[0].GetString());
        Assert.Equal("De bron is verplicht.", missing.GetProperty("source")[0].GetString());
        Assert.Contains("jjjj-mm-dd", missing.GetProperty("publishedOn")[0].GetString());
        Assert.Contains("tussen 2000 en", (await Refused(Upload(good, "t.csv", year: "1999"))).GetProperty("year")[0].GetString());
        Assert.Contains("toekomst", (await Refused(Upload(good, "t.csv", publishedOn: "2099-01-01"))).GetProperty("publishedOn")[0].GetString());
        Assert.Contains("kolomnamen", (await Refused(Upload(Csv("a;b", "1;2"), "t.csv"))).GetProperty("file")[0].GetString());
        Assert.Contains("XLSX", (await Refused(Upload([0x50, 0x4B, 3, 4, 1, 2, 3], "kapot.xlsx"))).GetProperty("file")[0].GetString());
        Assert.Contains("Kies een bestand", (await Refused(new MultipartFormDataContent { { new StringContent("2026"), "year" } }))
            .GetProperty("file")[0].GetString());
        Assert.Equal(HttpStatusCode.Forbidden,
            (await Api.WithKey((await Api.CreateUserAsync("Agent")).Key).PostAsync("/api/population-imports", Upload(good, "t.csv"))).StatusCode);
    }

    [SkippableFact]
    public async Task Applying_the_preview_lets_the_invoice_run_for_the_year_complete()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var a = await TenantAsync(Api);                        // 20.000 in 2025: tier 2
        var b = await TenantAsync(Api, inhabitants2025: 9000); // matched by name
        foreach (var t in new[] { a.Tenant, b.Tenant })
            await Api.EnsureAsync(await Api.Admin().PutAsJsonAsync($"/api/tenants/{t.Slug}/go-live",
                new { appStore = new DateOnly(2025, 3, 1), playStore = new DateOnly(2025, 3, 1) }), HttpStatusCode.OK);
        var before = await RunLineAsync(finance, a.Tenant.Id);
        Assert.Equal("needsAttention", before.GetProperty("outcome").GetString());
        Assert.Contains("inwonersaantal op 1 januari 2026 ontbreekt", before.GetProperty("reason").GetString());

        // XLSX with number cells, as the Agentschap's download is; Statbel's column names.
        var xlsx = Xlsx.Write(new ExportTable("Bevolking", ["CD_REFNIS", "TX_DESCR_NL", "MS_POPULATION"],
        [
            [ExportCell.Of(a.Nis), ExportCell.Of("Ergens"), ExportCell.Integer(26_500)],
            [ExportCell.Empty, ExportCell.Of(b.Name.Replace("Gemeente ", "")), ExportCell.Integer(9_100)],
        ]));
        var response = await finance.PostAsync("/api/population-imports", Upload(xlsx, "Gemeente-Stadsmonitor 2026.xlsx"));
        await Api.EnsureAsync(response, HttpStatusCode.OK);
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(preview.GetProperty("canApply").GetBoolean(), preview.ToString());
        var changes = preview.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("tenantId").GetGuid());
        Assert.Equal(26_500, changes[a.Tenant.Id].GetProperty("after").GetInt32());
        Assert.StartsWith("Schijf 2", changes[a.Tenant.Id].GetProperty("tierBefore").GetString());
        Assert.StartsWith("Schijf 3", changes[a.Tenant.Id].GetProperty("tierAfter").GetString());
        Assert.Equal(7000m, changes[a.Tenant.Id].GetProperty("feeAfter").GetDecimal());
        Assert.False(changes[b.Tenant.Id].GetProperty("tierChanged").GetBoolean());
        var token = preview.GetProperty("token").GetGuid();
        Assert.Equal(preview.GetProperty("changes").GetArrayLength(),
            (await finance.GetFromJsonAsync<JsonElement>($"/api/population-imports/{token}")).GetProperty("changes").GetArrayLength());
        Assert.Null(await FigureAsync(a.Tenant.Slug, 2026)); // a preview writes nothing

        var applied = await finance.PostAsync($"/api/population-imports/{token}/apply", null);
        await Api.EnsureAsync(applied, HttpStatusCode.OK);
        Assert.Equal(2, (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("updated").GetInt32());
        Assert.Equal(26_500, await FigureAsync(a.Tenant.Slug, 2026));
        Assert.Equal(9_100, await FigureAsync(b.Tenant.Slug, 2026));
        var audit = await Api.Admin().GetStringAsync($"/api/tenants/{a.Tenant.Slug}/audit");
        Assert.Contains("inhabitants.imported", audit);
        Assert.Contains("Gemeente-Stadsmonitor 2026", audit);
        Assert.Equal(HttpStatusCode.Conflict, (await finance.PostAsync($"/api/population-imports/{token}/apply", null)).StatusCode);

        var after = await RunLineAsync(finance, a.Tenant.Id);
        Assert.Equal("prepared", after.GetProperty("outcome").GetString());
        Assert.Equal(7000m * 12 / 12, after.GetProperty("amount").GetDecimal());
    }

    [SkippableFact]
    public async Task A_figure_changed_after_the_preview_refuses_the_whole_apply()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var a = await TenantAsync(Api);
        var b = await TenantAsync(Api);
        var response = await finance.PostAsync("/api/population-imports", Upload(Csv("nis,inwoners", $"{a.Nis},21000", $"{b.Nis},\"22.000\""), "t.csv"));
        await Api.EnsureAsync(response, HttpStatusCode.OK);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetGuid();
        await Api.EnsureAsync(await Api.Admin().PutAsJsonAsync($"/api/tenants/{b.Tenant.Slug}/inhabitants/2026", new { count = 22_500 }), HttpStatusCode.OK);
        var apply = await finance.PostAsync($"/api/population-imports/{token}/apply", null);
        Assert.Equal(HttpStatusCode.Conflict, apply.StatusCode);
        Assert.Contains("na het voorbeeld gewijzigd", await apply.Content.ReadAsStringAsync());
        Assert.Null(await FigureAsync(a.Tenant.Slug, 2026));
        Assert.Equal(22_500, await FigureAsync(b.Tenant.Slug, 2026));
    }

    private static async Task<JsonElement> RunLineAsync(HttpClient finance, Guid tenantId)
    {
        var response = await finance.PostAsJsonAsync("/api/billing/invoice-runs", new { year = 2026 });
        await Api.EnsureAsync(response, HttpStatusCode.OK);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        return report.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("tenantId").GetGuid() == tenantId && l.GetProperty("year").GetInt32() == 2026);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PopulationImportOnSqlite(SqliteApp app) : PopulationImportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PopulationImportOnPostgres(PostgresApp app) : PopulationImportTests(app);
