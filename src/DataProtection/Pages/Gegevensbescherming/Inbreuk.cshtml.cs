using DataProtection.Breaches;
using DataProtection.Changes;
using DataProtection.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DataProtection.Pages.Gegevensbescherming;

/// <summary>One breach: the clock since detection per affected tenant, adding tenants, notifying, follow-ups, closing.</summary>
[Authorize(Policy = Policies.PlatformAdmin)]
public sealed class InbreukModel(IServiceProvider services) : DataProtectionPage
{
    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public string? Tenant { get; set; }
    [BindProperty] public string? Categories { get; set; }
    /// <summary>Text, not int: <c>1.200</c> typed the Belgian way is read, anything else refused next to the field, never dropped.</summary>
    [BindProperty] public string? ApproximateCount { get; set; }
    [BindProperty] public string? Text { get; set; }

    internal BreachResponse? Breach { get; private set; }
    internal IReadOnlyList<TenantSummary> Tenants { get; private set; } = [];
    internal TimeSpan Target => services.GetRequiredService<IOptions<DataProtectionOptions>>().Value.BreachNotificationTarget;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostTenantAsync(CancellationToken ct)
    {
        var (count, countError) = Platform.Kernel.Text.DutchNumbers.Whole(ApproximateCount, "Het geschatte aantal betrokkenen");
        if (countError is not null && !string.IsNullOrWhiteSpace(ApproximateCount))
        {
            Errors["approximateCount"] = [countError];
            return await LoadAsync(ct) ? Page() : NotFound();
        }
        return await Handle(await services.GetRequiredService<AddAffectedTenant>().RunAsync(Id, new ImpactRequest(Tenant, Categories, count), ct),
            "Het lokaal bestuur is toegevoegd.", ct);
    }

    public async Task<IActionResult> OnPostNotifyAsync(CancellationToken ct) =>
        await Handle(await services.GetRequiredService<NotifyBreach>().RunAsync(Id, ct), "De getroffen lokale besturen zijn verwittigd.", ct);

    public async Task<IActionResult> OnPostUpdateAsync(CancellationToken ct) =>
        await Handle(await services.GetRequiredService<FollowUpBreach>().UpdateAsync(Id, new BreachTextRequest(Text), ct), "De update is verstuurd.", ct);

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken ct)
    {
        var outcome = await services.GetRequiredService<FollowUpBreach>().CloseAsync(Id, new BreachTextRequest(Text), ct);
        if (!outcome.Ok && outcome.Errors is { } errors && errors.Remove("lessonsLearned", out var m)) errors["text"] = m;
        return await Handle(outcome, "De inbreuk is afgesloten.", ct);
    }

    private async Task<IActionResult> Handle<T>(Outcome<T> outcome, string done, CancellationToken ct)
    {
        if (outcome.NotFound) return NotFound();
        if (outcome.Ok) { Message = done; (Tenant, Categories, ApproximateCount, Text) = (null, null, null, null); }
        else AddErrors(outcome);
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Breach = await services.GetRequiredService<BreachRegister>().FindAsync(Id, ct);
        Tenants = await services.GetRequiredService<ITenantDirectory>().AllAsync(ct);
        return Breach is not null;
    }
}
