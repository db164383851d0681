using DataProtection.Assignments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace DataProtection.Pages.Gegevensbescherming;

/// <summary>The processor's record of processing (GDPR art. 30.2) for all tenants, with PDF and CSV.</summary>
[Authorize(Policy = Policies.PlatformAdmin)]
public sealed class RegisterModel(IServiceProvider services) : DataProtectionPage
{
    internal ProcessingRecord Record { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Record = await services.GetRequiredService<ProcessingRecordBuilder>().BuildAsync(null, ct);
}

/// <summary>The record of processing for one tenant, for its admins.</summary>
[Authorize(Policy = Policies.TenantAdmin)]
public sealed class BestuurRegisterModel(IServiceProvider services) : DataProtectionPage
{
    [Microsoft.AspNetCore.Mvc.FromRoute(Name = "tenant")] public string Slug { get; set; } = "";

    public string TenantName => services.GetRequiredService<TenantContext>().Tenant?.Name ?? Slug;

    internal ProcessingRecord Record { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Record = await services.GetRequiredService<ProcessingRecordBuilder>().BuildAsync(services.GetRequiredService<TenantContext>().TenantId!.Value, ct);
}
