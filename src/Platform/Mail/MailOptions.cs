namespace Platform.Mail;

/// <summary>Configuration section <c>Mail</c>.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    [System.ComponentModel.DataAnnotations.Required(AllowEmptyStrings = false, ErrorMessage = "Mail:From is required.")]
    public string From { get; set; } = "Mijn Burgerprofiel <noreply@burgerprofiel.vlaanderen.be>";

    /// <summary>Folder for .eml files when no SMTP host is set (relative to the content root).</summary>
    public string PickupFolder { get; set; } = "data/mail";

    public SmtpOptions Smtp { get; set; } = new();

    public sealed class SmtpOptions
    {
        public string? Host { get; set; }
        public int Port { get; set; } = 587;
        public bool UseStartTls { get; set; } = true;
        public string? UserName { get; set; }
        public string? Password { get; set; }
    }
}
