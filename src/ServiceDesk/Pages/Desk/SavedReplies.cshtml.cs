using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Security;
using ServiceDesk.SavedReplies;

namespace ServiceDesk.Pages.Desk;

/// <summary>Agents add, change and remove the desk's saved replies.</summary>
[Authorize(Policy = Policies.Agent)]
internal sealed class SavedRepliesModel(SavedReplyService replies) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Body { get; set; }
    [TempData] public string? Message { get; set; }

    public IReadOnlyList<SavedReplyResponse> Replies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Replies = await replies.ListAsync(ct);
        if (Id is null) return Page();
        if (Replies.FirstOrDefault(r => r.Id == Id) is not { } reply) return NotFound();
        (Name, Body) = (reply.Name, reply.Body);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var outcome = await replies.SaveAsync(Id, new SavedReplyRequest(Name, Body), User.FindFirst("name")?.Value ?? "servicedesk", ct);
        if (outcome.NotFound) return NotFound();
        if (!outcome.Ok)
        {
            outcome.Into(ModelState, fieldName: field => field == "name" ? nameof(Name) : nameof(Body));
            Replies = await replies.ListAsync(ct);
            return Page();
        }
        Message = Id is null ? "Het standaardantwoord is toegevoegd." : "Het standaardantwoord is gewijzigd.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken ct)
    {
        Message = await replies.RemoveAsync(id, ct) ? "Het standaardantwoord is verwijderd." : "Dit standaardantwoord bestond niet meer.";
        return RedirectToPage(new { id = (Guid?)null });
    }
}
