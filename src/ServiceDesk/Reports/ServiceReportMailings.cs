using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using ServiceDesk.Persistence;

namespace ServiceDesk.Reports;

/// <summary>One line of the sent-log as page and API show it.</summary>
internal sealed record ServiceReportMailingView(string Month, string Status, string StatusText, string? RecipientName, string? RecipientEmail,
    string? RecipientRole, int Attempts, string? LastError, string? SkipReason, DateTimeOffset CreatedAt, DateTimeOffset? LastAttemptAt,
    DateTimeOffset? SentAt, string? ResendRequestedBy, DateTimeOffset? ResendRequestedAt)
{
    public static ServiceReportMailingView From(ServiceReportMailing m) => new(m.Month, m.Status.ToString(), StatusOf(m), m.RecipientName,
        m.RecipientEmail, m.ToServiceDeliveryManager switch { true => "Service delivery manager", false => "SPOC", null => null },
        m.Attempts, m.LastError, m.SkipReason, m.CreatedAt, m.LastAttemptAt, m.SentAt, m.ResendRequestedBy, m.ResendRequestedAt);

    private static string StatusOf(ServiceReportMailing m) => m.Status switch
    {
        ServiceReportMailingStatus.Sent => "Verstuurd",
        ServiceReportMailingStatus.Skipped => "Niet verstuurd",
        _ when m.Attempts >= ServiceReportMailer.MaxAttempts => "Mislukt, wacht op opnieuw versturen",
        _ when m.LastError is not null => "Mislukt, volgende poging bij de volgende run",
        _ => "Wordt verstuurd",
    };
}

/// <summary>Use case: the sent-log of the request's (or scope's) tenant, and a manual re-send of one month by staff.</summary>
internal sealed class ServiceReportMailings(ServiceDeskDbContext db, ServiceReportMailer mailer, TimeProvider clock)
{
    public sealed record ResendRequest(string? Month);

    /// <summary>The tenant's mailings, newest month first (inside the tenant filter).</summary>
    public async Task<IReadOnlyList<ServiceReportMailingView>> LogAsync(TenantInfo tenant, CancellationToken ct)
    {
        if (db.CurrentTenantId != tenant.Id) return [];
        var rows = await db.ServiceReportMailings.AsNoTracking().OrderByDescending(m => m.Month).Take(36).ToListAsync(ct);
        return [.. rows.Select(ServiceReportMailingView.From)];
    }

    /// <summary>Mails the month's report again (or for the first time) to today's recipient; only a month that has ended.</summary>
    public async Task<Outcome<ServiceReportMailingView>> ResendAsync(TenantInfo tenant, ResendRequest request, Actor actor, CancellationToken ct)
    {
        if (!actor.IsStaff) return Outcome<ServiceReportMailingView>.Denied("Alleen de servicedesk verstuurt een maandrapport opnieuw.");
        if (db.CurrentTenantId != tenant.Id) return Outcome<ServiceReportMailingView>.Missing();
        if (!TenantServiceReport.TryParseMonth(request.Month, out var year, out var month))
            return Outcome<ServiceReportMailingView>.Invalid("month", "Kies een geldige maand in de vorm jjjj-mm (jaar tussen 2000 en 2100).");
        var today = Dutch.Today(clock);
        if (new DateOnly(year, month, 1) >= new DateOnly(today.Year, today.Month, 1))
            return Outcome<ServiceReportMailingView>.Invalid("month", "Kies een maand die al voorbij is: het maandrapport van een lopende maand wordt niet verstuurd.");

        var key = request.Month!;
        var now = clock.GetUtcNow();
        var row = await db.ServiceReportMailings.FirstOrDefaultAsync(m => m.Month == key, ct);
        if (row is null)
        {
            row = new ServiceReportMailing { Id = Guid.NewGuid(), TenantId = tenant.Id, Month = key, CreatedAt = now };
            db.ServiceReportMailings.Add(row);
        }
        else if (row.ClaimedUntil > now)
        {
            return Outcome<ServiceReportMailingView>.Invalid("month", "Dit maandrapport wordt op dit moment verstuurd. Probeer het over enkele minuten opnieuw.");
        }
        row.Status = ServiceReportMailingStatus.Pending;
        row.Attempts = 0;
        row.LastError = null;
        row.SkipReason = null;
        row.ResendRequestedBy = actor.Name;
        row.ResendRequestedAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Outcome<ServiceReportMailingView>.Invalid("month", "Dit maandrapport wordt op dit moment verstuurd. Probeer het over enkele minuten opnieuw.");
        }
        await mailer.DeliverAsync(tenant.Id, row.Id, ct);
        var after = await db.ServiceReportMailings.AsNoTracking().FirstAsync(m => m.Id == row.Id, ct);
        return Outcome<ServiceReportMailingView>.Success(ServiceReportMailingView.From(after));
    }
}
