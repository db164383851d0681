using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Formatting;
using Platform.Kernel.Security;
using StatusPage.Reports;

namespace StatusPage.Pages.Beheer.Status;

/// <summary>Choose a month, see its availability report, download it as PDF or CSV.</summary>
[Authorize(Policy = Policies.Agent)]
internal sealed class RapportModel(TimeProvider clock, MonthlyAvailability monthlyAvailability) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "maand")] public string? Maand { get; set; }

    internal AvailabilityMonthReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Maand ??= ReportMonth.Previous(Dutch.Today(clock));
        Report = await BuildAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct) =>
        await BuildAsync(ct) is { } r ? File(AvailabilityReportPdf.Render(r), "application/pdf", ReportText.FileName(r, "pdf")) : Page();

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct) =>
        await BuildAsync(ct) is { } r ? File(AvailabilityReportCsv.Write(r), Platform.Kernel.Export.Csv.ContentType, ReportText.FileName(r, "csv")) : Page();

    private async Task<AvailabilityMonthReport?> BuildAsync(CancellationToken ct)
    {
        var today = Dutch.Today(clock);
        if (ReportMonth.Parse(Maand, today, out var year, out var month) is { } error)
        {
            ModelState.AddModelError(nameof(Maand), error);
            return null;
        }
        return await monthlyAvailability.BuildAsync(year, month, null, ct);
    }
}
