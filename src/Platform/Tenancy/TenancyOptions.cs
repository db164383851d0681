namespace Platform.Tenancy;

/// <summary>Configuration section <c>Tenancy</c>.</summary>
public sealed class TenancyOptions
{
    public const string Section = "Tenancy";

    /// <summary>When set (e.g. <c>burgerprofiel.example</c>), <c>gent.burgerprofiel.example</c> resolves tenant <c>gent</c>.</summary>
    public string? HostSuffix { get; set; }
}
