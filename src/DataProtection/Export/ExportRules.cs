namespace DataProtection.Export;

/// <summary>When an export that never finished is given up: its node died mid-run (Hangfire's retry then finds it claimed).
/// The largest measured export (10 000 incidents, 1 GB) takes minutes, so six hours means it will not finish.</summary>
public static class ExportRules
{
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromHours(6);

    public static bool IsAbandoned(DateTimeOffset requestedAt, DateTimeOffset now) => now - requestedAt >= GiveUpAfter;
}
