using Billing.Domain;
using Billing.Pricing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Formatting;
using Platform.Kernel.Security;
using Platform.Kernel.Text;
using Platform.Kernel.Web;

namespace Billing.Pages.Facturen;

/// <summary>The price list by year, and a new fee table for a coming year (the tenants' admins are told at once).</summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class PrijslijstModel(PriceListChanges changes, TimeProvider clock) : PageModel
{
    /// <summary>Text, as every number field: <c>2.028</c> or a typo is refused with a message, never dropped.</summary>
    [BindProperty] public string? EffectiveYear { get; set; }
    /// <summary>Upper bound of each tier in inhabitants (empty for the last, open tier).</summary>
    [BindProperty] public List<string?> To { get; set; } = [];
    [BindProperty] public List<string?> Fee { get; set; } = [];
    [TempData] public string? Message { get; set; }

    public IReadOnlyList<PriceListVersionView> Versions { get; private set; } = [];
    public Dictionary<string, string[]> Errors { get; } = new();
    public int Rows => Math.Max(6, To.Count);

    /// <summary>Errors under "effectiveYear", "tiers" (shown on every upper bound), "to{row}" and "fee{row}".</summary>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context) => Errors.Into(ModelState);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Versions = await changes.VersionsAsync(ct);
        var latest = Versions[^1].Version;
        EffectiveYear = Math.Max(latest.EffectiveYear, FeeService.Today(clock).Year) + 1 + "";
        To = [.. latest.Tiers.Select(t => t.To is { } to ? Dutch.Number(to) : null)];
        Fee = [.. latest.Tiers.Select(t => t.AnnualFee.ToString("N2", Dutch.Culture))];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (year, yearError) = DutchNumbers.Whole(EffectiveYear, "Het jaar");
        if (yearError is not null) Errors["effectiveYear"] = [yearError];
        var filled = Enumerable.Range(0, Math.Max(To.Count, Fee.Count))
            .Where(i => !string.IsNullOrWhiteSpace(To.ElementAtOrDefault(i)) || !string.IsNullOrWhiteSpace(Fee.ElementAtOrDefault(i))).ToList();
        if (filled.Count == 0) Errors["tiers"] = ["Vul minstens één schijf in."];
        var tiers = new List<PriceTierRequest>();
        var from = 0;
        foreach (var (i, k) in filled.Select((i, n) => (i, n + 1)))
        {
            var last = k == filled.Count;
            var (fee, feeError) = DutchNumbers.Amount(Fee.ElementAtOrDefault(i), $"Het jaarbedrag van schijf {k}");
            if (feeError is not null) Errors[$"fee{i}"] = [feeError];
            int? to = null;
            var toText = To.ElementAtOrDefault(i);
            if (last && !string.IsNullOrWhiteSpace(toText)) Errors[$"to{i}"] = [$"Schijf {k} is de laatste en dus open: laat de bovengrens leeg."];
            else if (!last)
            {
                var (bound, boundError) = DutchNumbers.Whole(toText, $"De bovengrens van schijf {k}");
                if (boundError is not null) Errors[$"to{i}"] = [boundError];
                to = bound;
            }
            tiers.Add(new PriceTierRequest(from, to, fee ?? 0));
            from = (to ?? from) + 1;
        }
        if (Errors.Count == 0)
        {
            var outcome = await changes.AddAsync(new PriceListRequest(year!.Value, tiers), PlatformClaims.UserId(User), ct);
            if (outcome.Ok)
            {
                Message = $"De prijslijst vanaf 1 januari {outcome.Value!.EffectiveYear} is bewaard; de beheerders van de lokale besturen kregen een e-mail.";
                return RedirectToPage();
            }
            if (outcome.Errors is { } errors) foreach (var (k, v) in errors) Errors[k] = v;
            else Errors["effectiveYear"] = [outcome.Conflict!];
        }
        Versions = await changes.VersionsAsync(ct);
        return Page();
    }

    public static string YearOf(PriceListVersion v) => v.EffectiveYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
