using Platform.Kernel.Formatting;

namespace DataProtection.Assignments;

/// <summary>The processor as the charter names it, and the general description of the security measures (charter 4, 5).</summary>
internal static class Processor
{
    public const string Name = "Agentschap Digitaal Vlaanderen";
    public const string Address = "Havenlaan 88, 1000 Brussel";
    public const string Kbo = "0316.380.841";
    public const string Phone = "09 276 15 00";
    public const string Email = "digitaal.vlaanderen@vlaanderen.be";
    public const string Dpo = "dpo.digitaal@vlaanderen.be";

    public static readonly IReadOnlyList<string> SecurityMeasures =
    [
        "Passende technische en organisatorische maatregelen volgens de stand van de techniek en het risico (verwerkingscharter, artikel 5); de volledige beschrijving is op te vragen via digitaal.vlaanderen@vlaanderen.be.",
        "Vertrouwelijkheidsverplichting voor alle interne en externe medewerkers die de verwerkingsopdracht uitvoeren (artikel 4).",
        "Gegevens van elk lokaal bestuur logisch gescheiden; elke databankvraag is beperkt tot één lokaal bestuur.",
        "Toegang enkel na aanmelding, met rollen per taak; het lezen van persoonsgegevens van een bestuur door medewerkers van Digitaal Vlaanderen wordt gelogd en is zichtbaar voor dat bestuur.",
        "Versleutelde verbindingen (TLS) en opslag binnen de Europese Economische Ruimte.",
        "Register van inbreuken met melding aan het getroffen bestuur zonder onredelijke vertraging (artikel 8).",
    ];
}

/// <summary>One version of a tenant's processing assignment as a PDF the city can sign (the form of Bijlage 1).</summary>
internal static class AssignmentPdf
{
    public static string FileName(ProcessingAssignment a) => $"verwerkingsopdracht-versie-{a.Version}.pdf";

    public static byte[] Render(ProcessingAssignment a, string tenantName, DateTimeOffset at)
    {
        using var doc = new DocumentPdf("Verwerkingsopdracht Mijn Burgerprofiel", at);
        doc.Title("Verwerkingsopdracht “Mijn Burgerprofiel”");
        doc.Text($"Opdrachtgevende instantie: {tenantName} (verwerkingsverantwoordelijke)");
        doc.Text($"Verwerker: {Processor.Name}, {Processor.Address} (KBO {Processor.Kbo})");
        doc.Text($"Verwerkingscharter, artikel 1.2 en bijlage 1 · versie {a.Version} van de opdracht · {a.Status.Dutch()}");
        doc.Text($"Ingediend op {Dutch.DateTime(a.SubmittedAt)}" + (a.ReviewedAt is { } r && a.Status != AssignmentStatus.Returned ? $" · goedgekeurd op {Dutch.DateTime(r)}" : ""), 22);
        doc.Text($"{tenantName} geeft de opdracht aan Digitaal Vlaanderen om specifieke gegevens te tonen in Mijn Burgerprofiel. " +
                 $"Burgers kunnen via Mijn Burgerprofiel de persoonlijke gegevens raadplegen waarover {tenantName} beschikt.");
        foreach (var c in a.Components)
        {
            var entry = Bijlage1.Of(c.Component);
            doc.Heading($"Besteld: {entry.Name}");
            doc.Text(entry.Description);
            doc.Space(4);
            doc.Paragraph("Onderwerp van de verwerking", c.Subject);
            doc.Paragraph("Aard en doel van de verwerking", c.Purpose);
            doc.Paragraph("Categorieën van betrokkenen", c.DataSubjects);
            doc.Text("Type (persoons)gegevens:");
            foreach (var category in c.Categories.Split('\n')) doc.Bullet(category);
            if (entry.StoredNote is { } note) doc.Text("» " + note);
        }
        doc.Heading("Duur van de verwerkersovereenkomst");
        doc.Text(Duration(a));
        doc.Space(30);
        doc.Text("Datum: ........................................");
        doc.Space(20);
        doc.Text($"Handtekening namens {tenantName}: ........................................");
        doc.Space(20);
        doc.Text("Naam en functie: ........................................");
        return doc.Finish();
    }

    public static string Duration(ProcessingAssignment a) => a.From is { } f && a.Until is { } u
        ? $"Van {Dutch.Date(f)} tot {Dutch.Date(u)}."
        : "Onbepaalde duur: de verwerkersovereenkomst treedt in werking op datum van ondertekening en eindigt van rechtswege na beëindiging van de verwerkingsopdracht.";
}
