using DataProtection.AccessLog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace DataProtection.Pages.Gegevensbescherming;

/// <summary>Who of Digitaal Vlaanderen read the tenant's personal data, per period, with a CSV of the same.</summary>
[Authorize(Policy = Policies.TenantAdmin)]
public sealed class InzageModel(IServiceProvider services) : DataProtectionPage
{
    [FromRoute(Name = "tenant")] public string Slug { get; set; } = "";
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Until { get; set; }

    public string TenantName => services.GetRequiredService<TenantContext>().Tenant?.Name ?? Slug;

    internal List<AccessLogResponse> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            foreach (var (key, entry) in ModelState.Where(e => e.Value?.Errors.Count > 0))
                Errors[key.Equals("From", StringComparison.OrdinalIgnoreCase) ? "from" : "until"] = ["Geef een geldige datum (dd/mm/jjjj)."];
            return;
        }
        (var from, var until) = AccessLogQuery.Period(From, Until, services.GetRequiredService<TimeProvider>());
        (From, Until) = (from, until);
        var errors = AccessLogQuery.Validate(from, until);
        if (errors.Count > 0) { foreach (var (field, messages) in errors) Errors[field] = messages; return; }
        Entries = await services.GetRequiredService<AccessLogQuery>().ListAsync(from, until, ct);
    }
}
