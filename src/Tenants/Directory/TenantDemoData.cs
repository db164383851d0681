using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Seeding;
using Tenants.Persistence;

namespace Tenants.Directory;

/// <summary>Loads <c>seed/tenants.json</c> (real Flemish local governments) when no tenant exists yet.</summary>
internal sealed class TenantDemoData(TenantsDbContext db, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 0;

    public async Task SeedAsync(string seedFolder, CancellationToken cancellationToken)
    {
        var file = Path.Combine(seedFolder, "tenants.json");
        if (!File.Exists(file) || await db.Tenants.AnyAsync(cancellationToken)) return;
        await using var stream = File.OpenRead(file);
        var seed = await JsonSerializer.DeserializeAsync<SeedFile>(stream, JsonSerializerOptions.Web, cancellationToken)
            ?? throw new InvalidDataException("seed/tenants.json is empty.");
        foreach (var t in seed.Tenants)
        {
            var id = Guid.CreateVersion7(clock.GetUtcNow());
            db.Tenants.Add(new Tenant
            {
                Id = id,
                Slug = t.Slug,
                Name = t.Name,
                Kbo = t.Kbo,
                NisCode = t.NisCode,
                Address = t.Address,
                AppStoreDate = t.AppStore,
                PlayStoreDate = t.PlayStore,
                ContractSignedOn = t.ContractSignedOn,
                CreatedAt = clock.GetUtcNow(),
                Inhabitants = t.Inhabitants.Select(i => new InhabitantCount
                    { TenantId = id, Year = i.Year, Count = i.Count, Source = i.Source ?? "Gemeente-Stadsmonitor" }).ToList(),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record SeedFile(List<SeedTenant> Tenants);

    private sealed record SeedTenant(
        string Slug, string Name, string Kbo, string? NisCode, PostalAddress Address, List<SeedInhabitants> Inhabitants,
        DateOnly? AppStore, DateOnly? PlayStore, DateOnly? ContractSignedOn);

    private sealed record SeedInhabitants(int Year, int Count, string? Source);
}
