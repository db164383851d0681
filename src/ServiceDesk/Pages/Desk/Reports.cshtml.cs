using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Formatting;
using ServiceDesk.Reports;

namespace ServiceDesk.Pages.Desk;

/// <summary>Monthly report: tenant admins see their own tenant; agents choose a tenant or all tenants.</summary>
[Authorize(Policy = ReportService.ReadersPolicy)]
internal sealed class ReportsModel(ReportService reports, ITenantStore tenants, TenantContext current, TimeProvider clock) : PageModel
{
    /// <summary>Text, read with <see cref="Platform.Kernel.Text.DutchNumbers"/>: a year that is not a number is refused next to
    /// the field, never silently replaced by this year.</summary>
    [BindProperty(SupportsGet = true, Name = "year")] public string? YearText { get; set; }
    public int? Year { get; private set; }
    [BindProperty(SupportsGet = true), Display(Name = "Maand")] public int? Month { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tenant { get; set; }

    public MonthlyReportFigures? Report { get; private set; }

    public TenantInfo? Scope { get; private set; }

    public bool IsStaff { get; private set; }

    public string BaseLink => Scope is null ? "/api/servicedesk/reports" : $"/api/servicedesk/tenants/{Scope.Identifier}/reports";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = Actor.From(User);
        IsStaff = actor.IsStaff;
        var today = Dutch.ToBrussels(clock.GetUtcNow());
        if (string.IsNullOrWhiteSpace(YearText)) Year = today.Year;
        else
        {
            var (year, yearError) = Platform.Kernel.Text.DutchNumbers.Whole(YearText, "Het jaar");
            if (yearError is not null)
            {
                ModelState.AddModelError(nameof(Year), yearError);
                return Page();
            }
            Year = year!.Value;
        }
        Month ??= today.Month;
        if (!ReportService.ValidMonth(Year!.Value, Month.Value))
        {
            ModelState.AddModelError(nameof(Month), "Kies een geldige maand en een jaar tussen 2000 en 2100.");
            return Page();
        }
        if (!IsStaff)
            Scope = current.Tenant;
        else if (!string.IsNullOrWhiteSpace(Tenant))
        {
            Scope = await tenants.FindByIdentifierAsync(Tenant.Trim(), ct);
            if (Scope is null)
            {
                ModelState.AddModelError(nameof(Tenant), "Dit lokaal bestuur bestaat niet.");
                return Page();
            }
        }
        if (!IsStaff && Scope is null) return Forbid();
        // The per-tenant report reads through the tenant filter; staff choosing a tenant read it across tenants, filtered by id.
        Report = await reports.BuildAsync(Scope, Year.Value, Month.Value, ct, crossTenant: IsStaff);
        return Page();
    }
}
