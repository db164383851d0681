namespace ServiceDesk.Calendar;

/// <summary>The clock policy as data: targets per priority (minutes) and the statuses that pause the resolution clock.</summary>
internal sealed class ClockPolicyRecord
{
    public const string ContractName = "contract";

    public required string Name { get; set; }
    public int P1ResponseMinutes { get; set; }
    public int P1ResolutionMinutes { get; set; }
    public int P2ResponseMinutes { get; set; }
    public int P2ResolutionMinutes { get; set; }
    public int P3ResponseMinutes { get; set; }
    public int P3ResolutionMinutes { get; set; }
    public int P4ResponseMinutes { get; set; }
    public int P4ResolutionMinutes { get; set; }

    /// <summary>Comma-separated <see cref="IncidentStatus"/> names; empty for the contract.</summary>
    public string PausingStatuses { get; set; } = "";
}
