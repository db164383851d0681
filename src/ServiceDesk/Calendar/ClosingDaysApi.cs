using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
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

    private static async Task<Results<Created<ClosingDayResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Add(
        ClosingDayRequest request, ClosingDays days, ClaimsPrincipal user, CancellationToken ct) =>
        (await days.AddAsync(request.Date, request.Reason, user.FindFirstValue("name") ?? "beheerder", ct))
            .ToCreated(day => $"/api/servicedesk/closing-days/{day.Date:yyyy-MM-dd}", day => new ClosingDayResponse(day.Date, day.Reason, day.AddedBy));

    private static async Task<Results<NoContent, NotFound>> Remove(DateOnly date, ClosingDays days, CancellationToken ct) =>
        await days.RemoveAsync(date, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
