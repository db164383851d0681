using Billing.Forecast;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Security;

namespace Billing.Pages.Facturen;

/// <summary>Finance previews next year's fee forecasts per tenant (PDF) and sends them in bulk; each tenant once a year.</summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class PrijsramingenModel(FeeForecasts forecasts) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "jaar")] public int? Year { get; set; }
    [TempData] public string? Message { get; set; }

    public int SelectedYear => Year ?? forecasts.NextYear;
    public List<ForecastRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await forecasts.ListAsync(SelectedYear, ct);

    public async Task<IActionResult> OnGetPdfAsync(Guid tenant, CancellationToken ct) =>
        await forecasts.PdfAsync(tenant, SelectedYear, ct) is { } pdf ? File(pdf.Content, "application/pdf", pdf.FileName) : NotFound();

    public async Task<IActionResult> OnPostSendAsync(CancellationToken ct)
    {
        var report = await forecasts.SendAsync(SelectedYear, PlatformClaims.UserId(User), ct);
        Message = $"{report.Sent} {(report.Sent == 1 ? "prijsraming" : "prijsramingen")} {SelectedYear} verstuurd." +
            (report.AlreadySent > 0 ? $" {report.AlreadySent} waren al verstuurd." : "") +
            (report.WithoutRecipient > 0 ? $" {report.WithoutRecipient} niet: geen facturatiecontact of SPOC." : "");
        return RedirectToPage(new { jaar = SelectedYear });
    }
}
