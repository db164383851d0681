using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Formatting;
using Platform.Kernel.Tenancy;
using ServiceDesk.Incidents;
using ServiceDesk.Reports;

namespace ServiceDesk.Pages.Desk;

/// <summary>The monthly service report: tenant admins see their own tenant; agents and platform admins choose one.</summary>
[Authorize(Policy = ReportsApi.ReportReaders)]
internal sealed class ServiceReportModel(TenantServiceReport reports, ITenantStore tenants, ITenantScopeFactory scopes, TenantContext current,
    TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tenant { get; set; }

    public ServiceReport? Report { get; private set; }

    public bool IsStaff { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        IsStaff = Actor.From(User).IsStaff;
        // Default: last month (the one the mail reports on).
        Month ??= Dutch.ToBrussels(clock.GetUtcNow()).AddMonths(-1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        if (!TenantServiceReport.TryParseMonth(Month, out var year, out var month))
            ModelState.AddModelError(nameof(Month), "Kies een geldige maand (jaar tussen 2000 en 2100).");
        TenantInfo? scope;
        if (!IsStaff)
        {
            scope = current.Tenant;
            if (scope is null) return Forbid();
        }
        else if (string.IsNullOrWhiteSpace(Tenant))
        {
            return Page();
        }
        else if ((scope = await tenants.FindByIdentifierAsync(Tenant.Trim(), ct)) is null)
        {
            ModelState.AddModelError(nameof(Tenant), "Dit lokaal bestuur bestaat niet.");
        }
        if (!ModelState.IsValid || scope is null) return Page();
        if (current.TenantId == scope.Id)
        {
            Report = await reports.BuildAsync(scope, year, month, ct);
        }
        else
        {
            // Staff reading a tenant: the report reads inside that tenant's filter, in a scope of its own.
            await using var tenantScope = await scopes.BeginAsync(scope.Id, ct);
            Report = await tenantScope.ServiceProvider.GetRequiredService<TenantServiceReport>().BuildAsync(scope, year, month, ct);
        }
        return Page();
    }
}
