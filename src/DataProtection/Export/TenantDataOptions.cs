using System.ComponentModel.DataAnnotations;

namespace DataProtection.Export;

/// <summary>Configuration section <c>DataProtection:TenantData</c>: export archives, erasure and retention.</summary>
public sealed class TenantDataOptions
{
    public const string Section = "DataProtection:TenantData";

    /// <summary>Where export archives are written, relative to the content root. With several nodes: a folder all nodes share.</summary>
    [Required] public string ExportFolder { get; set; } = "data/exports";

    /// <summary>How long an archive can be downloaded before the retention job deletes it.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "90.00:00:00")] public TimeSpan ExportKeptFor { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Between the confirmation of an erasure and its execution; cancellable meanwhile.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")] public TimeSpan ErasureWaitingPeriod { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Status subscriptions not confirmed within this time are deleted.</summary>
    [Range(1, 365)] public int UnconfirmedSubscriptionDays { get; set; } = 7;

    /// <summary>Expired, unaccepted invitations are deleted this long after they expired.</summary>
    [Range(0, 365)] public int ExpiredInvitationDays { get; set; } = 30;

    /// <summary>Mails in the pickup folder (the embedded default's outbox) older than this are deleted.</summary>
    [Range(1, 3650)] public int MailPickupDays { get; set; } = 30;
}
