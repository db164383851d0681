using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Security;
using StatusPage.Persistence;
using StatusPage.Webhooks;
using StatusPage.Catalog;

namespace StatusPage.Pages.Beheer.Status;

/// <summary>Webhooks with their recent deliveries; registering one shows its signing secret once.</summary>
[Authorize(Policy = Policies.Agent)]
internal sealed class WebhooksModel(StatusPageDbContext db, WebhookRegistration webhookRegistration) : PageModel
{

    [BindProperty] public string? HookUrl { get; set; }
    [BindProperty] public string? Product { get; set; }
    [BindProperty] public string? Description { get; set; }

    internal List<Webhook> Hooks { get; private set; } = [];
    internal ILookup<Guid, WebhookDelivery> Deliveries { get; private set; } = Enumerable.Empty<WebhookDelivery>().ToLookup(d => d.WebhookId);
    internal List<Product> Products { get; private set; } = [];
    internal string? NewSecret { get; private set; }
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await webhookRegistration
            .RegisterAsync(HookUrl, string.IsNullOrWhiteSpace(Product) ? null : Product, null, Description, PlatformClaims.UserId(User), ct);
        if (result.Into(ModelState, fieldName: field => field == "url" ? nameof(HookUrl) : ""))
        {
            NewSecret = result.Value!.Secret;
            (HookUrl, Description) = (null, null);
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Switches a webhook that was turned off after repeated failures back on.</summary>
    public async Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken ct)
    {
        var enabled = await webhookRegistration.EnableAsync(id, PlatformClaims.UserId(User), ct);
        if (enabled.NotFound) return NotFound();
        Message = $"De webhook {enabled.Value!.Url} is weer ingeschakeld.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Hooks = await db.Webhooks.AsNoTracking().OrderBy(w => w.CreatedAt).ToListAsync(ct);
        var ids = Hooks.Select(h => h.Id).ToList();
        Deliveries = (await db.WebhookDeliveries.AsNoTracking().Where(d => ids.Contains(d.WebhookId))
            .OrderByDescending(d => d.At).Take(200).ToListAsync(ct)).ToLookup(d => d.WebhookId);
        Products = await ManagementData.ProductsAsync(db, ct);
    }
}
