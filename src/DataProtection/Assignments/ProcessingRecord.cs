using DataProtection.Persistence;
using DataProtection.SubProcessors;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Export;
using Platform.Kernel.Formatting;
using Platform.Kernel.Privacy;

namespace DataProtection.Assignments;

/// <summary>One controller in the record: the tenant, its DPO contacts (else SPOC), the components of its approved
/// assignment (null when none is approved yet).</summary>
internal sealed record ControllerRecord(TenantSummary Tenant, IReadOnlyList<PrivacyContact> Contacts, ProcessingAssignment? Assignment);

/// <summary>The processor's record of processing activities (GDPR art. 30.2) at one moment.</summary>
internal sealed record ProcessingRecord(DateTimeOffset At, IReadOnlyList<ControllerRecord> Controllers, IReadOnlyList<SubProcessor> SubProcessors)
{
    public IEnumerable<SubProcessor> Transfers => SubProcessors.Where(s => !s.InEea);

    /// <summary>What the platform itself holds for every tenant while it serves it (DOMAIN §5).</summary>
    public static readonly IReadOnlyList<string> PlatformProcessing =
    [
        "Contactpersonen van het bestuur (naam, e-mailadres, telefoonnummer, rol)",
        "Gebruikers en melders van het bestuur (naam, e-mailadres, aanmeldgegevens)",
        "Servicedeskincidenten: teksten, antwoorden en bijlagen",
        "Uitnodigingen en aanvragen tot aansluiting",
        "Abonnees op de statuspagina (e-mailadres)",
        "Namen en rekeningnummers van betalers op bankafschriften",
        "Auditlog van wijzigingen (wie, wanneer, wat)",
    ];
}

/// <summary>Builds the record of processing from the approved assignments and the live data: tenants and their DPO
/// contacts, the sub-processor register (transfers outside the EEA with their basis).</summary>
internal sealed class ProcessingRecordBuilder(DataProtectionDbContext db, ITenantDirectory directory, ITenantPrivacyContacts contacts, TimeProvider clock)
{
    /// <param name="tenantId">One tenant, or null for all tenants whose contract has not ended.</param>
    public async Task<ProcessingRecord> BuildAsync(Guid? tenantId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = Dutch.DayOf(now);
        var tenants = tenantId is { } id
            ? (await directory.FindAsync(id, ct) is { } one ? [one] : [])
            : (await directory.AllAsync(ct)).Where(t => t.TerminationEffectiveOn is not { } end || end > today).OrderBy(t => t.Name).ToList();
        var ids = tenants.Select(t => t.Id).ToList();
        var approved = await AcrossTenants.Assignments(db).AsNoTracking().Include(a => a.Components)
            .Where(a => ids.Contains(a.TenantId) && a.Status == AssignmentStatus.Approved).ToListAsync(ct);
        var controllers = new List<ControllerRecord>();
        foreach (var t in tenants)
            controllers.Add(new ControllerRecord(t, await contacts.RecipientsAsync(t.Id, ct), approved.Where(a => a.TenantId == t.Id).MaxBy(a => a.Version)));
        var subProcessors = await db.SubProcessors.AsNoTracking().Where(s => s.Until == null || s.Until > today).OrderBy(s => s.Since).ToListAsync(ct);
        return new ProcessingRecord(now, controllers, subProcessors);
    }
}

internal static class ProcessingRecordDocuments
{
    public const string FileStem = "register-van-verwerkingen";

    public static byte[] Pdf(ProcessingRecord record)
    {
        using var doc = new DocumentPdf("Register van de verwerkingsactiviteiten (verwerker)", record.At);
        doc.Title("Register van verwerkingsactiviteiten (AVG art. 30.2)");
        doc.Text($"Mijn Burgerprofiel · opgemaakt op {Dutch.DateTime(record.At)}", 22);
        doc.Heading("Verwerker");
        doc.Text($"{Processor.Name}, {Processor.Address}, KBO {Processor.Kbo}, tel. {Processor.Phone}, {Processor.Email}");
        doc.Text($"Functionaris voor gegevensbescherming: {Processor.Dpo}");
        doc.Heading("Doorgiften naar derde landen");
        var transfers = record.Transfers.ToList();
        if (transfers.Count == 0) doc.Text("Geen: alle onderverwerkers verwerken binnen de Europese Economische Ruimte.");
        foreach (var s in transfers) doc.Bullet($"{s.Name} – {s.Service} – {s.Location}; waarborg: {s.TransferBasis}");
        doc.Heading("Onderverwerkers");
        foreach (var s in record.SubProcessors) doc.Bullet($"{s.Name} – {s.Service} – {s.Location} ({(s.InEea ? "EER" : "buiten de EER")}) – sinds {Dutch.Date(s.Since)}");
        doc.Heading("Algemene beschrijving van de beveiligingsmaatregelen");
        foreach (var m in Processor.SecurityMeasures) doc.Bullet(m);
        foreach (var c in record.Controllers)
        {
            doc.Heading($"Verwerkingsverantwoordelijke: {c.Tenant.Name}");
            doc.Text($"{c.Tenant.Street}, {c.Tenant.PostalCode} {c.Tenant.City} · KBO {c.Tenant.Kbo}");
            doc.Text(ContactLine(c));
            if (c.Assignment is null) doc.Text("Nog geen goedgekeurde verwerkingsopdracht.");
            else
            {
                doc.Text($"Verwerkingsopdracht versie {c.Assignment.Version}. {AssignmentPdf.Duration(c.Assignment)}");
                foreach (var comp in c.Assignment.Components)
                    doc.Bullet($"{comp.Component.Dutch()}: {comp.Purpose} Betrokkenen: {comp.DataSubjects}. Gegevens: {comp.Categories.Replace("\n", "; ")}.");
            }
            doc.Text("Ondersteunende verwerkingen door het platform:");
            foreach (var p in ProcessingRecord.PlatformProcessing) doc.Bullet(p);
        }
        return doc.Finish();
    }

    public static string ContactLine(ControllerRecord c) => c.Contacts.Count == 0
        ? "Geen DPO-contactpersoon of SPOC geregistreerd."
        : (c.Contacts[0].IsDpo ? "Functionaris voor gegevensbescherming: " : "SPOC (geen DPO geregistreerd): ")
          + string.Join(", ", c.Contacts.Select(p => $"{p.Name} <{p.Email}>"));

    /// <summary>One row per controller and ordered component (a controller without an approved assignment gets one row).</summary>
    public static byte[] Csv(ProcessingRecord record)
    {
        string[] header = ["Verwerkingsverantwoordelijke", "KBO", "Contact", "Contact is DPO", "Versie opdracht", "Duur", "Applicatiecomponent",
            "Onderwerp", "Aard en doel", "Betrokkenen", "Persoonsgegevens", "Verwerker", "DPO verwerker", "Doorgiften buiten de EER", "Beveiligingsmaatregelen"];
        var transfers = string.Join(" | ", record.Transfers.Select(s => $"{s.Name} ({s.Location}): {s.TransferBasis}"));
        var security = string.Join(" | ", Processor.SecurityMeasures);
        var rows = new List<IReadOnlyList<ExportCell>>();
        foreach (var c in record.Controllers)
        {
            var contact = string.Join(", ", c.Contacts.Select(p => $"{p.Name} <{p.Email}>"));
            var isDpo = c.Contacts.Count > 0 && c.Contacts[0].IsDpo ? "ja" : "nee";
            var components = c.Assignment?.Components.Select(x => (x.Component.Dutch(), x.Subject, x.Purpose, x.DataSubjects, x.Categories.Replace("\n", "; "))).ToList()
                ?? [("", "", "Nog geen goedgekeurde verwerkingsopdracht", "", "")];
            foreach (var (component, subject, purpose, subjects, categories) in components)
                rows.Add([ExportCell.Of(c.Tenant.Name), ExportCell.Of(c.Tenant.Kbo), ExportCell.Of(contact), ExportCell.Of(isDpo),
                    c.Assignment is null ? ExportCell.Empty : ExportCell.Integer(c.Assignment.Version),
                    ExportCell.Of(c.Assignment is null ? "" : AssignmentPdf.Duration(c.Assignment)), ExportCell.Of(component), ExportCell.Of(subject),
                    ExportCell.Of(purpose), ExportCell.Of(subjects), ExportCell.Of(categories), ExportCell.Of($"{Processor.Name}, {Processor.Address}"),
                    ExportCell.Of(Processor.Dpo), ExportCell.Of(transfers.Length == 0 ? "Geen" : transfers), ExportCell.Of(security)]);
        }
        return Platform.Kernel.Export.Csv.Write([.. header.Select(ExportCell.Of)], rows);
    }
}
