using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using Platform.Kernel.Security;
using ServiceDesk.Persistence;

namespace ServiceDesk.Calendar;

/// <summary>Extra closing days of the service desk; the working calendar of every clock uses them.</summary>
internal static class ClosingDaysApi
{
    public sealed record ClosingDayRequest(DateOnly? Date, string? Reason);

    public sealed record ClosingDayResponse(DateOnly Date, string Reason, string AddedBy);

    public static void MapClosingDaysApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/servicedesk/closing-days").WithTags("ServiceDesk");
        group.MapGet("/", List).RequireAuthorization(Policies.Agent).WithSummary("Extra closing days (on top of the Belgian holidays).");
        group.MapPost("/", Add).RequireAuthorization(Policies.PlatformAdmin).WithSummary("Add a closing day.").ProducesValidationProblem();
        group.MapDelete("/{date}", Remove).RequireAuthorization(Policies.PlatformAdmin).WithSummary("Remove a closing day.");
    }

    private static async Task<List<ClosingDayResponse>> List(ServiceDeskDbContext db, CancellationToken ct) =>
        await db.ClosingDays.AsNoTracking().OrderBy(d => d.Date)
            .Select(d => new ClosingDayResponse(d.Date, d.Reason, d.AddedBy)).ToListAsync(ct);

    private static async Task<Results<Created<ClosingDayResponse>, ValidationProblem>> Add(
        ClosingDayRequest request, ClosingDays days, ClaimsPrincipal user, CancellationToken ct)
    {
        var added = await days.AddAsync(request.Date, request.Reason, user.FindFirstValue("name") ?? "beheerder", ct);
        return added is { Ok: true, Value: { } day }
            ? TypedResults.Created($"/api/servicedesk/closing-days/{day.Date:yyyy-MM-dd}", new ClosingDayResponse(day.Date, day.Reason, day.AddedBy))
            : TypedResults.ValidationProblem(added.Errors!);
    }

    private static async Task<Results<NoContent, NotFound>> Remove(DateOnly date, ClosingDays days, CancellationToken ct) =>
        await days.RemoveAsync(date, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}

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
