namespace ServiceDesk.Reporters;

/// <summary>One of a tenant's three reporter seats; the unique (TenantId, Seat) index makes the limit hold under concurrency.</summary>
internal sealed class ReporterSeat : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public int Seat { get; set; }

    /// <summary>Null while the user is being created (the seat is reserved first).</summary>
    public Guid? UserId { get; set; }

    /// <summary>While the user is being created: its e-mail address, so a concurrent request does not mistake the
    /// half-created reporter for one created elsewhere and give it a second seat.</summary>
    public string? PendingEmail { get; set; }

    public DateTimeOffset TakenAt { get; set; }
}
