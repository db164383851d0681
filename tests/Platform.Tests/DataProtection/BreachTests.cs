using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Kernel.Security;
using Platform.Tests.Billing;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.DataProtection;

/// <summary>Charter 8: a breach is recorded, affected tenants are notified once each (DPO contact, else SPOC) with a Dutch
/// mail and a PDF carrying exactly their part and the 8.3 reminder; follow-ups reach them; closing needs lessons learned.</summary>
public abstract class BreachTests(PlatformApp app) : DatabaseTest(app)
{
    private static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@test.burgerprofiel.be";

    [SkippableFact]
    public async Task Each_affected_tenant_is_told_its_own_part_once_with_a_PDF()
    {
        var a = await Api.CreateTenantAsync("bra");
        var b = await Api.CreateTenantAsync("brb");
        var unaffected = await Api.CreateTenantAsync("brc");
        var (dpoA, spocB, dpoC) = (NewEmail("dpo"), NewEmail("spoc"), NewEmail("dpo"));
        await Api.EnsureAsync(await Api.Admin().PostAsJsonAsync($"/api/tenants/{a.Slug}/contacts", new { role = "DataProtectionOfficer", name = "DPO A", email = dpoA }), HttpStatusCode.Created);
        await Api.EnsureAsync(await Api.Admin().PostAsJsonAsync($"/api/tenants/{b.Slug}/contacts", new { role = "Spoc", name = "SPOC B", email = spocB }), HttpStatusCode.Created);
        await Api.EnsureAsync(await Api.Admin().PostAsJsonAsync($"/api/tenants/{unaffected.Slug}/contacts", new { role = "DataProtectionOfficer", name = "DPO C", email = dpoC }), HttpStatusCode.Created);

        var invalid = await Api.Admin().PostAsJsonAsync("/api/data-protection/breaches", new { title = "X", detectedAt = DateTimeOffset.UtcNow.AddHours(2) });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("toekomst", errors.GetProperty("detectedAt")[0].GetString());
        Assert.True(errors.TryGetProperty("nature", out _));

        var detected = DateTimeOffset.UtcNow.AddHours(-3);
        var created = await Api.Admin().PostAsJsonAsync("/api/data-protection/breaches", new
        {
            title = "Bijlagen van meldingen leesbaar via een oude link", detectedAt = detected,
            nature = "Ongeoorloofde toegang: bijlagen van servicedeskmeldingen waren zonder aanmelding op te vragen.",
            consequences = "Namen en e-mailadressen van melders kunnen door derden gelezen zijn.",
            measuresTaken = "De link is ingetrokken en de toegangslogs zijn nagekeken.",
            measuresProposed = "Bijlagen enkel nog via tijdelijke ondertekende links.",
        });
        await Api.EnsureAsync(created, HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Api.EnsureAsync(await Api.Admin().PostAsJsonAsync($"/api/data-protection/breaches/{id}/tenants",
            new { tenant = a.Slug, categories = "Melders (medewerkers): naam, e-mailadres", approximateCount = 12 }), HttpStatusCode.Created);
        await Api.EnsureAsync(await Api.Admin().PostAsJsonAsync($"/api/data-protection/breaches/{id}/tenants",
            new { tenant = b.Slug, categories = "Burgers: INSZ in een bijlage", approximateCount = 3 }), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.Admin().PostAsJsonAsync($"/api/data-protection/breaches/{id}/tenants",
            new { tenant = a.Slug, categories = "Nog eens", approximateCount = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.Admin().PostAsJsonAsync($"/api/data-protection/breaches/{id}/tenants",
            new { tenant = unaffected.Slug, categories = "x", approximateCount = -1 })).StatusCode);

        var before = await Api.Admin().GetFromJsonAsync<JsonElement>($"/api/data-protection/breaches/{id}");
        var clock = before.GetProperty("affected")[0];
        Assert.True(TimeSpan.Parse(clock.GetProperty("elapsed").GetString()!) >= TimeSpan.FromHours(3));
        Assert.False(clock.GetProperty("late").GetBoolean());
        Assert.Equal(detected.AddHours(24).ToUnixTimeSeconds(), clock.GetProperty("dueAt").GetDateTimeOffset().ToUnixTimeSeconds());

        await Api.EnsureAsync(await Api.Admin().PostAsync($"/api/data-protection/breaches/{id}/notify", null), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Conflict, (await Api.Admin().PostAsync($"/api/data-protection/breaches/{id}/notify", null)).StatusCode);
        var mailA = Assert.Single(Mailbox.To(App, dpoA));
        var mailB = Assert.Single(Mailbox.To(App, spocB));
        Assert.Empty(Mailbox.To(App, dpoC));
        Assert.Equal("Melding van een inbreuk in verband met persoonsgegevens: Bijlagen van meldingen leesbaar via een oude link", mailA.Subject);
        Assert.Contains("uitsluitend de verantwoordelijkheid van je bestuur", mailA.TextBody);
        Assert.Contains("dpo.digitaal@vlaanderen.be", mailA.TextBody);
        Assert.Contains("Melders (medewerkers): naam, e-mailadres", mailA.TextBody);
        Assert.DoesNotContain("INSZ in een bijlage", mailA.TextBody);

        var pdfA = PdfOf(mailA);
        var textA = PdfText.Extract(pdfA);
        Assert.Contains("Melding van een inbreuk in verband met persoonsgegevens", textA);
        Assert.Contains("Melders (medewerkers): naam, e-mailadres", textA);
        Assert.Contains("Geschat aantal betrokkenen bij je bestuur 12", textA);
        Assert.Contains("dpo.digitaal@vlaanderen.be", textA);
        Assert.Contains("toezichthoudende autoriteit", textA);
        Assert.DoesNotContain("INSZ in een bijlage", textA);
        Assert.DoesNotContain(b.Slug, textA);
        var textB = PdfText.Extract(PdfOf(mailB));
        Assert.Contains("Burgers: INSZ in een bijlage", textB);
        Assert.DoesNotContain("Melders (medewerkers)", textB);

        var after = await Api.Admin().GetFromJsonAsync<JsonElement>($"/api/data-protection/breaches/{id}");
        Assert.All(after.GetProperty("affected").EnumerateArray(), i => Assert.NotEqual(JsonValueKind.Null, i.GetProperty("notifiedAt").ValueKind));

        // The tenant admin sees its own part only, and the PDF.
        var adminA = Api.WithKey((await Api.CreateUserAsync(Roles.TenantAdmin, a.Slug)).Key);
        var own = (await adminA.GetFromJsonAsync<JsonElement>($"/api/tenants/{a.Slug}/data-protection/breaches")).EnumerateArray().Single(x => x.GetProperty("id").GetGuid() == id);
        Assert.Equal(12, own.GetProperty("affected").EnumerateArray().Single().GetProperty("approximateCount").GetInt32());
        var pdf = await adminA.GetAsync($"/api/tenants/{a.Slug}/data-protection/breaches/{id}/pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Melders (medewerkers)", PdfText.Extract(await pdf.Content.ReadAsByteArrayAsync()));
        var adminC = Api.WithKey((await Api.CreateUserAsync(Roles.TenantAdmin, unaffected.Slug)).Key);
        Assert.Equal(HttpStatusCode.NotFound, (await adminC.GetAsync($"/api/tenants/{unaffected.Slug}/data-protection/breaches/{id}/pdf")).StatusCode);

        // Follow-up and closing.
        await Api.EnsureAsync(await Api.Admin().PostAsJsonAsync($"/api/data-protection/breaches/{id}/updates", new { text = "Geen misbruik vastgesteld in de logs." }), HttpStatusCode.OK);
        Assert.Contains("Geen misbruik vastgesteld in de logs.", Mailbox.To(App, dpoA).Last().TextBody ?? "");
        Assert.Equal(2, Mailbox.To(App, spocB).Count);
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.Admin().PostAsJsonAsync($"/api/data-protection/breaches/{id}/close", new { text = "" })).StatusCode);
        await Api.EnsureAsync(await Api.Admin().PostAsJsonAsync($"/api/data-protection/breaches/{id}/close", new { text = "Links naar bijlagen verlopen voortaan na 15 minuten." }), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Conflict, (await Api.Admin().PostAsJsonAsync($"/api/data-protection/breaches/{id}/updates", new { text = "Te laat." })).StatusCode);
    }

    private static byte[] PdfOf(MimeKit.MimeMessage message)
    {
        var part = Assert.Single(message.Attachments.OfType<MimeKit.MimePart>());
        Assert.Equal("application/pdf", part.ContentType.MimeType);
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BreachesOnSqlite(SqliteApp app) : BreachTests(app);

[Collection(PostgresCollection.Name)]
public sealed class BreachesOnPostgres(PostgresApp app) : BreachTests(app);
