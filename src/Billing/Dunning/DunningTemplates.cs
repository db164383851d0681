namespace Billing.Dunning;

internal sealed record DunningTemplate(string Subject, string Body);

/// <summary>The built-in Dutch texts: step 0 is the friendly notice before the due date, 1.. the reminders after it.
/// Finance may replace each one (<see cref="ReminderText"/>).</summary>
internal static class DunningTemplates
{
    public const int FriendlyNotice = 0;

    private const string Closing =
        "Met vriendelijke groeten,\n" +
        "Eigen Vermogen Digitaal Vlaanderen – Financiën\n";

    public static string StepName(int step, int steps) =>
        step == FriendlyNotice ? "Vriendelijke herinnering vóór de vervaldag" : step == 1 ? "Herinnering" : step == steps ? "Laatste herinnering" : $"{step}e herinnering";

    public static DunningTemplate Default(int step, int steps) => step == FriendlyNotice
        ? new("Factuur {factuurnummer} voor de Mijn Burgerprofiel-app vervalt op {vervaldag}",
            "Beste {naam},\n\n" +
            "Factuur {factuurnummer} van {factuurdatum} aan {bestuur} voor het abonnement op de Mijn Burgerprofiel-app, {bedrag}, " +
            "vervalt op {vervaldag}.\n\n" +
            "{reeds_betaald}" +
            "Wil je {openstaand} tijdig overschrijven naar rekening {iban} van Eigen Vermogen Digitaal Vlaanderen " +
            "met de gestructureerde mededeling {gestructureerde_mededeling}? Met die mededeling wordt je betaling automatisch verwerkt.\n\n" +
            "Heb je al betaald, dan mag je dit bericht als niet verzonden beschouwen. " +
            "Met vragen over deze factuur kun je op deze e-mail antwoorden.\n\n" + Closing)
        : new($"{StepName(step, steps)}: factuur {{factuurnummer}} voor de Mijn Burgerprofiel-app is vervallen",
            "Beste {naam},\n\n" +
            "Factuur {factuurnummer} van {factuurdatum} aan {bestuur} voor het abonnement op de " +
            "Mijn Burgerprofiel-app, {bedrag} met vervaldatum {vervaldag}, is nog niet volledig betaald.\n\n" +
            "{reeds_betaald}" +
            "Wil je {openstaand} overschrijven naar rekening {iban} van Eigen Vermogen Digitaal Vlaanderen " +
            "met de gestructureerde mededeling {gestructureerde_mededeling}? Met die mededeling wordt je betaling automatisch verwerkt.\n\n" +
            "Heb je intussen betaald, dan mag je deze herinnering als niet verzonden beschouwen. " +
            "Met vragen over deze factuur kun je op deze e-mail antwoorden.\n\n" + Closing);
}
