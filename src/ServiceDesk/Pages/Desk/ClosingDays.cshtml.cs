using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using ServiceDesk.Calendar;
using ServiceDesk.Persistence;

namespace ServiceDesk.Pages.Desk;

/// <summary>Platform admins add closing days on top of the Belgian holidays; every clock uses them.</summary>
[Authorize(Policy = Policies.PlatformAdmin)]
internal sealed class ClosingDaysModel(ServiceDeskDbContext db, ClosingDays days, TimeProvider clock) : PageModel
{
    [BindProperty] public DateOnly? Date { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [TempData] public string? Message { get; set; }

    public IReadOnlyList<ClosingDay> Days { get; private set; } = [];

    public IReadOnlyList<Holiday> Holidays { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var added = await days.AddAsync(Date, Reason, User.FindFirst("name")?.Value ?? "beheerder", ct);
        if (!added.Into(ModelState, fieldName: field => field == "date" ? nameof(Date) : nameof(Reason)))
        {
            await LoadAsync(ct);
            return Page();
        }
        Message = "De sluitingsdag is toegevoegd.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(DateOnly date, CancellationToken ct)
    {
        await days.RemoveAsync(date, ct);
        Message = "De sluitingsdag is verwijderd.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Days = await db.ClosingDays.AsNoTracking().OrderBy(d => d.Date).ToListAsync(ct);
        var year = Platform.Kernel.Formatting.Dutch.ToBrussels(clock.GetUtcNow()).Year;
        Holidays = [.. BelgianHolidays.For(year), .. BelgianHolidays.For(year + 1)];
    }
}
