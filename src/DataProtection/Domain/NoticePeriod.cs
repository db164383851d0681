using Platform.Kernel.Formatting;

namespace DataProtection.Domain;

/// <summary>The charter's 30 days' notice for a sub-processor change (6.2, 6.3) or a new charter version (14.3).
/// <para><b>Decision:</b> the 30 days are counted as Belgian law counts a term (art. 1.7 BW): from the day after the
/// notice, the last day included. Announced on day D (Brussels), objections are accepted until the end of D+30 and the
/// change takes effect on D+31 at the earliest, so the notice is always "at least thirty days before the change".</para></summary>
public static class NoticePeriod
{
    public const int Days = 30;

    /// <summary>The last day (Brussels) on which a tenant may object or terminate.</summary>
    public static DateOnly ObjectionDeadline(DateOnly announcedOn) => announcedOn.AddDays(Days);

    /// <summary>The first day the change may take effect.</summary>
    public static DateOnly EarliestEffectiveOn(DateOnly announcedOn) => announcedOn.AddDays(Days + 1);

    /// <summary>The instant objections close: midnight in Brussels after the deadline day, in UTC.</summary>
    public static DateTimeOffset ObjectionsCloseAt(DateOnly announcedOn) => StartOfDay(ObjectionDeadline(announcedOn).AddDays(1));

    public static bool CanObject(DateOnly announcedOn, DateTimeOffset now) =>
        Dutch.DayOf(now) >= announcedOn && now < ObjectionsCloseAt(announcedOn);

    /// <summary>Midnight of a Brussels day as a UTC instant (midnight never falls in a DST gap there).</summary>
    public static DateTimeOffset StartOfDay(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Dutch.Brussels), TimeSpan.Zero);
}
