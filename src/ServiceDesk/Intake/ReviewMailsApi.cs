using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Security;

namespace ServiceDesk.Intake;

/// <summary>The review list of mails the intake could not place (agents).</summary>
internal static class ReviewMailsApi
{
    public static void MapReviewMailsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/servicedesk/review-mails").WithTags("ServiceDesk").RequireAuthorization(Policies.Agent);
        group.MapGet("/", List).WithSummary("Mails from unknown senders, too large or unreadable, oldest first.");
        group.MapPost("/{id:guid}/attach", Attach).WithSummary("Attach a mail to a tenant: it becomes a new incident received when the mailbox received it.")
            .ProducesValidationProblem();
        group.MapPost("/{id:guid}/discard", Discard).WithSummary("Discard a mail (deleted).");
    }

    private static async Task<Results<Ok<List<ReviewMailSummary>>, NotFound, ValidationProblem, ProblemHttpResult>> List(
        ReviewMails reviews, ClaimsPrincipal user, CancellationToken ct) =>
        (await reviews.ListAsync(Actor.From(user), ct)).ToOk(mails => mails);

    private static async Task<Results<Ok<IncidentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Attach(
        Guid id, AttachReviewMailRequest request, ReviewMails reviews, IncidentService incidents, ClaimsPrincipal user, CancellationToken ct) =>
        await (await reviews.AttachAsync(id, request.Tenant, Actor.From(user), ct)).ToOkAsync(incident => incidents.GetAsync(incident, Actor.From(user), ct));

    private static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> Discard(
        Guid id, ReviewMails reviews, ClaimsPrincipal user, CancellationToken ct) =>
        (await reviews.DiscardAsync(id, Actor.From(user), ct)).ToNoContent();
}
