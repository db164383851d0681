namespace DataProtection.Breaches;

/// <summary>A personal-data breach (charter 8) with the content of the notification (8.2) that is the same for every
/// affected tenant; the per-tenant part is in <see cref="BreachImpact"/>.</summary>
internal sealed class Breach
{
    public Guid Id { get; set; }
    public required string Title { get; set; }
    public DateTimeOffset DetectedAt { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }
    public required string Nature { get; set; }
    public required string Consequences { get; set; }
    public required string MeasuresTaken { get; set; }
    public string? MeasuresProposed { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? LessonsLearned { get; set; }
}

/// <summary>One affected tenant: its categories and approximate number of data subjects, and when it was told.</summary>
internal sealed class BreachImpact : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid BreachId { get; set; }
    public required string Categories { get; set; }
    public int ApproximateCount { get; set; }
    public DateTimeOffset? NotifiedAt { get; set; }
    public string? Recipients { get; set; }
}

/// <summary>A follow-up told to every affected tenant already notified.</summary>
internal sealed class BreachUpdate
{
    public Guid Id { get; set; }
    public Guid BreachId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Text { get; set; }
}
