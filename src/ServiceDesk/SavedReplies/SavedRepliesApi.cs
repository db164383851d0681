using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Security;

namespace ServiceDesk.SavedReplies;

/// <summary>Saved replies of the desk (agents): manage them, and fill one in for an incident (id or number).</summary>
internal static class SavedRepliesApi
{
    public sealed record FilledReply(string Text);

    public static void MapSavedRepliesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/servicedesk/saved-replies").WithTags("ServiceDesk").RequireAuthorization(Policies.Agent);
        group.MapGet("/", async (SavedReplyService replies, CancellationToken ct) => TypedResults.Ok(await replies.ListAsync(ct)))
            .WithSummary("The desk's saved replies, by name.");
        group.MapPost("/", Add).WithSummary("Add a saved reply; placeholders: {nummer}, {bestuur}, {melder}, {titel}, {prioriteit}, {reactiedeadline}, {deadline}.")
            .ProducesValidationProblem();
        group.MapPut("/{replyId:guid}", Change).WithSummary("Change a saved reply.").ProducesValidationProblem();
        group.MapDelete("/{replyId:guid}", Remove).WithSummary("Remove a saved reply.");
        group.MapGet("/{replyId:guid}/incidents/{id}", Fill).WithSummary("The reply's text filled in for one incident (id or number).")
            .ProducesValidationProblem();
    }

    private static string By(ClaimsPrincipal user) => user.FindFirstValue("name") ?? "servicedesk";

    private static async Task<Results<Created<SavedReplyResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Add(
        SavedReplyRequest request, SavedReplyService replies, ClaimsPrincipal user, CancellationToken ct) =>
        (await replies.SaveAsync(null, request, By(user), ct)).ToCreated(reply => $"/api/servicedesk/saved-replies/{reply.Id}", reply => reply);

    private static async Task<Results<Ok<SavedReplyResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Change(
        Guid replyId, SavedReplyRequest request, SavedReplyService replies, ClaimsPrincipal user, CancellationToken ct) =>
        (await replies.SaveAsync(replyId, request, By(user), ct)).ToOk(reply => reply);

    private static async Task<Results<NoContent, NotFound>> Remove(Guid replyId, SavedReplyService replies, CancellationToken ct) =>
        await replies.RemoveAsync(replyId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<FilledReply>, NotFound, ValidationProblem, ProblemHttpResult>> Fill(
        Guid replyId, string id, SavedReplyService replies, IncidentService incidents, ClaimsPrincipal user, CancellationToken ct) =>
        await incidents.ResolveAsync(id, Actor.From(user), ct) is not { } key ? TypedResults.NotFound()
            : (await replies.FillAsync(replyId, key, Actor.From(user), ct)).ToOk(text => new FilledReply(text));
}
