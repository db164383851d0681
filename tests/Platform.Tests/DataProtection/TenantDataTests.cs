using System.Data.Common;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using DataProtection.Erasure;
using DataProtection.Export;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Kernel.Security;
using Platform.Tests.Billing;
using Platform.Tests.Infrastructure;
using Platform.Tests.Tenants;
using static Platform.Tests.ServiceDesk.ServiceDeskClient;

namespace Platform.Tests.DataProtection;

/// <summary>Charter 12.2 end to end: a tenant with contacts, users, incidents with replies and attachments, invitations, a
/// status subscription, a published app and a paid invoice — all with distinctive strings — is exported (manifest and
/// checksums verify, every file opens), then terminated and erased after the waiting period. Afterwards no text or blob
/// column of any table of any schema (the attachment store included) holds any of those strings, the app configuration is
/// no longer served, the DPO contact captured before has the deletion certificate, and another tenant is untouched.</summary>
public abstract class TenantDataTests
{
    protected abstract string Provider { get; }

    private static readonly DateTimeOffset Start = new(2026, 11, 25, 11, 0, 0, TimeSpan.Zero);

    private sealed record Marks(string Slug, Guid Id, string DpoEmail, List<string> Strings);

    [SkippableFact]
    public async Task A_tenant_is_exported_then_erased_everywhere_and_another_tenant_is_untouched()
    {
        Skip.If(Provider == "Postgres" && string.IsNullOrWhiteSpace(PostgresApp.ServerConnectionString), "PostgreSQL tests need PLATFORM_TEST_POSTGRES.");
        var exportFolder = Path.Combine(Path.GetTempPath(), "platform-tests", "exports-" + Guid.NewGuid().ToString("N"));
        using var app = new ClockedApp(Provider, Start, [new("DataProtection:TenantData:ExportFolder", exportFolder)]);
        var api = app.Api();
        var finance = api.WithKey((await api.CreateUserAsync(Roles.Finance)).Key);
        var agent = api.WithKey((await api.CreateUserAsync(Roles.Agent)).Key);

        var a = await PopulateAsync(api, agent, "Xyloqua");
        var b = await PopulateAsync(api, agent, "Brontivel");
        await BillingSetup.RunAsync(finance);
        var invoice = await BillingSetup.IssueAsync(finance, (await BillingSetup.InvoicesAsync(finance)).Single(i => i.GetProperty("tenantId").GetGuid() == a.Id).GetProperty("id").GetGuid());
        var payer = "Penningmeester Quirina Xyloqua-Zwartbroek";
        a.Strings.Add(payer);
        await Statements.UploadAsync(finance, new CamtBuilder().Credit(invoice.Str("structuredCommunication"), invoice.Dec("amount"), payer: payer));
        Assert.Equal("paid", (await Statements.InvoiceAsync(finance, invoice.Id())).Str("status"));

        // Export: a background job, then the archive is downloaded (and the download recorded).
        var adminOfA = api.WithKey((await api.CreateUserAsync(Roles.TenantAdmin, a.Slug)).Key);
        var started = await adminOfA.PostAsync($"/api/tenants/{a.Slug}/data-protection/exports", null);
        await Api.EnsureAsync(started, HttpStatusCode.Accepted);
        var exportId = (await started.Content.ReadFromJsonAsync<JsonElement>()).Id();
        Assert.Equal(HttpStatusCode.Conflict, (await adminOfA.PostAsync($"/api/tenants/{a.Slug}/data-protection/exports", null)).StatusCode);
        await RunAsync<TenantExportJob>(app, j => j.RunAsync(a.Id, exportId, CancellationToken.None));
        var export = await adminOfA.GetFromJsonAsync<JsonElement>($"/api/tenants/{a.Slug}/data-protection/exports/{exportId}");
        Assert.Equal(("Ready", 100), (export.Str("status"), export.GetProperty("percent").GetInt32()));
        var adminOfB = api.WithKey((await api.CreateUserAsync(Roles.TenantAdmin, b.Slug)).Key);
        Assert.Equal(HttpStatusCode.NotFound, (await adminOfB.GetAsync($"/api/tenants/{b.Slug}/data-protection/exports/{exportId}/archive")).StatusCode);
        var zipBytes = await adminOfA.GetByteArrayAsync(export.Str("download"));
        Assert.Equal(export.Str("sha256"), Convert.ToHexStringLower(SHA256.HashData(zipBytes)));
        VerifyArchive(zipBytes, a);
        await using (var scope = await app.Services.GetRequiredService<Platform.Kernel.Tenancy.ITenantScopeFactory>().BeginAsync(a.Id))
        {
            var download = Assert.Single(scope.ServiceProvider.GetRequiredService<global::DataProtection.Persistence.DataProtectionDbContext>().Downloads);
            Assert.Equal((exportId, Roles.TenantAdmin), (download.ExportId, download.Role));
        }

        // Erasure: only after the termination took effect; validated; scheduled after the waiting period.
        Assert.Equal(HttpStatusCode.Conflict, (await adminOfA.PostAsJsonAsync($"/api/tenants/{a.Slug}/data-protection/erasure", new { choice = "Delete", confirmed = true })).StatusCode);
        await Api.EnsureAsync(await api.Admin().PutAsJsonAsync($"/api/tenants/{a.Slug}/contract", new { signedOn = new DateOnly(2019, 1, 10) }), HttpStatusCode.OK);
        await Api.EnsureAsync(await api.Admin().PostAsJsonAsync($"/api/tenants/{a.Slug}/contract/termination", new { noticeSentOn = new DateOnly(2025, 1, 2) }), HttpStatusCode.OK);
        var invalid = await adminOfA.PostAsJsonAsync($"/api/tenants/{a.Slug}/data-protection/erasure", new { choice = "Bewaren", confirmed = false });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("choice", out _) && errors.TryGetProperty("confirmed", out _));
        var confirmed = await adminOfA.PostAsJsonAsync($"/api/tenants/{a.Slug}/data-protection/erasure", new { choice = "Delete", confirmed = true });
        await Api.EnsureAsync(confirmed, HttpStatusCode.Created);
        var erasure = await confirmed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Start.AddDays(30), erasure.GetProperty("scheduledFor").GetDateTimeOffset());

        await RunAsync<ErasureJob>(app, j => j.RunAsync(CancellationToken.None));
        Assert.Contains(a.DpoEmail, (await AllTextAsync(app, a.Strings)).Keys);
        app.Clock.Advance(TimeSpan.FromDays(30));
        await RunAsync<ErasureJob>(app, j => j.RunAsync(CancellationToken.None));

        // The certificate went to the DPO contact captured before the contacts were erased.
        var mail = Mailbox.To(app, a.DpoEmail).Single(m => (m.Subject ?? "").StartsWith("Verwijderingsattest", StringComparison.Ordinal));
        var part = Assert.Single(mail.Attachments.OfType<MimeKit.MimePart>());
        using var pdf = new MemoryStream();
        part.Content!.DecodeTo(pdf);
        var certificate = PdfText.Extract(pdf.ToArray());
        Assert.Contains("Verwijderingsattest", certificate);
        Assert.Contains("Bijlagen van incidenten (bestanden): 1", certificate);
        Assert.Contains("WBTW", certificate);
        Assert.Contains("III.86", certificate);

        // Nothing of A is left in any text or blob column of any table; B's data is all there.
        var found = await AllTextAsync(app, [.. a.Strings, .. b.Strings]);
        var left = a.Strings.Where(found.ContainsKey).Select(s => $"{s} in {string.Join(", ", found[s])}").ToList();
        Assert.True(left.Count == 0, "left after erasure: " + string.Join("; ", left));
        Assert.All(b.Strings, s => Assert.Contains(s, found.Keys));
        Assert.Equal(HttpStatusCode.NotFound, (await api.Anonymous().GetAsync($"/api/apps/{a.Slug}/config")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync($"/api/apps/{b.Slug}/config")).StatusCode);
        Assert.Empty(Directory.GetFiles(exportFolder, "*.zip"));
        var done = (await api.Admin().GetFromJsonAsync<JsonElement>($"/api/tenants/{a.Slug}/data-protection/erasure")).EnumerateArray().Single();
        Assert.Equal("Done", done.Str("status"));
    }

    /// <summary>A tenant with a DPO contact, a tenant admin and a reporter, an incident with a reply and an attachment, an
    /// invitation, a status subscription and a published app, all carrying <paramref name="mark"/>.</summary>
    private static async Task<Marks> PopulateAsync(Api api, HttpClient agent, string mark)
    {
        var tenant = await BillingSetup.LiveTenantAsync(api, prefix: mark[..4].ToLowerInvariant());
        var id = Guid.NewGuid().ToString("N")[..6];
        var dpo = $"dorothea.{mark.ToLowerInvariant()}{id}@stad-{id}.be";
        var phone = $"+32 471 {Random.Shared.Next(10, 99)} {Random.Shared.Next(10, 99)} {Random.Shared.Next(10, 99)}";
        var strings = new List<string> { dpo, $"Dorothea {mark}", phone };
        await Api.EnsureAsync(await api.Admin().PostAsJsonAsync($"/api/tenants/{tenant.Slug}/contacts",
            new { role = "DataProtectionOfficer", name = $"Dorothea {mark}", email = dpo, phone }), HttpStatusCode.Created);
        var reporterEmail = $"rik.{mark.ToLowerInvariant()}{id}@stad-{id}.be";
        strings.AddRange([reporterEmail, $"Rik {mark}melder"]);
        var created = await api.Admin().PostAsJsonAsync("/api/admin/users",
            new { email = reporterEmail, displayName = $"Rik {mark}melder", role = Roles.Reporter, tenant = tenant.Slug });
        await Api.EnsureAsync(created, HttpStatusCode.Created);
        var userId = (await created.Content.ReadFromJsonAsync<JsonElement>()).Id();
        var keyResponse = await api.Admin().PostAsJsonAsync($"/api/admin/users/{userId}/api-keys", new { name = "test" });
        var reporter = api.WithKey((await keyResponse.Content.ReadFromJsonAsync<JsonElement>()).Str("key"));
        var incident = await CreateIncidentAsync(reporter, new
        {
            title = $"Afvalkalender {mark} toont niets", description = $"Sinds gisteren is de kalender van {mark}straat leeg.",
            urgency = 2, impact = 2, affectedFeature = "Afvalkalender",
        });
        strings.AddRange([$"Afvalkalender {mark} toont niets", $"{mark}straat"]);
        var attachment = await reporter.PostAsJsonAsync($"{Incidents}/{incident.Id()}/attachments",
            new { fileName = $"scherm-{mark}.txt", contentBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes($"Logboek {mark}-bijlage-inhoud")) });
        await Api.EnsureAsync(attachment, HttpStatusCode.Created);
        strings.AddRange([$"scherm-{mark}.txt", $"Logboek {mark}-bijlage-inhoud"]);
        await PostOkAsync(agent, $"{Incidents}/{incident.Id()}/replies", new { text = $"Beste Rik, we kijken naar {mark}straat.", @public = true });
        strings.Add($"we kijken naar {mark}straat");
        var invitee = $"ines.{mark.ToLowerInvariant()}{id}@stad-{id}.be";
        await Api.EnsureAsync(await api.Admin().PostAsJsonAsync($"/api/tenants/{tenant.Slug}/invitations", new { email = invitee, displayName = $"Ines {mark}" }), HttpStatusCode.Created);
        strings.AddRange([invitee, $"Ines {mark}"]);
        await Api.EnsureAsync(await api.Anonymous().PostAsJsonAsync("/api/status/subscriptions", new { email = dpo }), HttpStatusCode.Accepted);
        var admin = api.WithKey((await api.CreateUserAsync(Roles.TenantAdmin, tenant.Slug)).Key);
        await TenantsApiKit.PutOkAsync(admin, $"/api/tenants/{tenant.Slug}/draft/branding", TenantsApiKit.Branding(appName: $"App van {mark}"));
        await TenantsApiKit.PublishAsync(admin, tenant.Slug);
        await Api.EnsureAsync(await admin.PutAsJsonAsync($"/api/tenants/{tenant.Slug}/invoice-reference", new { reference = "BB-2026/0042" }), HttpStatusCode.OK);
        return new Marks(tenant.Slug, tenant.Id, dpo, strings);
    }

    private static void VerifyArchive(byte[] zipBytes, Marks a)
    {
        using var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
        using var manifestStream = zip.GetEntry("manifest.json")!.Open();
        var manifest = JsonDocument.Parse(manifestStream).RootElement;
        var files = manifest.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(zip.Entries.Count - 1, files.Count);
        var all = new StringBuilder();
        foreach (var f in files)
        {
            var entry = zip.GetEntry(f.Str("path")) ?? throw new Xunit.Sdk.XunitException("missing " + f.Str("path"));
            using var buffer = new MemoryStream();
            using (var s = entry.Open()) s.CopyTo(buffer);
            var bytes = buffer.ToArray();
            Assert.Equal(f.GetProperty("bytes").GetInt64(), bytes.LongLength);
            Assert.Equal(f.Str("sha256"), Convert.ToHexStringLower(SHA256.HashData(bytes)));
            var path = entry.FullName;
            if (path.EndsWith(".json", StringComparison.Ordinal)) Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(bytes).RootElement.ValueKind);
            else if (path.EndsWith(".csv", StringComparison.Ordinal))
            {
                var lines = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
                Assert.NotEmpty(lines);
            }
            else if (path.EndsWith(".pdf", StringComparison.Ordinal)) Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
            else if (path.EndsWith(".xml", StringComparison.Ordinal)) Assert.Contains("Invoice", XDocument.Load(new MemoryStream(bytes)).Root!.Name.LocalName);
            all.Append(Encoding.UTF8.GetString(bytes));
        }
        foreach (var expected in new[] { "tenants/contacts.json", "tenants/contacts.csv", "users/users.json", "servicedesk/incidents.json",
                     "servicedesk/incident-events.csv", "billing/invoices.json", "billing/payments.csv", "statuspage/status-subscriptions.json",
                     "tenants/configuration-versions.json", "tenants/audit-log.csv", "tenants/invitations.json" })
            Assert.Contains(files, f => f.Str("path") == expected);
        Assert.Contains(files, f => f.Str("path").StartsWith("billing/pdf/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Str("path").StartsWith("billing/ubl/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Str("path").StartsWith("servicedesk/attachments/", StringComparison.Ordinal));
        var text = all.ToString();
        Assert.All(a.Strings, s => Assert.Contains(s, text));
    }

    private static async Task RunAsync<TJob>(PlatformApp app, Func<TJob, Task> run) where TJob : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }

    /// <summary>Which of <paramref name="needles"/> occur in any text or blob column of any table of any schema, enumerated
    /// from the database's own catalog (sqlite_master / information_schema).</summary>
    private async Task<Dictionary<string, HashSet<string>>> AllTextAsync(ClockedApp app, IReadOnlyCollection<string> needles)
    {
        var connectionString = app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["ConnectionStrings:Platform"]!;
        await using DbConnection connection = Provider == "Sqlite" ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        if (Provider == "Sqlite")
        {
            var tables = new List<string>();
            await using (var cmd = connection.CreateCommand())
            {
                cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
                await using var r = await cmd.ExecuteReaderAsync();
                while (await r.ReadAsync()) tables.Add(r.GetString(0));
            }
            foreach (var t in tables)
            {
                await using var cmd = connection.CreateCommand();
                cmd.CommandText = $"SELECT name, type FROM pragma_table_info('{t}')";
                await using var r = await cmd.ExecuteReaderAsync();
                while (await r.ReadAsync())
                    if (r.GetString(1).ToUpperInvariant() is "" or "TEXT" or "BLOB" || r.GetString(1).Contains("CHAR", StringComparison.OrdinalIgnoreCase))
                        columns.Add(($"\"{t}\"", $"\"{r.GetString(0)}\""));
            }
        }
        else
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT table_schema, table_name, column_name FROM information_schema.columns WHERE table_schema NOT IN ('pg_catalog', 'information_schema') "
                + "AND data_type IN ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb', 'xml')";
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) columns.Add(($"\"{r.GetString(0)}\".\"{r.GetString(1)}\"", $"\"{r.GetString(2)}\""));
        }
        Assert.True(columns.Count > 50, $"only {columns.Count} text columns found");
        var found = new Dictionary<string, HashSet<string>>();
        foreach (var (table, column) in columns)
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = Provider == "Sqlite" ? $"SELECT CAST({column} AS BLOB) FROM {table} WHERE {column} IS NOT NULL" : $"SELECT {column}::text FROM {table} WHERE {column} IS NOT NULL";
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                var value = r.GetValue(0) switch { byte[] bytes => Encoding.UTF8.GetString(bytes), var v => v.ToString() ?? "" };
                if (Provider == "Postgres" && value.StartsWith("\\x", StringComparison.Ordinal))
                    value = Encoding.UTF8.GetString(Convert.FromHexString(value[2..]));
                foreach (var n in needles)
                    if (value.Contains(n, StringComparison.OrdinalIgnoreCase))
                    {
                        if (!found.TryGetValue(n, out var where)) found[n] = where = [];
                        where.Add(table + "." + column);
                    }
            }
        }
        return found;
    }
}

[Collection(OwnHostsCollection.Name)]
public sealed class TenantDataTestsOnSqlite : TenantDataTests
{
    protected override string Provider => "Sqlite";
}

[Collection(OwnHostsCollection.Name)]
public sealed class TenantDataTestsOnPostgres : TenantDataTests
{
    protected override string Provider => "Postgres";
}
