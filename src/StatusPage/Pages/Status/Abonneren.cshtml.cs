using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using StatusPage.Persistence;
using StatusPage.Subscriptions;

namespace StatusPage.Pages.Status;

/// <summary>The public subscription form (double opt-in: a confirmation link is mailed first).</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Platform.Kernel.Abuse.RateLimitPolicies.AnonymousWrite)]
internal sealed class AbonnerenModel(SubscriptionService subscriptionService, StatusPageDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Product { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public bool MonthlyReport { get; set; }

    internal List<(string Slug, string Name)> Products { get; private set; } = [];
    internal bool Sent { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await subscriptionService
            .SubscribeAsync(Email, string.IsNullOrWhiteSpace(Product) ? null : Product, null, "public", ct, MonthlyReport);
        Sent = result.Into(ModelState, fieldName: field => field == "email" ? nameof(Email) : nameof(Product));
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Products = (await Pages.Beheer.Status.ManagementData.ProductsAsync(db, ct))
            .Select(p => (p.Slug, p.Name)).ToList();
}
