using Platform.Kernel.Tenancy;
using System.Security.Claims;
using Billing.Persistence;
using Billing.Sending;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Billing.Web;

namespace Billing.Sending;

internal sealed record InvoiceMailResponse(Guid Id, Guid DocumentId, string Kind, string Number, int Round, string State,
    DateTimeOffset QueuedAt, DateTimeOffset? SentAt, string? DeliveredTo, string? Refused, bool UblAttached, string? Note);

/// <param name="DocumentId">The invoice's own id (default) or one of its credit notes.</param>
internal sealed record ResendRequest(Guid? DocumentId);

internal sealed record SendingSwitchBody(bool SendByMail);

internal sealed record SendingSwitchResponse(Guid TenantId, string Slug, string Name, bool SendByMail);

internal static class SendingApi
{
    public static void MapSendingApi(this RouteGroupBuilder billing)
    {
        billing.MapGet("/invoices/{id:guid}/mails", Mails).RequireAuthorization(Policies.Finance)
            .WithSummary("The sent-log of an invoice and its credit notes: queued, sent, bounced (refused for good) or skipped, per round.");
        billing.MapPost("/invoices/{id:guid}/resend", Resend).RequireAuthorization(Policies.Finance)
            .WithSummary("Queue the invoice (or one of its credit notes) to be mailed again, with PDF and UBL.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        billing.MapGet("/sending", Switches).RequireAuthorization(Policies.PlatformAdmin)
            .WithSummary("Per tenant: whether invoices and credit notes are mailed.");
        billing.MapPut("/sending/{tenantId:guid}", Switch).RequireAuthorization(Policies.PlatformAdmin)
            .WithSummary("Switch mailing of invoices on or off for one tenant (off: e.g. Peppol only).");
    }

    private static async Task<Ok<List<InvoiceMailResponse>>> Mails(Guid id, BillingDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.InvoiceMails.AsNoTracking().Where(m => m.InvoiceId == id).ToListAsync(ct))
            .OrderBy(m => m.QueuedAt).ThenBy(m => m.Round)
            .Select(m => new InvoiceMailResponse(m.Id, m.DocumentId, m.Kind == Domain.InvoiceKind.Invoice ? "invoice" : "creditNote", m.Number,
                m.Round, m.State.ToString().ToLowerInvariant(), m.QueuedAt, m.SentAt, m.DeliveredTo, m.Refused, m.UblAttached, m.Note)).ToList());

    private static async Task<Results<Accepted, NotFound, ProblemHttpResult>> Resend(
        Guid id, ResendRequest? request, ClaimsPrincipal user, InvoiceMailQueue queue, CancellationToken ct)
    {
        var result = await queue.ResendAsync(id, request?.DocumentId ?? id, PlatformClaims.UserId(user), ct);
        return result.NotFound ? TypedResults.NotFound()
            : result.Ok ? TypedResults.Accepted($"/api/billing/invoices/{id}/mails") : BillingProblems.Conflict(result.Conflict);
    }

    private static async Task<Ok<List<SendingSwitchResponse>>> Switches(BillingDbContext db, ITenantDirectory directory, CancellationToken ct)
    {
        var switches = await TenantSending.AllAsync(db, ct);
        return TypedResults.Ok((await directory.AllAsync(ct)).OrderBy(t => t.Name)
            .Select(t => new SendingSwitchResponse(t.Id, t.Slug, t.Name, switches.GetValueOrDefault(t.Id, true))).ToList());
    }

    private static async Task<Results<Ok<SendingSwitchResponse>, NotFound>> Switch(
        Guid tenantId, SendingSwitchBody body, ClaimsPrincipal user, BillingDbContext db, ITenantDirectory directory, TimeProvider clock, CancellationToken ct)
    {
        if (await directory.FindAsync(tenantId, ct) is not { } tenant) return TypedResults.NotFound();
        await TenantSending.SetAsync(db, new SendingSwitchRequest(tenantId, body.SendByMail), PlatformClaims.UserId(user), clock.GetUtcNow(), ct);
        return TypedResults.Ok(new SendingSwitchResponse(tenant.Id, tenant.Slug, tenant.Name, body.SendByMail));
    }
}
