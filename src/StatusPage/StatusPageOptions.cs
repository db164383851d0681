using System.ComponentModel.DataAnnotations;

namespace StatusPage;

/// <summary>Configuration section <c>StatusPage</c>: settings of the module as a whole (health checks have <c>StatusPage:Checks</c>).</summary>
internal sealed class StatusPageOptions
{
    public const string Section = "StatusPage";

    /// <summary>The rendered public page is rendered again at least this often (and at the change signal's bound at the latest).</summary>
    [Range(1, 86400, ErrorMessage = "StatusPage:CacheSeconds must be 1 to 86400.")]
    public int CacheSeconds { get; set; } = 15;

    /// <summary>Tests only: webhooks to http://localhost are accepted and delivered.</summary>
    public bool AllowInsecureWebhooks { get; set; }
}

/// <summary>The service desk's mailbox (<c>ServiceDesk:Mail:DeskAddress</c>), where automatic incidents go when
/// <c>StatusPage:Checks:DeskAddress</c> is empty.</summary>
internal sealed class DeskMailboxOptions
{
    public const string Section = "ServiceDesk:Mail";

    public string? DeskAddress { get; set; }
}
