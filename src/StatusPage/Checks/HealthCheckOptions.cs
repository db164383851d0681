using System.ComponentModel.DataAnnotations;

namespace StatusPage.Checks;

/// <summary>Configuration section <c>StatusPage:Checks</c>.</summary>
internal sealed class HealthCheckOptions
{
    public const string Section = "StatusPage:Checks";

    /// <summary>Platform-own hosts a check may reach although they are not on the public internet (host names or IP
    /// literals, e.g. <c>api.platform.internal</c>, <c>127.0.0.1</c>). Every other target must be a public address.</summary>
    public List<string> InternalHosts { get; set; } = [];

    /// <summary>Where the desk is alerted of automatic incidents; empty: <c>ServiceDesk:Mail:DeskAddress</c>.</summary>
    public string? DeskAddress { get; set; }

    /// <summary>How often the due checks are looked for (Hangfire cron with seconds, Brussels time).</summary>
    [Required] public string Cron { get; set; } = "*/10 * * * * *";

    /// <summary>Checks probed at the same time by one node.</summary>
    [Range(1, 256)] public int MaxParallel { get; set; } = 32;

    /// <summary>Flapping: at least <see cref="FlapChanges"/> up/down changes within <see cref="FlapWindowMinutes"/> hold an
    /// automatic incident open although the checks recovered.</summary>
    [Range(2, 100)] public int FlapChanges { get; set; } = 4;

    [Range(1, 1440)] public int FlapWindowMinutes { get; set; } = 30;

    public bool IsInternal(string host) =>
        InternalHosts.Any(h => string.Equals(h.Trim().Trim('[', ']'), host.Trim('[', ']').TrimEnd('.'), StringComparison.OrdinalIgnoreCase));
}
