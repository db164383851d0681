namespace StatusPage.Checks;

internal enum CheckKind { Http, Tcp, Dns }

internal enum CheckOutcome { Up, Degraded, Down }

/// <summary>A probe of one component, run every <see cref="IntervalSeconds"/>. <see cref="NextDueAt"/> is also the claim:
/// a node runs the check only after it moved <see cref="NextDueAt"/> on from the value it read (compare-and-set), so with
/// several nodes each due time is run once. <see cref="Streak"/> counts the consecutive results equal to <see cref="LastOutcome"/>.</summary>
internal sealed class HealthCheck
{
    public Guid Id { get; set; }
    public Guid ComponentId { get; set; }
    public required string Name { get; set; }
    public CheckKind Kind { get; set; }
    /// <summary>HTTP(S): the URL; TCP: host:port; DNS: the name to resolve.</summary>
    public required string Target { get; set; }
    public string Method { get; set; } = "GET";
    public int ExpectedStatus { get; set; } = 200;
    public string? BodyContains { get; set; }
    public string? ExpectedAddress { get; set; }
    public int TimeoutMs { get; set; } = 10_000;
    /// <summary>A successful probe slower than this is "degraded" (null: never).</summary>
    public int? DegradedAboveMs { get; set; }
    public int IntervalSeconds { get; set; } = 60;
    public bool Enabled { get; set; } = true;
    /// <summary>N: consecutive failures (or degraded results) before the automation acts.</summary>
    public int FailureThreshold { get; set; } = 3;
    /// <summary>M: consecutive successes before the automation resolves (or proposes to resolve).</summary>
    public int RecoveryThreshold { get; set; } = 2;
    public DateTimeOffset NextDueAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public CheckOutcome? LastOutcome { get; set; }
    public int Streak { get; set; }
    public DateTimeOffset? LastRunAt { get; set; }
    public int? LastLatencyMs { get; set; }
    public string? LastMessage { get; set; }
    /// <summary>Hours before this instant are rolled up into <see cref="HealthCheckRollup"/>.</summary>
    public DateTimeOffset? RolledUpUntil { get; set; }

    /// <summary>What the latest streak means for the automation: an impact level once N failures (or N degraded results) in a row.</summary>
    public CheckOutcome? Alarm => Enabled && (LastOutcome is CheckOutcome.Down or CheckOutcome.Degraded) && Streak >= FailureThreshold ? LastOutcome : null;

    public bool Recovered => !Enabled || LastOutcome == CheckOutcome.Up && Streak >= RecoveryThreshold;
}

/// <summary>One probe's result (kept 7 days).</summary>
internal sealed class HealthCheckResult
{
    public Guid Id { get; set; }
    public Guid CheckId { get; set; }
    public DateTimeOffset At { get; set; }
    public CheckOutcome Outcome { get; set; }
    public int LatencyMs { get; set; }
    public string? Message { get; set; }
}

/// <summary>One hour of one check's results (kept 90 days): count, failures, degraded, average and 95th percentile latency.</summary>
internal sealed class HealthCheckRollup
{
    public Guid CheckId { get; set; }
    public DateTimeOffset Hour { get; set; }
    public int Count { get; set; }
    public int Failures { get; set; }
    public int Degraded { get; set; }
    public double AvgLatencyMs { get; set; }
    public int P95LatencyMs { get; set; }
}

/// <summary>What the automation does with a component's failing checks: open the incident at once, or leave a draft for an agent.</summary>
internal enum AutomaticIncidentMode { Draft, Publish }

internal enum AutomaticIncidentState { Draft, Published, RecoveryProposed, Resolved, Dismissed, HandedOver }

/// <summary>The automation's record of one outage of one component: a draft, or the incident it published. At most one
/// is active per component (a unique index), which is also the claim when two nodes see the failures at once.</summary>
internal sealed class AutomaticIncident
{
    public Guid Id { get; set; }
    public Guid ComponentId { get; set; }
    public ImpactLevel Level { get; set; }
    public AutomaticIncidentState State { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset? RecoveredAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public Guid? IncidentId { get; set; }
    public required string Summary { get; set; }
    /// <summary>1 while active, null once closed: the unique index (ComponentId, Active) allows one active record per component.</summary>
    public bool? Active { get; set; } = true;

    public bool IsActive => Active == true;
}
