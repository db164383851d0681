namespace DataProtection.Domain;

/// <summary>Charter 8.1: tenants are told "without undue delay". <b>Decision (DOMAIN §5):</b> target 24 hours from detection,
/// configurable. The clock of one affected tenant stops when it is notified.</summary>
public static class BreachClock
{
    public sealed record Reading(TimeSpan Elapsed, DateTimeOffset DueAt, bool Stopped, bool Late);

    public static Reading Read(DateTimeOffset detectedAt, TimeSpan target, DateTimeOffset now, DateTimeOffset? notifiedAt)
    {
        var end = notifiedAt ?? now;
        var elapsed = end < detectedAt ? TimeSpan.Zero : end - detectedAt;
        return new Reading(elapsed, detectedAt + target, notifiedAt is not null, elapsed > target);
    }

    /// <summary>"26 u 05 min" — hours can exceed a day: the clock is about the target in hours.</summary>
    public static string Dutch(TimeSpan elapsed) => $"{(int)elapsed.TotalHours} u {elapsed.Minutes:00} min";
}
