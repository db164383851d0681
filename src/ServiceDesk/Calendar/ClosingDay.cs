namespace ServiceDesk.Calendar;

/// <summary>A day the service desk is closed on top of the Belgian holidays, added by a platform admin.</summary>
internal sealed class ClosingDay
{
    public DateOnly Date { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public required string AddedBy { get; set; }
}
