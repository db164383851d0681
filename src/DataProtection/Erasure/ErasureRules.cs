namespace DataProtection.Erasure;

/// <summary>When a tenant may choose an erasure, when it runs and until when it can be cancelled. Pure: values in, values out.</summary>
internal static class ErasureRules
{
    /// <summary>Only once the termination has taken effect (charter 12.2: "na beëindiging").</summary>
    public static bool MayRequest(DateOnly? terminationEffectiveOn, DateOnly today) => terminationEffectiveOn is { } end && end <= today;

    public static DateTimeOffset ScheduledFor(DateTimeOffset confirmedAt, TimeSpan waitingPeriod) => confirmedAt + waitingPeriod;

    /// <summary>Due once the waiting period has passed and not cancelled.</summary>
    public static bool IsDue(ErasureStatus status, DateTimeOffset scheduledFor, DateTimeOffset now) =>
        status == ErasureStatus.Scheduled && scheduledFor <= now;

    public static bool MayCancel(ErasureStatus status, DateTimeOffset scheduledFor, DateTimeOffset now) =>
        status == ErasureStatus.Scheduled && now < scheduledFor;
}
