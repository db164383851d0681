namespace Billing.Runs;

internal enum RunTrigger { Daily = 0, Manual = 1 }

internal enum RunOutcome
{
    Prepared = 0,
    AlreadyExists = 1,
    NotDue = 2,
    /// <summary>Due but the inhabitants of the year are missing: someone has to act.</summary>
    NeedsAttention = 3,
}

/// <summary>What one invoice run did: shown to finance. Global: a run spans all tenants and only finance reads it.</summary>
internal sealed class InvoiceRunReport
{
    public Guid Id { get; set; }
    public RunTrigger Trigger { get; set; }
    /// <summary>The year asked for; null for the daily run over every billable year.</summary>
    public int? Year { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset FinishedAt { get; set; }
    public Guid? StartedBy { get; set; }
    public int Prepared { get; set; }
    public int AlreadyExisting { get; set; }
    public int NotDue { get; set; }
    public int NeedsAttention { get; set; }
    public List<InvoiceRunLine> Lines { get; set; } = [];
}

/// <summary>One (tenant, year) of a run, except the ones that already had an invoice (only counted).</summary>
internal sealed class InvoiceRunLine
{
    public Guid Id { get; set; }
    public Guid RunId { get; set; }
    public Guid TenantId { get; set; }
    public required string TenantName { get; set; }
    public int Year { get; set; }
    public RunOutcome Outcome { get; set; }
    public required string Reason { get; set; }
    public decimal? Amount { get; set; }
    public Guid? InvoiceId { get; set; }
}
