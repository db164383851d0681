using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Tenancy;
using Tenants.AppConfig;
using Tenants.Audit;
using Platform.Kernel.Seeding;
using Tenants.Persistence;

namespace Tenants.Directory;

/// <summary>Loads <c>seed/tenants.json</c> (real Flemish local governments) when no tenant exists yet.</summary>
internal sealed class TenantDemoData(TenantsDbContext db, TimeProvider clock, ITenantScopeFactory tenantScopes) : IDemoDataSeeder
{
    public int Order => 0;

    public async Task SeedAsync(string seedFolder, CancellationToken cancellationToken)
    {
        var file = Path.Combine(seedFolder, "tenants.json");
        if (!File.Exists(file) || await db.Tenants.AnyAsync(cancellationToken)) return;
        await using var stream = File.OpenRead(file);
        var seed = await JsonSerializer.DeserializeAsync<SeedFile>(stream, JsonSerializerOptions.Web, cancellationToken)
            ?? throw new InvalidDataException("seed/tenants.json is empty.");
        var apps = new List<(Guid Id, string Name, SeedApp App)>();
        foreach (var t in seed.Tenants)
        {
            var id = Guid.CreateVersion7(clock.GetUtcNow());
            if (t.App is not null) apps.Add((id, t.Name, t.App));
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
                InvoiceReference = t.InvoiceReference,
                CreatedAt = clock.GetUtcNow(),
                Inhabitants = t.Inhabitants.Select(i => new InhabitantCount
                    { TenantId = id, Year = i.Year, Count = i.Count, Source = i.Source ?? "Gemeente-Stadsmonitor" }).ToList(),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (id, name, app) in apps) await PublishDemoAppAsync(id, app, cancellationToken);
    }

    /// <summary>Demo tenants with an <c>app</c> section get it as draft and as published version 1, through the
    /// same editor the admins use (so the seed is validated like any edit).</summary>
    private async Task PublishDemoAppAsync(Guid tenantId, SeedApp app, CancellationToken ct)
    {
        await using var scope = await tenantScopes.BeginAsync(tenantId, ct);
        var editor = scope.ServiceProvider.GetRequiredService<AppConfigEditor>();
        var actor = new Actor(null, "demogegevens");
        var errors = (await editor.SetBrandingAsync(app.Branding, actor, ct)).ToList();
        foreach (var (key, settings) in app.Features)
            errors.AddRange(await editor.SetFeatureAsync(key, true, settings.GetRawText(), actor, ct));
        if (errors.Count > 0) throw new InvalidDataException("seed/tenants.json app: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")));
        await editor.PublishAsync(actor, "Demogegevens", ct);
    }

    private sealed record SeedFile(List<SeedTenant> Tenants);

    private sealed record SeedTenant(
        string Slug, string Name, string Kbo, string? NisCode, PostalAddress Address, List<SeedInhabitants> Inhabitants,
        DateOnly? AppStore, DateOnly? PlayStore, DateOnly? ContractSignedOn, SeedApp? App, string? InvoiceReference = null);

    private sealed record SeedApp(BrandingDocument Branding, Dictionary<string, JsonElement> Features);

    private sealed record SeedInhabitants(int Year, int Count, string? Source);
}
