using Platform.Kernel.Formatting;

namespace DataProtection.Breaches;

/// <summary>The Dutch notification (8.1–8.3) and follow-ups.</summary>
internal static class BreachMails
{
    public const string DvDpo = "dpo.digitaal@vlaanderen.be";

    public const string AuthorityDuty =
        "Let op: de melding aan de toezichthoudende autoriteit (de Vlaamse Toezichtcommissie) en eventueel aan de betrokkenen " +
        "blijft uitsluitend de verantwoordelijkheid van je bestuur als verwerkingsverantwoordelijke (artikel 8.3 van het verwerkingscharter).";

    public static (string Subject, string Body) Notification(Breach b, BreachImpact i, string tenantName) =>
        ($"Melding van een inbreuk in verband met persoonsgegevens: {b.Title}",
         $"Beste,\n\nDigitaal Vlaanderen meldt {tenantName} een inbreuk in verband met persoonsgegevens in Mijn Burgerprofiel " +
         $"(artikel 8.1 van het verwerkingscharter). De volledige melding voor je bestuur staat in de bijgevoegde PDF.\n\n" +
         $"Ontdekt op: {Dutch.DateTime(b.DetectedAt)}\n" +
         $"Aard van de inbreuk: {b.Nature}\n" +
         $"Categorieën van betrokkenen en persoonsgegevens bij je bestuur: {i.Categories}\n" +
         $"Geschat aantal betrokkenen bij je bestuur: {Dutch.Number(i.ApproximateCount)}\n" +
         $"Waarschijnlijke gevolgen: {b.Consequences}\n" +
         $"Genomen maatregelen: {b.MeasuresTaken}\n" +
         (b.MeasuresProposed is null ? "" : $"Voorgestelde maatregelen: {b.MeasuresProposed}\n") +
         $"Functionaris voor gegevensbescherming van Digitaal Vlaanderen: {DvDpo}\n\n" +
         AuthorityDuty + "\n\nWe houden je op de hoogte van de verdere afhandeling.\n\nMet vriendelijke groeten,\nDigitaal Vlaanderen\n");

    public static (string Subject, string Body) Update(Breach b, BreachUpdate u, string tenantName) =>
        ($"Update over de inbreuk in verband met persoonsgegevens: {b.Title}",
         $"Beste,\n\nEen update over de inbreuk die Digitaal Vlaanderen {tenantName} meldde (ontdekt op {Dutch.DateTime(b.DetectedAt)}):\n\n" +
         $"{u.Text}\n\nFunctionaris voor gegevensbescherming van Digitaal Vlaanderen: {DvDpo}\n\n" + AuthorityDuty +
         "\n\nMet vriendelijke groeten,\nDigitaal Vlaanderen\n");
}
