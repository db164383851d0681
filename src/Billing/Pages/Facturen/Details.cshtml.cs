using Platform.Kernel.Tenancy;
using Billing.Dunning;
using Billing.Issuing;
using Billing.Persistence;
using Billing.Sending;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;

namespace Billing.Pages.Facturen;

/// <summary>One invoice for finance: how the amount was reached, issue it, download it, credit it.</summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class DetailsModel(BillingDbContext db, TimeProvider clock) : PageModel
{
    [FromRoute] public Guid Id { get; set; }
    [TempData] public string? Message { get; set; }
    [BindProperty] public string? CreditAmount { get; set; }
    [BindProperty] public string? CreditReason { get; set; }
    [BindProperty] public string? BuyerReference { get; set; }
    [BindProperty] public string? OrderReference { get; set; }
    /// <summary>The draft lacks what Peppol requires and finance has not yet chosen to issue it anyway.</summary>
    public bool AskKnowingly { get; private set; }
    /// <summary>The confirmation step before issuing or crediting (shared <c>_Confirm</c> partial).</summary>
    public Platform.Kernel.Web.Confirmation? Confirm { get; private set; }
    public string? TenantReference { get; private set; }

    /// <summary>The errors of the form that was posted, under the use case's keys (<c>reason</c>, <c>buyerReference</c>).</summary>
    public Dictionary<string, string[]> Errors { get; } = new();
    public Invoice Invoice { get; private set; } = null!;
    public List<CreditNote> CreditNotes { get; private set; } = [];
    public List<Payments.Payment> Payments { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public string? TenantSlug { get; private set; }
    public List<InvoiceMail> Mails { get; private set; } = [];
    public bool SendingOn { get; private set; } = true;
    [BindProperty] public string? PauseKind { get; set; }
    [BindProperty] public string? PauseReason { get; set; }
    [BindProperty] public string? PauseNote { get; set; }
    [BindProperty] public string? IssuedBuyerReference { get; set; }
    public List<Dunning.DunningPause> Pauses { get; private set; } = [];
    public List<Timeline.TimelineEntry> Timeline { get; private set; } = [];

    /// <summary>Each form has its own model state keys, the names of its fields: the pause's and the credit note's
    /// <c>reason</c> are <c>PauseReason</c> and <c>CreditReason</c>, the draft's and the issued invoice's <c>buyerReference</c>
    /// are <c>BuyerReference</c> and <c>IssuedBuyerReference</c>. Other errors are the page's ("").</summary>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        var handler = context.HandlerMethod?.Name;
        foreach (var (field, messages) in Errors)
        {
            var key = (handler, field) switch
            {
                ("References", "buyerReference") => nameof(BuyerReference),
                ("References", "orderReference") => nameof(OrderReference),
                ("IssuedReference", "buyerReference") => nameof(IssuedBuyerReference),
                ("Pause", "reason") => nameof(PauseReason),
                ("EndPause", "note") => nameof(PauseNote),
                ("Credit", "amount") => nameof(CreditAmount),
                ("Credit", "reason") => nameof(CreditReason),
                _ => "",
            };
            foreach (var message in messages) ModelState.AddModelError(key, message);
        }
    }

    public async Task<IActionResult> OnGetAsync([FromServices] ITenantDirectory directory, CancellationToken ct) =>
        await LoadAsync(directory, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostIssueAsync([FromServices] CheckedIssuing issuing, [FromServices] ITenantDirectory directory,
        bool knowingly, bool confirmed, CancellationToken ct)
    {
        if (!confirmed)
        {
            if (!await LoadAsync(directory, ct)) return NotFound();
            if (Invoice.Status != InvoiceStatus.Draft) return RedirectToPage(new { id = Id });
            Confirm = new Platform.Kernel.Web.Confirmation("Factuur uitgeven?", Url.Page("Details", "Issue", new { id = Id })!,
                "Ja, factuur uitgeven", $"/facturen/{Id}")
            {
                Lines = ["Uitgeven kan niet ongedaan worden gemaakt: de factuur krijgt een definitief nummer en wordt per e-mail naar het lokaal bestuur " +
                    "verstuurd. Een fout rechtzetten kan daarna alleen met een creditnota."],
                Facts = [new("Lokaal bestuur", Invoice.CustomerName), new("Aantal facturen", "1"), new("Totaal", Platform.Kernel.Formatting.Dutch.Money(Invoice.Amount))],
                Hidden = [new("confirmed", "true"), new("knowingly", knowingly ? "true" : "false")],
            };
            return Page();
        }
        var issue = await issuing.IssueAsync([Id], knowingly, PlatformClaims.UserId(User), null, ct);
        if (issue.Blocked)
        {
            AskKnowingly = true;
            return await LoadAsync(directory, ct) ? Page() : NotFound();
        }
        var result = issue.Results[0];
        if (result.NotFound) return NotFound();
        Message = result.Ok ? $"Factuur {result.Value!.Number} is uitgegeven." : result.Reason();
        return RedirectToPage(new { id = Id });
    }

    /// <summary>Sends the invoice (<paramref name="document"/> = its id) or one of its credit notes again.</summary>
    public async Task<IActionResult> OnPostResendAsync([FromServices] InvoiceMailQueue queue, Guid document, CancellationToken ct)
    {
        var result = await queue.ResendAsync(Id, document, PlatformClaims.UserId(User), ct);
        if (result.NotFound) return NotFound();
        Message = result.Ok ? result.Value : result.Conflict;
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostReferencesAsync([FromServices] DraftReferences references, [FromServices] ITenantDirectory directory,
        CancellationToken ct)
    {
        var result = await references.SetAsync(Id, new DraftReferencesRequest(BuyerReference, OrderReference), ct);
        if (result.NotFound) return NotFound();
        if (result.Ok)
        {
            Message = "De referenties zijn bewaard.";
            return RedirectToPage(new { id = Id });
        }
        foreach (var (k, v) in result.FieldErrors()) Errors[k] = v;
        return await LoadAsync(directory, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCreditAsync([FromServices] CreditNoteIssuer issuer, [FromServices] ITenantDirectory directory,
        bool confirmed, CancellationToken ct)
    {
        decimal? amount = null;
        // The one Belgian number parser: "1.250,50" is read, "3.50" (which nl-BE parsing would take for 350) is refused.
        var (parsed, amountError) = Platform.Kernel.Text.DutchNumbers.Amount(CreditAmount, "Het bedrag", required: false);
        if (amountError is not null) Errors["amount"] = [amountError + " Of laat leeg voor het volledige resterende bedrag."];
        else amount = parsed;
        if (Errors.Count == 0 && !confirmed && !string.IsNullOrWhiteSpace(CreditReason))
        {
            // A credit note is final and mailed: confirm first, with the amount. Input the issuer would refuse goes straight
            // to it, so its messages appear next to the fields without a confirmation in between.
            if (!await LoadAsync(directory, ct)) return NotFound();
            var remaining = Invoice.Amount - Invoice.CreditedAmount;
            if (Invoice.Status != InvoiceStatus.Draft && (amount is null || (amount > 0 && amount <= remaining)))
            {
                var credited = amount ?? remaining;
                Confirm = new Platform.Kernel.Web.Confirmation("Creditnota opmaken?", Url.Page("Details", "Credit", new { id = Id })!,
                    "Ja, creditnota opmaken", $"/facturen/{Id}")
                {
                    Lines = [$"De creditnota krijgt een definitief nummer en wordt per e-mail naar {Invoice.CustomerName} verstuurd. Dat kan niet ongedaan worden gemaakt."],
                    Facts = [new("Factuur", Invoice.Number ?? "–"), new("Bedrag van de creditnota", Platform.Kernel.Formatting.Dutch.Money(credited)),
                        new("Nog te crediteren daarna", Platform.Kernel.Formatting.Dutch.Money(remaining - credited)), new("Reden", CreditReason.Trim())],
                    Hidden = [new("confirmed", "true"), new("CreditAmount", CreditAmount ?? ""), new("CreditReason", CreditReason)],
                };
                return Page();
            }
        }
        if (Errors.Count == 0)
        {
            var result = await issuer.IssueAsync(Id, amount, CreditReason, PlatformClaims.UserId(User), ct);
            if (result.NotFound) return NotFound();
            if (result.Ok)
            {
                Message = $"Creditnota {result.Value!.Number} is opgemaakt.";
                return RedirectToPage(new { id = Id });
            }
            foreach (var (k, v) in result.FieldErrors()) Errors[k] = v;
        }
        return await LoadAsync(directory, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostPauseAsync([FromServices] Dunning.DunningPauses pauses, [FromServices] ITenantDirectory directory, CancellationToken ct)
    {
        var result = await pauses.StartAsync(Id, new Dunning.PauseRequest(PauseKind, PauseReason), PlatformClaims.UserId(User), ct);
        return await AfterAsync(result, r => $"De factuur staat nu {r.Kind.ToDutch().ToLowerInvariant()}: er gaan geen herinneringen meer uit tot dit beëindigd is.", directory, ct);
    }

    public async Task<IActionResult> OnPostEndPauseAsync([FromServices] Dunning.DunningPauses pauses, [FromServices] ITenantDirectory directory, CancellationToken ct)
    {
        var result = await pauses.EndAsync(Id, new Dunning.EndPauseRequest(PauseNote), PlatformClaims.UserId(User), ct);
        return await AfterAsync(result, r => $"{r.Kind.ToDutch()} beëindigd; de herinneringen lopen weer.", directory, ct);
    }

    public async Task<IActionResult> OnPostIssuedReferenceAsync([FromServices] IssuedReference references, [FromServices] ITenantDirectory directory, CancellationToken ct)
    {
        var result = await references.SetAsync(Id, new IssuedReferenceRequest(IssuedBuyerReference), ct);
        return await AfterAsync(result, r => $"De referentie van de klant is vastgelegd: {r.BuyerReference}.", directory, ct);
    }

    private async Task<IActionResult> AfterAsync<T>(Outcome<T> result, Func<T, string> done, ITenantDirectory directory, CancellationToken ct)
    {
        if (result.NotFound) return NotFound();
        if (result.Ok)
        {
            Message = done(result.Value!);
            return RedirectToPage(new { id = Id });
        }
        if (result.Errors is not null) foreach (var (k, v) in result.Errors) Errors[k] = v;
        else Errors[""] = [result.Conflict ?? "Niet mogelijk."];
        return await LoadAsync(directory, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(ITenantDirectory directory, CancellationToken ct)
    {
        Today = FeeService.Today(clock);
        var invoice = await AcrossTenants.Invoices(db).AsNoTracking().FirstOrDefaultAsync(i => i.Id == Id, ct);
        if (invoice is null) return false;
        Invoice = invoice;
        CreditNotes = (await AcrossTenants.CreditNotes(db).AsNoTracking().Where(c => c.InvoiceId == Id).ToListAsync(ct)).OrderBy(c => c.Sequence).ToList();
        Payments = [.. (await AcrossTenants.Payments(db).AsNoTracking().Where(p => p.InvoiceId == Id).ToListAsync(ct))
            .OrderBy(p => p.ReceivedOn).ThenBy(p => p.RecordedAt)];
        var tenant = await directory.FindAsync(invoice.TenantId, ct);
        TenantSlug = tenant?.Slug;
        TenantReference = tenant?.InvoiceReference;
        if (Request.Method == "GET") (BuyerReference, OrderReference) = (invoice.BuyerReference, invoice.OrderReference);
        Mails = [.. (await db.InvoiceMails.AsNoTracking().Where(m => m.InvoiceId == Id).ToListAsync(ct)).OrderBy(m => m.QueuedAt).ThenBy(m => m.Round)];
        SendingOn = await TenantSending.IsOnAsync(db, invoice.TenantId, ct);
        Pauses = [.. (await db.DunningPauses.AsNoTracking().Where(p => p.InvoiceId == Id).ToListAsync(ct)).OrderBy(p => p.StartedAt)];
        Timeline = await new Timeline.InvoiceTimeline(db).ForAsync(Id, forTenant: false, ct) ?? [];
        return true;
    }
}
