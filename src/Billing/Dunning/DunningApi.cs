using System.Security.Claims;
using Billing.Dunning;
using Billing.Persistence;
using Billing.Timeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using Billing.Web;

namespace Billing.Dunning;

internal sealed record PauseResponse(Guid Id, Guid InvoiceId, string Kind, string Reason, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string? EndNote, bool Active)
{
    public static PauseResponse From(DunningPause p) => new(p.Id, p.InvoiceId, p.Kind.ApiName(), p.Reason, p.StartedAt, p.EndedAt, p.EndNote, p.Active);
}

/// <summary>Holds and disputes, the reminder texts, and the invoice timeline.</summary>
internal static class DunningApi
{
    public static void MapDunningApi(this RouteGroupBuilder billing)
    {
        billing.MapGet("/invoices/{id:guid}/timeline", Timeline).RequireAuthorization(Access.ReadersPolicy)
            .WithSummary("What happened to an invoice: drafted, issued, mailed/delivered/bounced, viewed, reminders, payments, credit notes, holds and disputes. A tenant admin gets it without finance's internal items.");
        billing.MapGet("/invoices/{id:guid}/pauses", Pauses).RequireAuthorization(Policies.Finance).WithSummary("The holds and disputes of an invoice.");
        billing.MapPost("/invoices/{id:guid}/pauses", Start).RequireAuthorization(Policies.Finance)
            .WithSummary("Put an issued invoice on hold (kind=hold) or in dispute (kind=dispute) with a reason: no reminders while it lasts.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        billing.MapPost("/invoices/{id:guid}/pauses/end", End).RequireAuthorization(Policies.Finance)
            .WithSummary("End the running hold or dispute with a note; reminders resume.").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        billing.MapGet("/reminder-texts", Texts).RequireAuthorization(Policies.Finance)
            .WithSummary("The Dutch text of each dunning step (0 = friendly notice before the due date, 1.. = reminders) and the placeholders.");
        billing.MapPut("/reminder-texts/{step:int}", SaveText).RequireAuthorization(Policies.Finance)
            .WithSummary("Finance's own text for a step; unknown placeholders are refused.").ProducesValidationProblem();
        billing.MapDelete("/reminder-texts/{step:int}", ResetText).RequireAuthorization(Policies.Finance).WithSummary("Back to the built-in text.");
        billing.MapPost("/reminder-texts/{step:int}/preview", Preview).RequireAuthorization(Policies.Finance)
            .WithSummary("The text filled in for an example invoice, without saving it.").ProducesValidationProblem();
    }

    private static async Task<Results<Ok<List<TimelineEntry>>, NotFound>> Timeline(
        Guid id, ClaimsPrincipal user, TenantContext current, BillingDbContext db, InvoiceTimeline timeline, CancellationToken ct)
    {
        if (!await Access.Invoices(db, user, current).AnyAsync(i => i.Id == id, ct)) return TypedResults.NotFound();
        return await timeline.ForAsync(id, forTenant: !Access.IsStaff(user), ct) is { } entries ? TypedResults.Ok(entries) : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<List<PauseResponse>>, NotFound>> Pauses(Guid id, BillingDbContext db, DunningPauses pauses, CancellationToken ct) =>
        await AcrossTenants.Invoices(db).AnyAsync(i => i.Id == id, ct)
            ? TypedResults.Ok((await pauses.OfAsync(id, ct)).Select(PauseResponse.From).ToList()) : TypedResults.NotFound();

    private static async Task<Results<Created<PauseResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Start(
        Guid id, PauseRequest request, ClaimsPrincipal user, DunningPauses pauses, CancellationToken ct)
    {
        var result = await pauses.StartAsync(id, request, PlatformClaims.UserId(user), ct);
        if (result.NotFound) return TypedResults.NotFound();
        if (result.Errors is not null) return TypedResults.ValidationProblem(result.Errors, title: "De factuur kon niet on hold of betwist gezet worden.");
        if (result.Conflict is not null) return BillingProblems.Conflict(result.Conflict);
        return TypedResults.Created($"/api/billing/invoices/{id}/pauses", PauseResponse.From(result.Value!));
    }

    private static async Task<Results<Ok<PauseResponse>, NotFound, ValidationProblem, ProblemHttpResult>> End(
        Guid id, EndPauseRequest request, ClaimsPrincipal user, DunningPauses pauses, CancellationToken ct)
    {
        var result = await pauses.EndAsync(id, request, PlatformClaims.UserId(user), ct);
        if (result.NotFound) return TypedResults.NotFound();
        if (result.Errors is not null) return TypedResults.ValidationProblem(result.Errors, title: "Kon niet beëindigd worden.");
        if (result.Conflict is not null) return BillingProblems.Conflict(result.Conflict);
        return TypedResults.Ok(PauseResponse.From(result.Value!));
    }

    private static async Task<Ok<object>> Texts(ReminderTexts texts, CancellationToken ct) =>
        TypedResults.Ok<object>(new { steps = await texts.AllAsync(ct), placeholders = ReminderPlaceholders.Known });

    private static async Task<Results<Ok<StepText>, NotFound, ValidationProblem>> SaveText(
        int step, ReminderTextRequest request, ClaimsPrincipal user, ReminderTexts texts, CancellationToken ct)
    {
        var result = await texts.SaveAsync(step, request, PlatformClaims.UserId(user), ct);
        if (result.NotFound) return TypedResults.NotFound();
        if (result.Errors is not null) return TypedResults.ValidationProblem(result.Errors, title: "De tekst kon niet bewaard worden.");
        return TypedResults.Ok(result.Value!);
    }

    private static async Task<Results<Ok<StepText>, NotFound>> ResetText(int step, ReminderTexts texts, CancellationToken ct) =>
        await texts.ResetAsync(step, ct) is { Ok: true } r ? TypedResults.Ok(r.Value!) : TypedResults.NotFound();

    private static Results<Ok<ReminderPreview>, NotFound, ValidationProblem> Preview(int step, ReminderTextRequest request, ReminderTexts texts)
    {
        var result = texts.Preview(step, request);
        if (result.NotFound) return TypedResults.NotFound();
        if (result.Errors is not null) return TypedResults.ValidationProblem(result.Errors, title: "De tekst bevat fouten.");
        return TypedResults.Ok(result.Value!);
    }
}
