using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Tenancy;
using Tenants.Audit;
using Tenants.Contacts;
using Tenants.Persistence;

namespace Tenants.Pages.Beheer;

/// <summary>The contract's contacts by role: add, change, remove, optionally subscribed to the status page.</summary>
[Platform.Kernel.Privacy.ReadsTenantPersonalData("contacts", null)]
internal sealed class ContactpersonenModel(TenantContext current, TenantsDbContext db, ContactEditor editor) : TenantPageModel(current)
{
    public IReadOnlyList<Contact> Contacts { get; private set; } = [];

    /// <summary>The contact being changed (from <c>?wijzig=</c>), or null when adding.</summary>
    [BindProperty(SupportsGet = true, Name = "wijzig")] public Guid? EditId { get; set; }
    /// <summary>The contact to remove, from <c>?verwijderen=</c>: the page asks to confirm first (as removing a reporter does).</summary>
    [BindProperty(SupportsGet = true, Name = "verwijderen")] public Guid? RemoveId { get; set; }
    public Contact? ToRemove => RemoveId is { } id ? Contacts.FirstOrDefault(c => c.Id == id) : null;
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? ContactName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public bool Subscribe { get; set; }
    /// <summary>The status page product the option subscribes to (a hidden field of the form).</summary>
    [BindProperty] public string? StatusProduct { get; set; } = ContactEditor.DefaultStatusProduct;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await FillAsync(ct);
        // A contact saved without the status page subscription it asked for: said next to the option (and in the summary).
        if (TempData["subscribeProblem"] is string problem) Errors["subscribe"] = [problem];
        if (EditId is { } id)
        {
            if (Contacts.FirstOrDefault(c => c.Id == id) is not { } c) return NotFound();
            (Role, ContactName, Email, Phone, Subscribe) = (c.Role.ToString(), c.Name, c.Email, c.Phone, c.StatusSubscribed);
        }
        if (RemoveId is not null && ToRemove is null) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var request = new ContactRequest(Role, ContactName, Email, Phone, Subscribe, StatusProduct);
        var outcome = EditId is { } id
            ? await editor.UpdateAsync(id, request, Actor.From(User), ct)
            : await editor.AddAsync(request, Actor.From(User), ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Ok && outcome.Value!.StatusSubscriptionProblem is { } problem)
        {
            TempData["message"] = $"Contactpersoon {outcome.Value.Contact.Name} is bewaard.";
            TempData["subscribeProblem"] = problem;
            return Redirect($"/beheer/{Slug}/contactpersonen?wijzig={outcome.Value.Contact.Id}#Subscribe");
        }
        if (outcome.Ok) return Done($"Contactpersoon {outcome.Value!.Contact.Name} is bewaard.");
        foreach (var (k, v) in outcome.FieldErrors()) Errors[k] = v;
        await FillAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken ct) =>
        Done(await editor.RemoveAsync(id, Actor.From(User), ct) ? "De contactpersoon is verwijderd." : "Deze contactpersoon bestaat niet (meer).");

    private RedirectResult Done(string message)
    {
        TempData["message"] = message;
        return Redirect($"/beheer/{Slug}/contactpersonen");
    }

    private async Task FillAsync(CancellationToken ct)
    {
        Message ??= TempData["message"] as string;
        Contacts = (await db.Contacts.AsNoTracking().ToListAsync(ct)).OrderBy(c => c.Role).ThenBy(c => c.Name).ToList();
    }
}
