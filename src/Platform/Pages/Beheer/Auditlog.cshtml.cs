using Platform.Kernel.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Audit;
using Platform.Kernel.UseCases;
using Tenants;

namespace Platform.Pages.Beheer;

/// <summary>The audit log on a screen: a tenant admin sees their own tenant's entries, a platform admin every tenant's and
/// the platform's (or one tenant's). Filter by actor, kind and period, sort on when, who or kind (all in the URL), paged, exported as CSV.</summary>
[Authorize(Policy = Policies.TenantAdmin)]
internal sealed class AuditlogModel(AuditTrail trail, ITenantDirectory tenants) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Bestuur { get; set; }
    [BindProperty(SupportsGet = true)] public string? Wie { get; set; }
    [BindProperty(SupportsGet = true)] public string? Soort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Van { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tot { get; set; }
    /// <summary>The page number, under the <c>page</c> key every list uses, so a sort header (which drops it) starts on page 1.
    /// Read from the query by hand: Razor Pages' route values hold a <c>page</c> too (the page's path), which would win in binding.</summary>
    public int Pagina { get; private set; } = 1;
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Dir { get; set; }

    /// <summary>The sort of the list (when, who, kind), for the sortable column headers.</summary>
    public Platform.Kernel.Paging.PageRequest Order => Filter().Order;

    public AuditPage? Result { get; private set; }
    public IReadOnlyList<TenantSummary> Tenants { get; private set; } = [];
    public string? TenantName { get; private set; }
    public bool PlatformWide => User.IsInRole(Roles.PlatformAdmin);
    public int PageSize => AuditTrail.PageSize;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ReadPage())
        {
            if (PlatformWide) Tenants = (await tenants.AllAsync(ct)).OrderBy(t => t.Name).ToList();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var result = await trail.ReadAsync(User, Filter(), ct);
        if (result.Forbidden is not null) return Forbid();
        if (PlatformWide) Tenants = (await tenants.AllAsync(ct)).OrderBy(t => t.Name).ToList();
        if (!result.Into(ModelState, fieldName: FieldName))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Result = result.Value!;
        TenantName = Result.Tenant is { } slug ? (await tenants.FindBySlugAsync(slug, ct))?.Name : null;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var result = await trail.ReadAsync(User, Filter() with { Page = 1 }, ct, AuditTrail.ExportLimit);
        if (result.Forbidden is not null) return Forbid();
        if (!result.Ok) return await OnGetAsync(ct);
        return File(AuditTrail.Csv(result.Value!), Kernel.Export.Csv.ContentType, "auditlog.csv");
    }


    /// <summary>This selection's URL at another page, or its CSV export.</summary>
    public string Link(int? page, string? handler)
    {
        var query = new Dictionary<string, string?>
        {
            ["handler"] = handler, ["bestuur"] = Bestuur, ["wie"] = Wie, ["soort"] = Soort, ["van"] = Van, ["tot"] = Tot,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["sort"] = Sort, ["dir"] = Dir,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/beheer/auditlog", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }

    private bool ReadPage()
    {
        var raw = Request.Query["page"].ToString().Trim();
        if (raw.Length == 0) return true;
        if (int.TryParse(raw, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var page))
        {
            Pagina = page;
            return true;
        }
        ModelState.AddModelError(nameof(Pagina), $"Pagina: \"{raw}\" is geen geheel getal.");
        return false;
    }

    private AuditFilter Filter() => new(Bestuur, Wie, Soort, Van, Tot, Pagina, Sort, Dir);

    private static string FieldName(string field) => field switch
    {
        "tenant" => nameof(Bestuur), "actor" => nameof(Wie), "kind" => nameof(Soort), "from" => nameof(Van), "until" => nameof(Tot), "page" => nameof(Pagina), _ => "",
    };
}
