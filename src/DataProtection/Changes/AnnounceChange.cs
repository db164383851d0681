using DataProtection.Domain;
using DataProtection.Persistence;
using DataProtection.SubProcessors;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;

namespace DataProtection.Changes;

/// <param name="Kind">SubProcessorAddition, SubProcessorReplacement or CharterVersion.</param>
/// <param name="Replaces">Replacement: the id of the sub-processor in the register that is replaced.</param>
/// <param name="TransferBasis">Required when the location is outside the EEA.</param>
public sealed record AnnounceRequest(
    string? Kind, DateOnly? EffectiveOn, string? Summary,
    string? Name = null, string? Details = null, string? Service = null, string? Location = null, bool? InEea = null,
    string? TransferBasis = null, Guid? Replaces = null, string? CharterVersion = null);

/// <summary>Announces a sub-processor or charter change at least 30 days ahead and mails every tenant (6.2, 14.3).</summary>
internal sealed class AnnounceChange(DataProtectionDbContext db, ChangeNotifier notifier, TimeProvider clock)
{
    public async Task<Outcome<PlannedChange>> RunAsync(AnnounceRequest r, Guid? userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = Dutch.DayOf(now);
        var errors = new Dictionary<string, string[]>();
        void Error(string field, string message) => errors[field] = [message];

        if (!Enum.TryParse<ChangeKind>(r.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            Error("kind", "Kies het soort wijziging: nieuwe onderverwerker, vervanging of nieuwe versie van het charter.");
        var earliest = NoticePeriod.EarliestEffectiveOn(today);
        if (r.EffectiveOn is not { } effectiveOn)
            Error("effectiveOn", "Geef de datum waarop de wijziging ingaat.");
        else if (effectiveOn < earliest)
            Error("effectiveOn", $"De wijziging moet minstens 30 dagen vooraf aangekondigd worden: ten vroegste op {Dutch.Date(earliest)}.");
        if (r.Summary?.Trim().Length > 4000) Error("summary", "De samenvatting is te lang (maximaal 4000 tekens).");

        if (kind == ChangeKind.CharterVersion)
        {
            var version = r.CharterVersion?.Trim();
            if (string.IsNullOrEmpty(version) || version.Length > 20) Error("charterVersion", "Geef het versienummer van het charter (maximaal 20 tekens).");
            else if (await db.CharterVersions.AnyAsync(v => v.Version == version, ct)
                || await db.Changes.AnyAsync(c => c.CharterVersion == version && c.Status != ChangeStatus.Withdrawn, ct))
                Error("charterVersion", $"Versie {version} bestaat al of is al aangekondigd.");
            if (string.IsNullOrWhiteSpace(r.Summary)) Error("summary", "Vat de wijzigingen van het charter bevattelijk samen.");
        }
        else if (errors.Count == 0 || !errors.ContainsKey("kind"))
        {
            if (string.IsNullOrWhiteSpace(r.Name) || r.Name.Trim().Length > 200) Error("name", "Geef de naam van de onderverwerker (maximaal 200 tekens).");
            if (string.IsNullOrWhiteSpace(r.Service) || r.Service.Trim().Length > 500) Error("service", "Beschrijf de dienst van de onderverwerker (maximaal 500 tekens).");
            if (string.IsNullOrWhiteSpace(r.Location) || r.Location.Trim().Length > 200) Error("location", "Geef de plaats van verwerking (maximaal 200 tekens).");
            if (r.InEea is null) Error("inEea", "Geef aan of de verwerking binnen de Europese Economische Ruimte gebeurt.");
            else if (r.InEea == false && string.IsNullOrWhiteSpace(r.TransferBasis))
                Error("transferBasis", "Geef de grond voor doorgifte buiten de EER (bijvoorbeeld een adequaatheidsbesluit of modelcontractbepalingen).");
            if (r.Details?.Trim().Length > 500) Error("details", "De gegevens van de onderneming zijn te lang (maximaal 500 tekens).");
            if (r.TransferBasis?.Trim().Length > 500) Error("transferBasis", "De doorgiftegrond is te lang (maximaal 500 tekens).");
            if (kind == ChangeKind.SubProcessorReplacement
                && (r.Replaces is not { } replaces || !await db.SubProcessors.AnyAsync(s => s.Id == replaces && s.Until == null, ct)))
                Error("replaces", "Kies de onderverwerker uit het register die vervangen wordt.");
        }
        if (errors.Count > 0) return Outcome<PlannedChange>.Invalid(errors);

        var isCharter = kind == ChangeKind.CharterVersion;
        var change = new PlannedChange
        {
            Id = Guid.CreateVersion7(now), Kind = kind, Status = ChangeStatus.Announced, AnnouncedAt = now, AnnouncedOn = today,
            EffectiveOn = r.EffectiveOn!.Value, AnnouncedBy = userId, Summary = r.Summary?.Trim() ?? "",
            CharterVersion = isCharter ? r.CharterVersion!.Trim() : null,
            Name = isCharter ? null : r.Name!.Trim(), Details = isCharter ? null : Blank(r.Details),
            Service = isCharter ? null : r.Service!.Trim(), Location = isCharter ? null : r.Location!.Trim(),
            InEea = !isCharter && r.InEea == true, TransferBasis = isCharter || r.InEea == true ? null : r.TransferBasis!.Trim(),
            ReplacesId = kind == ChangeKind.SubProcessorReplacement ? r.Replaces : null,
        };
        db.Changes.Add(change);
        await db.SaveChangesAsync(ct);
        await notifier.NotifyAsync(change.Id, ct);
        return Outcome<PlannedChange>.Success(change);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
