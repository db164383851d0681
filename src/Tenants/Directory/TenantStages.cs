namespace Tenants.Directory;

/// <summary>Where a tenant stands on the platform: onboarding until its app is in both stores (go-live, DOMAIN §2),
/// live from then, ended once its registered termination took effect. Used by the tenants list filter and the home page.</summary>
internal enum TenantStage { Onboarding, Live, Ended }

internal static class TenantStages
{
    public static TenantStage Of(Tenant tenant, DateOnly today) =>
        tenant.TerminationEffectiveOn is { } end && end <= today ? TenantStage.Ended
        : tenant.GoLive is { } live && live <= today ? TenantStage.Live
        : TenantStage.Onboarding;

    /// <summary>The value in the list's address: <c>?status=onboarding|live|stopgezet</c>.</summary>
    public static string PageName(this TenantStage stage) => stage switch
    {
        TenantStage.Live => "live",
        TenantStage.Ended => "stopgezet",
        _ => "onboarding",
    };

    public static string Dutch(this TenantStage stage) => stage switch
    {
        TenantStage.Live => "App in gebruik",
        TenantStage.Ended => "Stopgezet",
        _ => "Wordt aangesloten",
    };

    public static TenantStage? Parse(string? text) =>
        Enum.GetValues<TenantStage>().Cast<TenantStage?>().FirstOrDefault(s => string.Equals(s!.Value.PageName(), text?.Trim(), StringComparison.OrdinalIgnoreCase));
}
