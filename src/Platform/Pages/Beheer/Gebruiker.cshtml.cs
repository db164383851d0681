using Platform.Kernel.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Identity;
using Platform.Persistence;
using Tenants;

namespace Platform.Pages.Beheer;

/// <summary>One user: change role, deactivate or reactivate, and the user's API keys (create, shown once; revoke).</summary>
[Authorize(Policy = Policies.PlatformAdmin)]
[Platform.Kernel.Privacy.ReadsTenantPersonalData("user")]
internal sealed class GebruikerModel(UserAdministration admin, PlatformDbContext db, ITenantDirectory tenants) : PageModel
{
    [FromRoute] public Guid Id { get; set; }
    public UserResponse? Person { get; private set; }
    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];
    public IReadOnlyList<TenantSummary> Tenants { get; private set; } = [];

    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? Tenant { get; set; }
    [BindProperty] public string? KeyName { get; set; }
    [BindProperty] public DateOnly? KeyExpiresOn { get; set; }

    [TempData] public string? Message { get; set; }
    /// <summary>A key just created: shown this once, never stored.</summary>
    [TempData] public string? NewKey { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await FillAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRoleAsync(CancellationToken ct)
    {
        var errors = await admin.ChangeRoleAsync(Id, new ChangeRoleRequest(Role, Roles.IsTenantBound(Role ?? "") ? Tenant : null), User, ct);
        if (errors is null) return NotFound();
        if (errors.Count == 0) return Done("De rol is gewijzigd.");
        return await RefusedAsync(errors, ct);
    }

    public async Task<IActionResult> OnPostActiveAsync(bool active, CancellationToken ct) =>
        await admin.SetActiveAsync(Id, active, User, ct) ? Done(active ? "De gebruiker is weer actief." : "De gebruiker is gedeactiveerd.") : NotFound();

    public async Task<IActionResult> OnPostCreateKeyAsync(CancellationToken ct)
    {
        var created = await admin.CreateKeyAsync(Id, new CreateApiKeyRequest(KeyName, KeyExpiresOn), User, ct);
        if (created.NotFound) return NotFound();
        if (created.Value is not { } made) return await RefusedAsync(created.FieldErrors(), ct);
        NewKey = made.Secret;
        return Done($"API-sleutel {made.Key.Name} is aangemaakt.");
    }

    public async Task<IActionResult> OnPostRevokeKeyAsync(Guid keyId, CancellationToken ct) =>
        await db.ApiKeys.AnyAsync(k => k.Id == keyId && k.UserId == Id, ct) && await admin.RevokeKeyAsync(keyId, User, ct)
            ? Done("De API-sleutel is ingetrokken.") : NotFound();

    private RedirectToPageResult Done(string message)
    {
        Message = message;
        return RedirectToPage(new { id = Id });
    }

    private async Task<IActionResult> RefusedAsync(Dictionary<string, string[]> errors, CancellationToken ct)
    {
        foreach (var (field, messages) in errors)
            foreach (var m in messages)
                ModelState.AddModelError(field switch { "role" => nameof(Role), "tenant" => nameof(Tenant), "name" => nameof(KeyName), "expiresOn" => nameof(KeyExpiresOn), _ => "" }, m);
        return await FillAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> FillAsync(CancellationToken ct)
    {
        Person = (await admin.ListAsync(ct)).FirstOrDefault(u => u.Id == Id);
        if (Person is null) return false;
        Keys = (await db.ApiKeys.AsNoTracking().Where(k => k.UserId == Id).ToListAsync(ct)).OrderByDescending(k => k.CreatedAt).ToList();
        Tenants = (await tenants.AllAsync(ct)).OrderBy(t => t.Name).ToList();
        Role ??= Person.Roles.FirstOrDefault();
        Tenant ??= Tenants.FirstOrDefault(t => t.Id == Person.TenantId)?.Slug;
        return true;
    }
}
