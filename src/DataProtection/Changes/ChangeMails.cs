using DataProtection.Domain;
using DataProtection.SubProcessors;
using Platform.Kernel.Formatting;

namespace DataProtection.Changes;

/// <summary>The Dutch texts of the notices of changes.</summary>
internal static class ChangeMails
{
    public const string DvDpo = "dpo.digitaal@vlaanderen.be";

    public static (string Subject, string Body) Announcement(PlannedChange c, SubProcessor? replaced, string tenantName, string link)
    {
        var deadline = Dutch.Date(c.ObjectionDeadline);
        var closing = "\nMet vriendelijke groeten,\nDigitaal Vlaanderen\n" +
            $"Functionaris voor gegevensbescherming van Digitaal Vlaanderen: {DvDpo}\n";
        if (c.Kind == ChangeKind.CharterVersion)
            return ($"Nieuwe versie van het verwerkingscharter van Mijn Burgerprofiel (versie {c.CharterVersion})",
                $"Beste,\n\nDigitaal Vlaanderen kondigt een nieuwe versie aan van het verwerkingscharter van Mijn Burgerprofiel, " +
                $"de verwerkersovereenkomst met {tenantName} (artikel 14.3).\n\n" +
                $"Versie: {c.CharterVersion}\nGaat in op: {Dutch.LongDate(c.EffectiveOn)}\n\nSamenvatting van de wijzigingen:\n{c.Summary}\n\n" +
                $"Je kunt de verwerkersovereenkomst tot en met {deadline} eenzijdig beëindigen. Meld dit, of je opmerkingen, op:\n{link}\n" +
                closing);

        var what = c.Kind == ChangeKind.SubProcessorReplacement && replaced is not null
            ? $"de vervanging van onderverwerker {replaced.Name} door {c.Name}"
            : $"de aanstelling van een nieuwe onderverwerker, {c.Name}";
        var location = c.InEea ? $"{c.Location} (binnen de Europese Economische Ruimte)"
            : $"{c.Location} (buiten de Europese Economische Ruimte; grond voor doorgifte: {c.TransferBasis})";
        return ($"Aangekondigde wijziging van de onderverwerkers van Mijn Burgerprofiel: {c.Name}",
            $"Beste,\n\nDigitaal Vlaanderen kondigt voor de verwerking van persoonsgegevens van {tenantName} in Mijn Burgerprofiel " +
            $"{what} aan (artikel 6.2 van het verwerkingscharter).\n\n" +
            $"Onderverwerker: {c.Name}\n" + (c.Details is null ? "" : $"Gegevens: {c.Details}\n") +
            $"Dienst: {c.Service}\nPlaats van verwerking: {location}\nGaat in op: {Dutch.LongDate(c.EffectiveOn)}\n" +
            (string.IsNullOrEmpty(c.Summary) ? "" : $"\nToelichting:\n{c.Summary}\n") +
            $"\nJe kunt tot en met {deadline} gemotiveerd bezwaar aantekenen (artikel 6.3) op:\n{link}\n" +
            "Dan zoeken we samen een oplossing: de onderverwerker wordt alsnog ingeschakeld, vervangen door een andere, of niet aangesteld. " +
            "Bij gebrek aan akkoord kun je de verwerkingsopdracht kosteloos beëindigen.\n" + closing);
    }
}
