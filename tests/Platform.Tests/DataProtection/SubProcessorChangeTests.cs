using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DataProtection.Changes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Platform.Kernel.Formatting;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.DataProtection;

/// <summary>Charter 6 and 14.3 through the real host: a change announced ≥ 30 days ahead is mailed once to each tenant's DPO
/// (else SPOC) with a sent-log, a tenant objects within the window, the admin settles, and the register changes only when
/// the daily job runs on or after the effective date.</summary>
public abstract class SubProcessorChangeTests(PlatformApp app) : DatabaseTest(app)
{
    private static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@test.burgerprofiel.be";

    private async Task AddContactAsync(string slug, string role, string email) =>
        await Api.EnsureAsync(await Api.Admin().PostAsJsonAsync($"/api/tenants/{slug}/contacts", new { role, name = "Contact " + role, email }), HttpStatusCode.Created);

    private async Task RunJobAsync(DateOnly day)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var clock = new FakeTimeProvider(Platform.Tests.DataProtection.Days.Noon(day));
        await ActivatorUtilities.CreateInstance<ChangeEffectJob>(scope.ServiceProvider, clock, ActivatorUtilities.CreateInstance<ChangeNotifier>(scope.ServiceProvider, clock)).RunAsync(default);
    }

    private async Task<JsonElement> DetailAsync(Guid id) =>
        await Api.Admin().GetFromJsonAsync<JsonElement>($"/api/data-protection/changes/{id}");

    [SkippableFact]
    public async Task A_new_sub_processor_is_mailed_once_objected_to_settled_and_takes_effect_after_the_window()
    {
        var withDpo = await Api.CreateTenantAsync("dpa");
        var spocOnly = await Api.CreateTenantAsync("dpb");
        var (dpo, spocA, spocB) = (NewEmail("dpo"), NewEmail("spoc"), NewEmail("spoc"));
        await AddContactAsync(withDpo.Slug, "DataProtectionOfficer", dpo);
        await AddContactAsync(withDpo.Slug, "Spoc", spocA);
        await AddContactAsync(spocOnly.Slug, "Spoc", spocB);
        var today = Dutch.Today(TimeProvider.System);
        var name = "Wolk " + Guid.NewGuid().ToString("N")[..8] + " NV";

        var early = await Api.Admin().PostAsJsonAsync("/api/data-protection/changes", new
        {
            kind = "SubProcessorAddition", effectiveOn = today.AddDays(30), name, service = "Hosting", location = "Frankfurt, Duitsland", inEea = true,
        });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var problem = await early.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("30 dagen", problem.GetProperty("errors").GetProperty("effectiveOn")[0].GetString());
        var outside = await Api.Admin().PostAsJsonAsync("/api/data-protection/changes", new
        {
            kind = "SubProcessorAddition", effectiveOn = today.AddDays(31), name, service = "Hosting", location = "Virginia, VS", inEea = false,
        });
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.True((await outside.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("transferBasis", out _));

        var effective = today.AddDays(31);
        var created = await Api.Admin().PostAsJsonAsync("/api/data-protection/changes", new
        {
            kind = "SubProcessorAddition", effectiveOn = effective, name, details = "Ondernemingsnummer 0123.456.749", service = "Hosting van de app-configuratie",
            location = "Frankfurt, Duitsland", inEea = true, summary = "Tweede datacenter voor continuïteit.",
        });
        await Api.EnsureAsync(created, HttpStatusCode.Created);
        var change = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var toDpo = Assert.Single(Mailbox.To(App, dpo));
        Assert.Equal($"Aangekondigde wijziging van de onderverwerkers van Mijn Burgerprofiel: {name}", toDpo.Subject);
        Assert.Contains($"tot en met {Dutch.Date(today.AddDays(30))} gemotiveerd bezwaar", toDpo.TextBody);
        Assert.Contains($"/gegevensbescherming/{withDpo.Slug}", toDpo.TextBody);
        Assert.Empty(Mailbox.To(App, spocA)); // the DPO is told, not the SPOC
        Assert.Single(Mailbox.To(App, spocB)); // no DPO: the SPOC stands in

        await RunJobAsync(today); // the daily job before the date: tells nobody twice, changes nothing
        Assert.Single(Mailbox.To(App, dpo));
        Assert.Single(Mailbox.To(App, spocB));
        var detail = await DetailAsync(change);
        Assert.Equal("Announced", detail.GetProperty("change").GetProperty("status").GetString());
        var notices = detail.GetProperty("notices").EnumerateArray().ToList();
        var noticeA = notices.Single(n => n.GetProperty("tenantId").GetGuid() == withDpo.Id);
        Assert.Equal(dpo, noticeA.GetProperty("recipients").GetString());
        Assert.True(noticeA.GetProperty("toDpo").GetBoolean());
        Assert.Equal(toDpo.TextBody!.ReplaceLineEndings(), noticeA.GetProperty("body").GetString()!.ReplaceLineEndings());
        Assert.False(notices.Single(n => n.GetProperty("tenantId").GetGuid() == spocOnly.Id).GetProperty("toDpo").GetBoolean());

        // The tenant admin objects, reasoned; too short is refused with a Dutch message naming the field; once only.
        var admin = Api.WithKey((await Api.CreateUserAsync(Roles.TenantAdmin, withDpo.Slug)).Key);
        var url = $"/api/tenants/{withDpo.Slug}/data-protection/changes/{change}/objections";
        var tooShort = await admin.PostAsJsonAsync(url, new { reason = "Nee." });
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("Motiveer", await tooShort.Content.ReadAsStringAsync());
        await Api.EnsureAsync(await admin.PostAsJsonAsync(url, new { reason = "Wij willen geen doorgifte naar een tweede land zonder DPIA." }), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync(url, new { reason = "Nog eens hetzelfde bezwaar, tweede keer." })).StatusCode);
        var own = await admin.GetFromJsonAsync<JsonElement>($"/api/tenants/{withDpo.Slug}/data-protection/objections");
        var objection = own.EnumerateArray().Single(o => o.GetProperty("changeId").GetGuid() == change).GetProperty("id").GetGuid();
        var otherAdmin = Api.WithKey((await Api.CreateUserAsync(Roles.TenantAdmin, spocOnly.Slug)).Key);
        Assert.DoesNotContain((await otherAdmin.GetFromJsonAsync<JsonElement>($"/api/tenants/{spocOnly.Slug}/data-protection/objections")).EnumerateArray(),
            o => o.GetProperty("changeId").GetGuid() == change);

        // On the effective date an open objection keeps the change waiting.
        await RunJobAsync(effective);
        Assert.Equal("Announced", (await DetailAsync(change)).GetProperty("change").GetProperty("status").GetString());
        var register = await Api.Admin().GetFromJsonAsync<JsonElement>("/api/data-protection/sub-processors");
        Assert.DoesNotContain(register.EnumerateArray(), s => s.GetProperty("name").GetString() == name);

        var bad = await Api.Admin().PostAsJsonAsync($"/api/data-protection/changes/objections/{objection}/settlement", new { settlement = "Maybe" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        await Api.EnsureAsync(await Api.Admin().PostAsJsonAsync($"/api/data-protection/changes/objections/{objection}/settlement",
            new { settlement = "Kept", note = "DPIA bezorgd op 12/12; het bestuur gaat akkoord." }), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Conflict, (await Api.Admin().PostAsJsonAsync($"/api/data-protection/changes/objections/{objection}/settlement",
            new { settlement = "NotAppointed" })).StatusCode);

        await RunJobAsync(effective.AddDays(-1)); // still before the date: nothing
        Assert.Equal("Announced", (await DetailAsync(change)).GetProperty("change").GetProperty("status").GetString());
        await RunJobAsync(effective);
        Assert.Equal("InEffect", (await DetailAsync(change)).GetProperty("change").GetProperty("status").GetString());
        register = await Api.Admin().GetFromJsonAsync<JsonElement>("/api/data-protection/sub-processors");
        var added = register.EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);
        Assert.Equal(effective, DateOnly.Parse(added.GetProperty("since").GetString()!));
        Assert.Contains(register.EnumerateArray(), s => s.GetProperty("name").GetString() == "CRONOS PUBLIC SERVICES NV");
        await RunJobAsync(effective.AddDays(1)); // applied once
        register = await Api.Admin().GetFromJsonAsync<JsonElement>("/api/data-protection/sub-processors");
        Assert.Single(register.EnumerateArray(), s => s.GetProperty("name").GetString() == name);
    }

    [SkippableFact]
    public async Task A_charter_version_is_announced_with_its_summary_and_objections_close_after_30_days()
    {
        var tenant = await Api.CreateTenantAsync("dpc");
        var dpo = NewEmail("dpo");
        await AddContactAsync(tenant.Slug, "DataProtectionOfficer", dpo);
        var today = Dutch.Today(TimeProvider.System);
        var version = "9." + Random.Shared.Next(1, 1_000_000);
        var missing = await Api.Admin().PostAsJsonAsync("/api/data-protection/changes", new { kind = "CharterVersion", effectiveOn = today.AddDays(40), charterVersion = version });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("samen", await missing.Content.ReadAsStringAsync());
        var created = await Api.Admin().PostAsJsonAsync("/api/data-protection/changes", new
        {
            kind = "CharterVersion", effectiveOn = today.AddDays(40), charterVersion = version, summary = "Artikel 8: meldingstermijn van 24 uur toegevoegd.",
        });
        await Api.EnsureAsync(created, HttpStatusCode.Created);
        var change = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var mail = Assert.Single(Mailbox.To(App, dpo));
        Assert.Equal($"Nieuwe versie van het verwerkingscharter van Mijn Burgerprofiel (versie {version})", mail.Subject);
        Assert.Contains("Artikel 8: meldingstermijn van 24 uur toegevoegd.", mail.TextBody);
        Assert.Contains("eenzijdig beëindigen", mail.TextBody);
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.Admin().PostAsJsonAsync("/api/data-protection/changes", new
        {
            kind = "CharterVersion", effectiveOn = today.AddDays(40), charterVersion = version, summary = "Dubbel.",
        })).StatusCode);

        // The day after the deadline (Brussels), an objection is refused with the deadline in the message.
        await using (var scope = await App.Services.GetRequiredService<ITenantScopeFactory>().BeginAsync(tenant.Id))
        {
            var late = new FakeTimeProvider(NoticeClose(today));
            var outcome = await ActivatorUtilities.CreateInstance<FileObjection>(scope.ServiceProvider, late)
                .RunAsync(change, new ObjectionRequest("Wij beëindigen de overeenkomst."), null, default);
            Assert.Contains(Dutch.Date(today.AddDays(30)), outcome.Conflict);
            var inTime = new FakeTimeProvider(NoticeClose(today).AddSeconds(-1));
            Assert.True((await ActivatorUtilities.CreateInstance<FileObjection>(scope.ServiceProvider, inTime)
                .RunAsync(change, new ObjectionRequest("Wij beëindigen de overeenkomst."), null, default)).Ok);
        }

        var settled = (await DetailAsync(change)).GetProperty("objections").EnumerateArray().Single().GetProperty("id").GetGuid();
        await Api.EnsureAsync(await Api.Admin().PostAsJsonAsync($"/api/data-protection/changes/objections/{settled}/settlement",
            new { settlement = "NotAppointed", note = "Versie wordt herwerkt." }), HttpStatusCode.OK);
        Assert.Equal("Withdrawn", (await DetailAsync(change)).GetProperty("change").GetProperty("status").GetString());
        await RunJobAsync(today.AddDays(41));
        var versions = await Api.Admin().GetFromJsonAsync<JsonElement>("/api/data-protection/charter-versions");
        Assert.DoesNotContain(versions.EnumerateArray(), v => v.GetProperty("version").GetString() == version);
        Assert.Contains(versions.EnumerateArray(), v => v.GetProperty("version").GetString() == "3.0");
    }

    private static DateTimeOffset NoticeClose(DateOnly announced) => global::DataProtection.Domain.NoticePeriod.ObjectionsCloseAt(announced);
}

internal static class Days
{
    public static DateTimeOffset Noon(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(12, 0)), Dutch.Brussels), TimeSpan.Zero);
}

[Collection(SqliteCollection.Name)]
public sealed class SubProcessorChangesOnSqlite(SqliteApp app) : SubProcessorChangeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SubProcessorChangesOnPostgres(PostgresApp app) : SubProcessorChangeTests(app);
