using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using Platform.Kernel.Home;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using Tenants.Checklist;
using Tenants.Directory;
using Tenants.Onboarding;
using Tenants.Persistence;

namespace Tenants.Home;

/// <summary>The tenants module's home-page figures. Platform admin: tenants per stage (as the tenants list filters them)
/// and the onboarding requests to decide. Tenant admin: the published app version and the onboarding checklist.</summary>
internal sealed class TenantsHomeFigures(TenantsDbContext db, TenantContext current, ChecklistReader checklist, TimeProvider clock) : IHomeFigures
{
    public async Task<IReadOnlyList<FigurePanel>> PanelsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var ct = cancellationToken;
        if (user.IsInRole(Roles.PlatformAdmin))
        {
            var today = Dutch.Today(clock);
            var tenants = await db.Tenants.AsNoTracking().ToListAsync(ct);
            var pending = await db.OnboardingRequests.AsNoTracking().CountAsync(r => r.Status == OnboardingRequestStatus.Pending, ct);
            var stages = Enum.GetValues<TenantStage>().Select(s =>
            {
                var n = tenants.Count(t => TenantStages.Of(t, today) == s);
                return new Figure(s.PageName(), s.Dutch(), n, Dutch.Number(n), $"/beheer/lokale-besturen?status={s.PageName()}", n);
            }).ToList();
            return
            [
                new FigurePanel("tenant-stages", "Lokale besturen per fase", 10, stages, FigureChart.Bars,
                    "Een app is in gebruik vanaf de livegang: de dag dat ze in beide appwinkels staat."),
                new FigurePanel("tenant-requests", "Aanvragen", 11,
                [
                    new("live-apps", "Apps in gebruik", stages[(int)TenantStage.Live].Value, stages[(int)TenantStage.Live].Text,
                        stages[(int)TenantStage.Live].Href, stages[(int)TenantStage.Live].Count),
                    new("pending", "Aanvragen te beoordelen", pending, Dutch.Number(pending), "/beheer/aanvragen?status=te-beoordelen", pending),
                ]),
            ];
        }
        if (user.IsInRole(Roles.TenantAdmin) && current.Tenant is { } tenant)
        {
            var latest = await db.Versions.AsNoTracking().OrderByDescending(v => v.Number)
                .Select(v => new { v.Number, v.PublishedAt }).FirstOrDefaultAsync(ct);
            var items = await checklist.OfCurrentAsync(ct) ?? [];
            var done = items.Count(i => i.Done);
            return
            [
                new FigurePanel("tenant-app", "Je app", 20,
                [
                    latest is null
                        ? new Figure("version", "Gepubliceerde versie", null, "nog niets gepubliceerd", $"/beheer/{tenant.Identifier}/publiceren")
                        : new Figure("version", "Gepubliceerde versie", latest.Number,
                            $"versie {latest.Number} van {Dutch.Date(latest.PublishedAt)}", $"/beheer/{tenant.Identifier}/publiceren"),
                    new Figure("checklist", "Stappen naar livegang", done, done == items.Count ? "alle stappen klaar" : $"{done} van {items.Count} klaar",
                        $"/beheer/{tenant.Identifier}"),
                ]),
            ];
        }
        return [];
    }
}
