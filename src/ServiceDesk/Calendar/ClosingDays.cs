using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using ServiceDesk.Persistence;

namespace ServiceDesk.Calendar;

/// <summary>Adding and removing the service desk's extra closing days (on top of the Belgian holidays); every clock's
/// working calendar is refreshed after a change. The API and the page <c>/servicedesk/sluitingsdagen</c> use it.</summary>
internal sealed class ClosingDays(ServiceDeskDbContext db, ClockPolicyProvider policies, TimeProvider clock)
{
    public async Task<Outcome<ClosingDay>> AddAsync(
        DateOnly? date, string? reason, string addedBy, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (date is null)
            errors["date"] = ["Geef een datum op."];
        else if (BelgianHolidays.IsHoliday(date.Value))
            errors["date"] = ["Die dag is al een feestdag."];
        else if (date.Value.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            errors["date"] = ["In het weekend is de servicedesk al gesloten."];
        else if (await db.ClosingDays.AnyAsync(d => d.Date == date.Value, ct))
            errors["date"] = [$"{Dutch.Date(date.Value)} is al een sluitingsdag."];
        if (string.IsNullOrWhiteSpace(reason))
            errors["reason"] = ["Geef een reden op."];
        else if (reason.Trim().Length > 200)
            errors["reason"] = ["De reden mag hoogstens 200 tekens lang zijn."];
        if (errors.Count > 0) return Outcome<ClosingDay>.Invalid(errors);
        var day = new ClosingDay { Date = date!.Value, Reason = reason!.Trim(), AddedAt = clock.GetUtcNow(), AddedBy = addedBy };
        db.ClosingDays.Add(day);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Outcome<ClosingDay>.Invalid("date", $"{Dutch.Date(date.Value)} is al een sluitingsdag.");
        }
        await policies.ChangedAsync();
        return Outcome<ClosingDay>.Success(day);
    }

    public async Task<bool> RemoveAsync(DateOnly date, CancellationToken ct)
    {
        var removed = await db.ClosingDays.Where(d => d.Date == date).ExecuteDeleteAsync(ct) > 0;
        await policies.ChangedAsync();
        return removed;
    }
}
