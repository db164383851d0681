using System.Text.Json.Serialization;

namespace DataProtection.Assignments;

/// <summary>The application components a tenant can order (charter 1.2, Bijlage 1).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AppComponent>))]
public enum AppComponent
{
    UwGegevens,
    Attesten,
    Dosis,
    Notificaties,
    Contactvoorkeuren,
}

[JsonConverter(typeof(JsonStringEnumConverter<AssignmentStatus>))]
public enum AssignmentStatus
{
    /// <summary>Submitted by the tenant, waiting for a platform admin.</summary>
    Submitted,
    /// <summary>Approved; the newest approved version is the tenant's instruction (3.1).</summary>
    Approved,
    /// <summary>Sent back to the tenant with a reason; the tenant submits a new version.</summary>
    Returned,
    /// <summary>An approved version replaced by a newer approved one; kept as it was.</summary>
    Superseded,
}

/// <summary>One version of a tenant's processing assignment ("verwerkingsopdracht", charter 1.2 and Bijlage 1). Versions
/// are numbered per tenant; nothing of a version changes after submission except its review.</summary>
internal sealed class ProcessingAssignment : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public int Version { get; set; }
    public AssignmentStatus Status { get; set; }
    /// <summary>Duration: null = indefinite ("onbepaalde duur"), else from/until.</summary>
    public DateOnly? From { get; set; }
    public DateOnly? Until { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public Guid? SubmittedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public Guid? ReviewedBy { get; set; }
    public string? ReturnReason { get; set; }
    public List<AssignmentComponent> Components { get; set; } = [];
}

/// <summary>One ordered component with its categories of personal data as the charter lists them, the data subjects,
/// the subject and the purpose of the processing.</summary>
internal sealed class AssignmentComponent : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid AssignmentId { get; set; }
    public AppComponent Component { get; set; }
    /// <summary>The chosen categories of Bijlage 1, one per line, in the charter's order.</summary>
    public required string Categories { get; set; }
    public required string DataSubjects { get; set; }
    public required string Subject { get; set; }
    public required string Purpose { get; set; }
}

/// <summary>Bijlage 1 of the charter: per component its Dutch name, what it does and the types of (personal) data exactly
/// as the charter lists them.</summary>
internal static class Bijlage1
{
    public sealed record Entry(AppComponent Component, string Name, string Description, IReadOnlyList<string> Categories, string? StoredNote);

    public static readonly IReadOnlyList<Entry> Components =
    [
        new(AppComponent.UwGegevens, "Uw gegevens",
            "Toont de gegevens die de opdrachtgevende instantie kent over een burger, per thema.",
            ["Unieke Sleutel van de persoon (INSZ)", "Gerelateerd(e) IPDC-product(en)",
             "Persoonsgebonden gegevens, zoals bijv. domicilie-adres, afstammingsgegevens, gezinssamenstelling"], null),
        new(AppComponent.Attesten, "Attesten/vergunningen/aktes",
            "Officiële documenten die voor een burger rechtstreeks te downloaden zijn door ze live op te halen bij de opdrachtgevende instantie (pull).",
            ["Unieke Sleutel van de persoon (INSZ)", "Gemeente/postcode", "Gerelateerd(e) IPDC-product(en)", "Downloadbare documenten",
             "Categorie / Soort / Type document", "Geldigheidsdatum"], null),
        new(AppComponent.Dosis, "DOSIS",
            "Een track-en-trace voor burgers op de lopende dossiers die ze hebben bij de opdrachtgevende instantie.",
            ["Unieke Sleutel van de persoon (INSZ) of organisatie", "IPDC-product", "Wijzigingsdatum (van de meest recente aanpassing)", "Dossier-ID",
             "Fasen en statussen van het dossier (+ datum)", "Historische statussen", "Vereiste actie(s)", "Dossierbeheerder",
             "Contactgegevens dossierbeheerder", "Doorverwijzingslink naar verantwoordelijke dienst", "Verantwoordelijke organisatie (verantwoordelijk voor de bron)"],
            "Alle informatie die wordt doorgestuurd, wordt opgeslagen, inclusief de vrije tekstvelden (statusdetails)."),
        new(AppComponent.Notificaties, "Notificaties",
            "Digitale berichten met specifieke informatie voor de ontvanger, op de Meldingen-pagina of per e-mail (push).",
            ["Unieke Sleutel van de persoon (INSZ)", "Gerelateerd(e) IPDC-product", "Notificatie-ID", "Notificatie-boodschap", "Dossier-ID",
             "Verantwoordelijke organisatie (verantwoordelijk voor de bron)"],
            "Alle informatie die wordt doorgestuurd, wordt opgeslagen, inclusief de vrije tekstvelden (statusdetails)."),
        new(AppComponent.Contactvoorkeuren, "Contactvoorkeuren",
            "Expliciete toestemming van de burgers om meldingen/notificaties via e-mail te ontvangen.",
            ["Unieke Sleutel van de persoon (INSZ)", "Gerelateerd(e) IPDC-product(en)", "E-mailadres", "Bankrekeningnummer", "Toestemming burger"], null),
    ];

    public static Entry Of(AppComponent c) => Components.First(e => e.Component == c);

    public static string Dutch(this AppComponent c) => Of(c).Name;

    public static string Dutch(this AssignmentStatus s) => s switch
    {
        AssignmentStatus.Submitted => "Ingediend, wacht op goedkeuring",
        AssignmentStatus.Approved => "Goedgekeurd (van kracht)",
        AssignmentStatus.Returned => "Teruggestuurd",
        AssignmentStatus.Superseded => "Goedgekeurd, vervangen door een nieuwere versie",
        _ => s.ToString(),
    };
}
