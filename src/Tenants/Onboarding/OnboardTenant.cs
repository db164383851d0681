using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using Tenants.Audit;
using Tenants.Directory;
using Tenants.Domain.Identity;
using Tenants.Persistence;

namespace Tenants.Onboarding;

/// <summary>A platform admin creates a tenant (the API's <c>POST /api/tenants</c> and the page <c>/beheer/nieuw</c>):
/// validated, refused when its slug (also a former one) or KBO number is taken; the creation is the first audit entry.</summary>
internal sealed class OnboardTenant(TenantsDbContext db, TimeProvider clock)
{
    public async Task<Outcome<Tenant>> RunAsync(OnboardTenantRequest request, Actor actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var errors = OnboardingValidation.Validate(request, now.Year);
        if (errors.Count > 0) return Outcome<Tenant>.Invalid(errors);
        var slug = Slug.Parse(request.Slug).Value;
        var kbo = KboNumber.Parse(request.Kbo).Digits;
        if (await db.Tenants.AnyAsync(t => t.Slug == slug || t.Kbo == kbo, ct) || await db.PreviousSlugs.AnyAsync(p => p.Slug == slug, ct))
            return Taken(await db.Tenants.AnyAsync(t => t.Kbo == kbo, ct) && !await db.Tenants.AnyAsync(t => t.Slug == slug, ct) ? "kbo" : "slug");

        var id = Guid.CreateVersion7(now);
        var tenant = new Tenant
        {
            Id = id, Slug = slug, Name = request.Name!.Trim(), Kbo = kbo,
            NisCode = NisCode.TryParse(request.NisCode, out var nis, out _) ? nis.Value : null,
            Address = new PostalAddress(request.Address!.Street!.Trim(), request.Address.PostalCode!.Trim(), request.Address.City!.Trim()),
            CreatedAt = now,
            Inhabitants = (request.Inhabitants ?? []).Select(i => new InhabitantCount
                { TenantId = id, Year = i.Year, Count = i.Count, Source = i.Source ?? InhabitantCount.DefaultSource, PublishedOn = i.PublishedOn }).ToList(),
        };
        db.Tenants.Add(tenant);
        // The request had no tenant (it creates one); enter the new tenant so its first audit entry is stamped with it.
        db.TenantContext.Set(new TenantInfo(id, slug, tenant.Name));
        db.Record(id, actor, now, "tenant.onboarded", $"Lokaal bestuur {tenant.Name} ({slug}, KBO {KboNumber.Parse(kbo)}) aangemaakt");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two requests raced past the check above; the unique indexes decided.
            return Taken("slug");
        }
        return Outcome<Tenant>.Success(tenant);
    }

    private static Outcome<Tenant> Taken(string field) => Outcome<Tenant>.Conflicting(
        field == "slug" ? "Er bestaat al een lokaal bestuur met deze adresnaam." : "Er bestaat al een lokaal bestuur met dit ondernemingsnummer.", field);
}
