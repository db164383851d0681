using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Security;
using ServiceDesk.Outages;

namespace ServiceDesk.Pages.Desk;

/// <summary>The open outages of the status page and how many incidents are linked to each.</summary>
[Authorize(Policy = Policies.Agent)]
internal sealed class OutagesModel(OutageLinks outages) : PageModel
{
    public IReadOnlyList<OpenOutage> Open { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Open = await outages.OpenAsync(ct);
}
