using System.Text.Json;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Seeding;
using Platform.Kernel.Tenancy;

namespace Billing.Runs;

/// <summary>Loads <c>seed/billing.json</c>: years invoiced outside the platform, then the daily run, so finance
/// finds drafts for the demo tenants to review and issue.</summary>
internal sealed class BillingDemoData(BillingDbContext db, ITenantDirectory directory, ITenantScopeFactory scopes, InvoiceRunner runner, TimeProvider clock)
    : IDemoDataSeeder
{
    public int Order => 50;

    public async Task SeedAsync(string seedFolder, CancellationToken cancellationToken)
    {
        var file = Path.Combine(seedFolder, "billing.json");
        if (!File.Exists(file) || await AcrossTenants.Invoices(db).AnyAsync(cancellationToken)) return;
        await using var stream = File.OpenRead(file);
        var seed = await JsonSerializer.DeserializeAsync<SeedFile>(stream, JsonSerializerOptions.Web, cancellationToken)
            ?? throw new InvalidDataException("seed/billing.json is empty.");
        foreach (var outside in seed.RecordedOutside ?? [])
        {
            if (await directory.FindBySlugAsync(outside.Slug, cancellationToken) is not { } tenant) continue;
            await using var scope = await scopes.BeginAsync(tenant.Id, cancellationToken);
            var tenantDb = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
            var now = clock.GetUtcNow();
            tenantDb.Invoices.Add(new Invoice
            {
                Id = Guid.CreateVersion7(now), Year = outside.Year, Status = InvoiceStatus.RecordedOutside,
                CustomerName = tenant.Name, CustomerKbo = tenant.Kbo, CustomerStreet = tenant.Street, CustomerPostalCode = tenant.PostalCode,
                CustomerCity = tenant.City, TierName = "", OutsideReference = outside.Reference,
                Explanation = $"Buiten het platform gefactureerd: {outside.Reference}.", CreatedAt = now,
                PeriodStart = new DateOnly(outside.Year, 1, 1), PeriodEnd = new DateOnly(outside.Year, 12, 31),
            });
            await tenantDb.SaveChangesAsync(cancellationToken);
        }
        if (seed.PrepareDraftsAtStartup)
            await runner.RunAsync(null, RunTrigger.Daily, null, cancellationToken);
    }

    private sealed record SeedFile(bool PrepareDraftsAtStartup, List<SeedOutside>? RecordedOutside);

    private sealed record SeedOutside(string Slug, int Year, string Reference);
}
