using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Formatting;
using ServiceDesk.Reports;

namespace ServiceDesk.Pages.Desk;

/// <summary>The monthly service report: tenant admins see their own tenant; agents and platform admins choose one. Below it the
/// sent-log of the monthly mail; staff re-send a month after confirming (<c>?opnieuw=true</c>).</summary>
[Authorize(Policy = ReportService.ReadersPolicy)]
internal sealed class ServiceReportModel(TenantServiceReport reports, ITenantStore tenants, ITenantScopeFactory scopes, TenantContext current,
    TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tenant { get; set; }

    /// <summary>Staff asked to re-send the shown month: the confirmation is shown.</summary>
    [BindProperty(SupportsGet = true)] public bool Opnieuw { get; set; }

    [TempData] public string? Message { get; set; }

    public ServiceReport? Report { get; private set; }

    public IReadOnlyList<ServiceReportMailingView> Mailings { get; private set; } = [];

    public bool IsStaff { get; private set; }

    public string Query => $"tenant={Uri.EscapeDataString(Report?.Tenant.Identifier ?? Tenant ?? "")}&month={Uri.EscapeDataString(Month ?? "")}";

    public async Task<IActionResult> OnPostResendAsync(CancellationToken ct)
    {
        var actor = Actor.From(User);
        if (!actor.IsStaff) return Forbid();
        if (string.IsNullOrWhiteSpace(Tenant) || await tenants.FindByIdentifierAsync(Tenant.Trim(), ct) is not { } scope)
        {
            ModelState.AddModelError(nameof(Tenant), "Dit lokaal bestuur bestaat niet.");
            return await OnGetAsync(ct);
        }
        await using var tenantScope = await scopes.BeginAsync(scope.Id, ct);
        var outcome = await tenantScope.ServiceProvider.GetRequiredService<ServiceReportMailings>()
            .ResendAsync(scope, new ServiceReportMailings.ResendRequest(Month), actor, ct);
        if (outcome.Forbidden is not null) return Forbid();
        if (!outcome.Ok)
        {
            foreach (var m in outcome.Errors?.SelectMany(e => e.Value) ?? []) ModelState.AddModelError(nameof(Month), m);
            Opnieuw = false;
            return await OnGetAsync(ct);
        }
        var v = outcome.Value!;
        Message = v.Status == nameof(ServiceReportMailingStatus.Sent)
            ? $"Het maandrapport van {ReportText.MonthOf(v.Month)} is verstuurd naar {v.RecipientName} ({v.RecipientEmail})."
            : $"Het maandrapport van {ReportText.MonthOf(v.Month)} is niet verstuurd: {v.SkipReason ?? v.LastError}";
        return Redirect($"/servicedesk/maandrapport?tenant={Uri.EscapeDataString(scope.Identifier)}&month={Uri.EscapeDataString(v.Month)}#verzending");
    }

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
            Mailings = await HttpContext.RequestServices.GetRequiredService<ServiceReportMailings>().LogAsync(scope, ct);
        }
        else
        {
            // Staff reading a tenant: the report reads inside that tenant's filter, in a scope of its own.
            await using var tenantScope = await scopes.BeginAsync(scope.Id, ct);
            Report = await tenantScope.ServiceProvider.GetRequiredService<TenantServiceReport>().BuildAsync(scope, year, month, ct);
            Mailings = await tenantScope.ServiceProvider.GetRequiredService<ServiceReportMailings>().LogAsync(scope, ct);
        }
        if (!IsStaff) Opnieuw = false;
        return Page();
    }
}
