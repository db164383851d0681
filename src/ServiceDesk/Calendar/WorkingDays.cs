using Platform.Kernel.Calendar;

namespace ServiceDesk.Calendar;

/// <summary>The service desk's working calendar (holidays and admins' closing days) for other modules.</summary>
internal sealed class WorkingDays(ClockPolicyProvider policies) : IWorkingDays
{
    public async Task<bool> IsWorkingDayAsync(DateOnly day, CancellationToken cancellationToken = default) =>
        (await policies.GetAsync(cancellationToken)).Calendar.IsWorkingDay(day);
}
