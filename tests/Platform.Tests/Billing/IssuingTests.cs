using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Billing.Domain;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Billing;

/// <summary>Issuing drafts: gap-free numbers under concurrency, unique structured communications, immutability.</summary>
public abstract class IssuingTests(PlatformApp app) : DatabaseTest(app)
{
    [SkippableFact]
    public async Task Issuing_200_drafts_from_parallel_requests_yields_a_gap_free_series()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var tenants = new ConcurrentBag<Api.TestTenant>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (i, _) => tenants.Add(await BillingSetup.LiveTenantAsync(Api, 5_000 + i * 300, prefix: "gap")));
        var ids = tenants.Select(t => t.Id).ToHashSet();
        await BillingSetup.RunAsync(finance);
        var drafts = (await BillingSetup.InvoicesAsync(finance, status: "draft"))
            .Where(i => ids.Contains(i.GetProperty("tenantId").GetGuid())).Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(200, drafts.Count);

        var issued = new ConcurrentBag<JsonElement>();
        await Parallel.ForEachAsync(drafts, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (id, _) => issued.Add(await BillingSetup.IssueAsync(finance, id)));

        var numbers = issued.Select(i => InvoiceNumber.Parse(i.GetProperty("number").GetString()!)).ToList();
        Assert.Equal(200, numbers.Distinct().Count());
        var sequences = numbers.Select(n => n.Sequence).Order().ToList();
        Assert.Equal(199, sequences[^1] - sequences[0]);
        var ogms = issued.Select(i => i.GetProperty("structuredCommunication").GetString()!).ToList();
        Assert.Equal(200, ogms.Distinct().Count());
        Assert.All(ogms, o => Assert.True(StructuredCommunication.IsValid(o), o));
        Assert.All(issued, i => Assert.Equal(i.GetProperty("invoiceDate").GetDateTime().AddDays(30), i.GetProperty("dueDate").GetDateTime()));

        // The whole series of the year, whoever else issued in it, is 1..N without a hole.
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var year = numbers[0].Year;
        var all = await db.IssuedNumbers.Where(n => n.Kind == InvoiceKind.Invoice && n.Year == year).Select(n => n.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, all.Count), all.Order());
    }

    [SkippableFact]
    public async Task The_same_draft_issued_by_parallel_requests_is_issued_once()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var tenant = await BillingSetup.LiveTenantAsync(Api);
        await BillingSetup.RunAsync(finance);
        var id = (await BillingSetup.DraftOfAsync(finance, tenant)).GetProperty("id").GetGuid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => finance.PostAsync($"/api/billing/invoices/{id}/issue?issueAnyway=true", null)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        Assert.Equal(1, await db.IssuedNumbers.CountAsync(n => n.DocumentId == id));
    }

    [SkippableFact]
    public async Task An_issued_invoice_does_not_change()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (tenant, invoice) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var id = invoice.GetProperty("id").GetGuid();
        var pdf = await finance.GetByteArrayAsync($"/api/billing/invoices/{id}/pdf");

        Assert.Equal(HttpStatusCode.Conflict, (await finance.PostAsync($"/api/billing/invoices/{id}/issue?issueAnyway=true", null)).StatusCode);
        var outside = await finance.PostAsJsonAsync($"/api/billing/tenants/{tenant.Slug}/years/2026/recorded-outside", new { reference = "x" });
        Assert.Equal(HttpStatusCode.Conflict, outside.StatusCode);
        // The tenant's data changes afterwards; the issued invoice and its PDF do not.
        await BillingSetup.SetInhabitantsAsync(Api, tenant.Slug, 2026, 60_000);
        var after = await finance.GetFromJsonAsync<JsonElement>($"/api/billing/invoices/{id}");
        Assert.Equal(invoice.GetProperty("amount").GetDecimal(), after.GetProperty("amount").GetDecimal());
        Assert.Equal(pdf, await finance.GetByteArrayAsync($"/api/billing/invoices/{id}/pdf"));

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var row = await db.Invoices.IgnoreQueryFilters().SingleAsync(i => i.Id == id);
        row.Amount = 1m;
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [SkippableFact]
    public async Task Bulk_issue_of_a_year_issues_every_draft()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var a = await BillingSetup.LiveTenantAsync(Api);
        var b = await BillingSetup.LiveTenantAsync(Api);
        await BillingSetup.RunAsync(finance);
        var ids = new[] { (await BillingSetup.DraftOfAsync(finance, a)).GetProperty("id").GetGuid(), (await BillingSetup.DraftOfAsync(finance, b)).GetProperty("id").GetGuid() };
        var response = await finance.PostAsJsonAsync("/api/billing/invoices/issue", new { ids, issueAnyway = true });
        await Api.EnsureAsync(response, HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, body.GetProperty("issued").GetInt32());
        Assert.Equal("issued", (await BillingSetup.DraftOfAsync(finance, a)).GetProperty("status").GetString());

        // A batch with an already issued invoice falls back to one by one: the draft is issued, the other refused.
        var c = await BillingSetup.LiveTenantAsync(Api);
        await BillingSetup.RunAsync(finance);
        var idC = (await BillingSetup.DraftOfAsync(finance, c)).GetProperty("id").GetGuid();
        var mixed = await finance.PostAsJsonAsync("/api/billing/invoices/issue", new { ids = new[] { ids[0], idC }, issueAnyway = true });
        var mixedBody = await mixed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, mixedBody.GetProperty("issued").GetInt32());
        Assert.Equal(1, mixedBody.GetProperty("failed").GetInt32());
        var numbers = new[] { a, b, c }.Select(async t => InvoiceNumber.Parse((await BillingSetup.DraftOfAsync(finance, t)).GetProperty("number").GetString()!).Sequence);
        var sequences = (await Task.WhenAll(numbers)).Order().ToList();
        Assert.Equal(3, sequences.Distinct().Count());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class IssuingOnSqlite(SqliteApp app) : IssuingTests(app);

[Collection(PostgresCollection.Name)]
public sealed class IssuingOnPostgres(PostgresApp app) : IssuingTests(app);
