using DataProtection.Assignments;
using DataProtection.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataProtection.Pages.Gegevensbescherming;

/// <summary>The tenant's processing assignment (charter 1.2, Bijlage 1): its versions with their review, each printable as
/// PDF, and the form to submit a new version (prefilled from the latest).</summary>
[Authorize(Policy = Policies.TenantAdmin)]
public sealed class OpdrachtModel(IServiceProvider services) : DataProtectionPage
{
    [FromRoute(Name = "tenant")] public string Slug { get; set; } = "";

    public string TenantName => services.GetRequiredService<TenantContext>().Tenant?.Name ?? Slug;

    internal List<ProcessingAssignment> Versions { get; private set; } = [];

    /// <summary>The form's values: per component whether ordered, the chosen categories and the three texts.</summary>
    internal Dictionary<AppComponent, ComponentRequest> Form { get; private set; } = [];
    internal HashSet<AppComponent> Ordered { get; private set; } = [];
    public bool Indefinite { get; private set; } = true;
    public DateOnly? From { get; private set; }
    public DateOnly? Until { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Versions.FirstOrDefault() is { } latest)
        {
            foreach (var c in latest.Components)
            {
                Ordered.Add(c.Component);
                Form[c.Component] = new ComponentRequest(c.Component.ToString(), [.. c.Categories.Split('\n')], c.DataSubjects, c.Subject, c.Purpose);
            }
            (Indefinite, From, Until) = (latest.From is null, latest.From, latest.Until);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var form = Request.Form;
        foreach (var entry in Bijlage1.Components)
        {
            var key = entry.Component.ToString();
            Form[entry.Component] = new ComponentRequest(key, [.. form["cat-" + key].Select(v => v ?? "")], form["subjects-" + key], form["subject-" + key], form["purpose-" + key]);
        }
        Ordered = [.. form["order"].Select(v => Enum.TryParse<AppComponent>(v, out var c) ? c : (AppComponent?)null).OfType<AppComponent>()];
        Indefinite = form["duration"] != "bepaald";
        From = DateOnly.TryParse(form["from"], out var f) ? f : null;
        Until = DateOnly.TryParse(form["until"], out var u) ? u : null;
        var indefinite = form["duration"].ToString() switch { "onbepaald" => true, "bepaald" => false, _ => (bool?)null };
        var request = new AssignmentRequest([.. Ordered.Select(c => Form[c])], indefinite, From, Until);
        var outcome = await services.GetRequiredService<SubmitAssignment>().RunAsync(request, PlatformClaims.UserId(User), ct);
        if (outcome.Ok) Message = $"Versie {outcome.Value!.Version} is ingediend. Digitaal Vlaanderen keurt ze goed of stuurt ze terug met een reden.";
        else AddErrors(outcome);
        await LoadAsync(ct);
        return Page();
    }

    internal ComponentRequest For(AppComponent c) => Form.TryGetValue(c, out var r) ? r : new ComponentRequest(c.ToString(), [], null, null, null);

    private async Task LoadAsync(CancellationToken ct) =>
        Versions = await services.GetRequiredService<DataProtectionDbContext>().Assignments.AsNoTracking().Include(a => a.Components)
            .OrderByDescending(a => a.Version).ToListAsync(ct);
}
