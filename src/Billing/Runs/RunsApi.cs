using System.Security.Claims;
using Billing.Domain;
using Billing.Persistence;
using Billing.Runs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Paging;
using Platform.Kernel.Security;

namespace Billing.Runs;

internal static class RunsApi
{
    public static void MapRunsApi(this RouteGroupBuilder billing)
    {
        var runs = billing.MapGroup("/invoice-runs").RequireAuthorization(Policies.Finance);
        runs.MapPost("/", Start).WithSummary("Prepare a draft for every tenant that is due for the year and has no invoice yet; returns the run report.")
            .ProducesValidationProblem();
        runs.MapGet("/", List).WithSummary("Recent run reports (without lines).");
        runs.MapGet("/overview", Overview).ProducesValidationProblem()
            .WithSummary("Run reports one page at a time (the list of /facturen/runs): year, trigger (dagelijks or financien), q (part of a " +
                "local government's name: runs with a line for it); sort gestart (default, newest first), jaar, opgemaakt or actie; dir asc or desc.");
        runs.MapGet("/{id:guid}", Get).WithSummary("One run report: what was prepared, skipped and why.");
    }

    private static async Task<Results<Ok<RunReportResponse>, ValidationProblem>> Start(
        RunRequest request, ClaimsPrincipal user, InvoiceRunner runner, TimeProvider clock, CancellationToken ct)
    {
        var current = FeeService.Today(clock).Year;
        if (request.Year is not { } year || year < PriceList.FirstBillableYear || year > current)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                { ["year"] = [$"Kies een jaar van {PriceList.FirstBillableYear} tot en met {current}."] });
        var report = await runner.RunAsync(year, RunTrigger.Manual, PlatformClaims.UserId(user), ct);
        return TypedResults.Ok(RunReportResponse.From(report));
    }

    private static async Task<List<RunReportResponse>> List(BillingDbContext db, CancellationToken ct) =>
        (await db.Runs.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(50).ToListAsync(ct)).Select(RunReportResponse.From).ToList();

    private static async Task<Results<Ok<PagedList<RunReportResponse>>, ValidationProblem>> Overview(int? year, string? trigger, string? q,
        int? page, int? size, string? sort, string? dir, RunList list, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(trigger) && RunList.TriggerOf(trigger) is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["trigger"] = ["Kies dagelijks of financien."] });
        var result = await list.PageAsync(new RunListFilter(year, trigger, q), RunList.Request(page, size, sort, dir, q), ct);
        return TypedResults.Ok(result.Select(RunReportResponse.From));
    }

    private static async Task<Results<Ok<RunReportResponse>, NotFound>> Get(Guid id, BillingDbContext db, CancellationToken ct) =>
        await db.Runs.AsNoTracking().Include(r => r.Lines).FirstOrDefaultAsync(r => r.Id == id, ct) is { } r
            ? TypedResults.Ok(RunReportResponse.From(r)) : TypedResults.NotFound();
}
