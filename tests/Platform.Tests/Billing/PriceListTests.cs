using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Billing;

/// <summary>A price change is entered ahead for a coming year, and every tenant's admins are told by e-mail, once.</summary>
public abstract class PriceListTests(PlatformApp app) : DatabaseTest(app)
{
    [SkippableFact]
    public async Task A_price_change_for_a_coming_year_is_entered_ahead_and_announced_to_tenant_admins()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var tenant = await BillingSetup.LiveTenantAsync(Api);
        var admin = await Api.CreateUserAsync("TenantAdmin", tenant.Slug);
        var year = 3000 + Random.Shared.Next(0, 5000);
        var tiers = new[] { new { from = 0, to = (int?)20_000, annualFee = 4_000m }, new { from = 20_001, to = (int?)null, annualFee = 9_500.50m } };

        var past = await finance.PostAsJsonAsync("/api/billing/price-list", new { effectiveYear = DateTime.UtcNow.Year, tiers });
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        var gap = await finance.PostAsJsonAsync("/api/billing/price-list", new { effectiveYear = year, tiers = new[] { new { from = 0, to = (int?)10, annualFee = 1m }, new { from = 12, to = (int?)null, annualFee = 2m } } });
        Assert.Equal(HttpStatusCode.BadRequest, gap.StatusCode);
        var forbidden = await Api.WithKey(admin.Key).PostAsJsonAsync("/api/billing/price-list", new { effectiveYear = year, tiers });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var created = await finance.PostAsJsonAsync("/api/billing/price-list", new { effectiveYear = year, tiers });
        await Api.EnsureAsync(created, HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Conflict, (await finance.PostAsJsonAsync("/api/billing/price-list", new { effectiveYear = year, tiers })).StatusCode);

        var list = await Api.WithKey(admin.Key).GetFromJsonAsync<List<JsonElement>>("/api/billing/price-list");
        Assert.Contains(list!, v => v.GetProperty("effectiveYear").GetInt32() == 2023);
        var added = list!.Single(v => v.GetProperty("effectiveYear").GetInt32() == year);
        Assert.Equal(9_500.50m, added.GetProperty("tiers")[1].GetProperty("annualFee").GetDecimal());

        var mails = Mailbox.To(App, admin.Email);
        var mail = Assert.Single(mails, m => m.Subject?.Contains(year.ToString()) == true);
        Assert.Contains("€ 9.500,50", mail.TextBody);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PriceListOnSqlite(SqliteApp app) : PriceListTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PriceListOnPostgres(PostgresApp app) : PriceListTests(app);
