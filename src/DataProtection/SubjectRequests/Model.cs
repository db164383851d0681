using System.Text.Json.Serialization;

namespace DataProtection.SubjectRequests;

/// <summary>The data subject's right exercised (GDPR art. 15–18, 20, 21).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SubjectRequestKind>))]
public enum SubjectRequestKind
{
    Inzage,
    Rectificatie,
    Wissing,
    Beperking,
    Overdraagbaarheid,
    Bezwaar,
}

[JsonConverter(typeof(JsonStringEnumConverter<SubjectRequestChannel>))]
public enum SubjectRequestChannel
{
    EMail,
    Brief,
    Telefoon,
    Servicedesk,
    Webformulier,
}

[JsonConverter(typeof(JsonStringEnumConverter<SubjectRequestStatus>))]
public enum SubjectRequestStatus
{
    /// <summary>Passed to the tenant, waiting for its answer.</summary>
    Forwarded,
    /// <summary>The tenant answered the data subject.</summary>
    Answered,
    Closed,
}

/// <summary>A data-subject request that reached Digitaal Vlaanderen (charter 7), passed on to the tenant at once. It holds
/// no name or address of the data subject: a reference and a minimal description only. The sent mail is kept as proof.</summary>
internal sealed class SubjectRequest : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public required string Reference { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public SubjectRequestChannel Channel { get; set; }
    public SubjectRequestKind Kind { get; set; }
    public required string Description { get; set; }
    public SubjectRequestStatus Status { get; set; }
    public DateTimeOffset LoggedAt { get; set; }
    public Guid? LoggedBy { get; set; }
    public DateTimeOffset ForwardedAt { get; set; }
    public required string Recipients { get; set; }
    public bool ToDpo { get; set; }
    public required string MailSubject { get; set; }
    public required string MailBody { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public Guid? ClosedBy { get; set; }
    public string? Note { get; set; }
}

internal static class SubjectRequestText
{
    public static string Dutch(this SubjectRequestKind k) => k switch
    {
        SubjectRequestKind.Inzage => "Recht op inzage",
        SubjectRequestKind.Rectificatie => "Recht op rectificatie",
        SubjectRequestKind.Wissing => "Recht op wissing",
        SubjectRequestKind.Beperking => "Recht op beperking van de verwerking",
        SubjectRequestKind.Overdraagbaarheid => "Recht op overdraagbaarheid",
        SubjectRequestKind.Bezwaar => "Recht van bezwaar",
        _ => k.ToString(),
    };

    public static string Dutch(this SubjectRequestChannel c) => c switch
    {
        SubjectRequestChannel.EMail => "E-mail",
        SubjectRequestChannel.Brief => "Brief",
        SubjectRequestChannel.Telefoon => "Telefoon",
        SubjectRequestChannel.Servicedesk => "Servicedesk",
        SubjectRequestChannel.Webformulier => "Webformulier",
        _ => c.ToString(),
    };

    public static string Dutch(this SubjectRequestStatus s) => s switch
    {
        SubjectRequestStatus.Forwarded => "Doorgegeven aan het bestuur",
        SubjectRequestStatus.Answered => "Beantwoord door het bestuur",
        SubjectRequestStatus.Closed => "Afgesloten",
        _ => s.ToString(),
    };
}
