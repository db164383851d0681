using Hangfire;
using Platform.Kernel.Formatting;

namespace Platform.Kernel.Jobs;

/// <summary>Every recurring job runs on Brussels time, whatever the server's zone.</summary>
public static class RecurringJobDefaults
{
    public static RecurringJobOptions Brussels => new() { TimeZone = Dutch.Brussels };
}
