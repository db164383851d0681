using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using Platform.Kernel.Home;
using Platform.Kernel.Outages;
using Platform.Kernel.Security;
using StatusPage.Persistence;

namespace StatusPage.Home;

/// <summary>Today's status for the platform admin's home page: the outages still running (as the status admin page lists
/// them) and this month's measured availability against the objective.</summary>
internal sealed class StatusHomeFigures(StatusPageDbContext db, IPlatformAvailability availability, TimeProvider clock) : IHomeFigures
{
    public async Task<IReadOnlyList<FigurePanel>> PanelsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!user.IsInRole(Roles.PlatformAdmin)) return [];
        var ct = cancellationToken;
        var open = await db.Incidents.AsNoTracking().CountAsync(i => i.ResolvedAt == null, ct);
        var today = Dutch.ToBrussels(clock.GetUtcNow());
        var month = await availability.ForMonthAsync(today.Year, today.Month, ct);
        return
        [
            new FigurePanel("status-today", "Status vandaag", 12,
            [
                new("open-outages", "Lopende storingen", open, open == 0 ? "geen: alles werkt" : Dutch.Number(open), "/beheer/status#lopend", open),
                new("availability", "Beschikbaarheid deze maand", month.Percentage is { } p ? Math.Round(p, 2) : null,
                    month.Percentage is { } q ? $"{Math.Round(q, 2).ToString("0.##", Dutch.Culture)} % (doel {month.ObjectivePercentage.ToString("0.#", Dutch.Culture)} %)" : "nog niet gemeten",
                    $"/beheer/status/rapport"),
            ]),
        ];
    }
}
