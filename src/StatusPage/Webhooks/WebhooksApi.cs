using Platform.Kernel.Security;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using StatusPage.Auditing;
using StatusPage.Persistence;

namespace StatusPage.Webhooks;

/// <summary>Webhooks for agents and platform admins: register (the secret is shown once), list, see deliveries, re-enable.</summary>
internal static class WebhooksApi
{
    public static void MapWebhooksApi(this RouteGroupBuilder api)
    {
        api.MapGet("/webhooks", Webhooks).WithSummary("Registered webhooks.");
        api.MapPost("/webhooks", AddWebhook).WithSummary("Register a webhook; the signing secret is in this response only.").ProducesValidationProblem();
        api.MapGet("/webhooks/{id:guid}/deliveries", Deliveries).WithSummary("Delivery log of a webhook, newest first.");
        api.MapPost("/webhooks/{id:guid}/enable", Enable).WithSummary("Re-enable a webhook disabled after repeated failures.");
    }

    private static async Task<List<WebhookResponse>> Webhooks(StatusPageDbContext db, CancellationToken ct) =>
        (await db.Webhooks.AsNoTracking().OrderBy(w => w.CreatedAt).ToListAsync(ct)).Select(w => ToResponse(w, null)).ToList();

    private static async Task<Results<Created<WebhookResponse>, NotFound, ValidationProblem, ProblemHttpResult>> AddWebhook(
        WebhookRequest r, WebhookRegistration registration, ClaimsPrincipal user, CancellationToken ct) =>
        (await registration.RegisterAsync(r.Url, r.Product, r.ComponentId, r.Description, PlatformClaims.UserId(user), ct))
            .ToCreated(n => $"/api/status/webhooks/{n.Webhook.Id}", n => ToResponse(n.Webhook, n.Secret));

    private static async Task<Results<Ok<List<DeliveryResponse>>, NotFound>> Deliveries(Guid id, StatusPageDbContext db, CancellationToken ct)
    {
        if (!await db.Webhooks.AnyAsync(w => w.Id == id, ct)) return TypedResults.NotFound();
        var list = await db.WebhookDeliveries.AsNoTracking().Where(d => d.WebhookId == id).OrderByDescending(d => d.At).ThenByDescending(d => d.Attempt).Take(200)
            .Select(d => new DeliveryResponse(d.Id, d.EventId, d.Attempt, d.At, d.StatusCode, d.Succeeded, d.Error, d.DurationMs)).ToListAsync(ct);
        return TypedResults.Ok(list);
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> Enable(
        Guid id, WebhookRegistration registration, ClaimsPrincipal user, CancellationToken ct) =>
        (await registration.EnableAsync(id, PlatformClaims.UserId(user), ct)).ToNoContent();

    private static WebhookResponse ToResponse(Webhook w, string? secret) =>
        new(w.Id, w.Url, w.ProductId, w.ComponentId, w.Description, w.ConsecutiveFailures, w.DisabledAt, secret);
}
