using System.Numerics;
using Billing.Domain;

namespace Billing.EInvoicing;

/// <summary>What must hold before a Peppol document is written (see RULES.md); messages in Dutch for finance.</summary>
internal static class EInvoiceRules
{
    public static IReadOnlyList<RuleViolation> Validate(EInvoice e)
    {
        var v = new List<RuleViolation>();
        if (string.IsNullOrWhiteSpace(e.BuyerReference) && string.IsNullOrWhiteSpace(e.OrderReference))
            v.Add(new("buyerReference", "Vul de referentie of het bestelbonnummer van de klant in: Peppol weigert een factuur zonder."));
        if (e.Amount <= 0m)
            v.Add(new("amount", "Het bedrag moet groter zijn dan € 0,00."));
        else if (decimal.Round(e.Amount, 2) != e.Amount)
            v.Add(new("amount", "Het bedrag mag hoogstens twee cijfers na de komma hebben."));
        if (e.Period.End < e.Period.Start)
            v.Add(new("period", "Het einde van de factuurperiode ligt vóór het begin."));
        if (e.Kind == InvoiceKind.Invoice)
        {
            if (e.DueDate is not { } due)
                v.Add(new("dueDate", "Een factuur heeft een vervaldatum nodig."));
            else if (due < e.IssueDate)
                v.Add(new("dueDate", "De vervaldatum ligt vóór de factuurdatum."));
            if (e.Communication is null)
                v.Add(new("communication", "Een factuur heeft een gestructureerde mededeling nodig."));
        }
        else if (e.Corrects is null)
            v.Add(new("corrects", "Een creditnota moet de factuur vermelden die ze corrigeert."));
        Party(v, "buyer", "klant", e.Buyer);
        Party(v, "seller", "verkoper", e.Seller);
        if (!IsValidIban(e.Iban))
            v.Add(new("iban", $"'{e.Iban}' is geen geldig IBAN-nummer."));
        if (e.PaymentMeansCode is not ("30" or "58"))
            v.Add(new("paymentMeansCode", "De betaalwijze moet 30 (overschrijving) of 58 (SEPA-overschrijving) zijn."));
        if (e.Pdf.Length < 5 || e.Pdf[0] != '%' || e.Pdf[1] != 'P' || e.Pdf[2] != 'D' || e.Pdf[3] != 'F')
            v.Add(new("pdf", "De bijlage is geen PDF-bestand."));
        return v;
    }

    /// <summary>PEPPOL-COMMON-R043: scheme 0208 is ten digits whose last two are 97 − (first eight mod 97).</summary>
    public static bool IsValidKbo(string? kbo)
    {
        if (kbo is null || kbo.Any(c => !char.IsAsciiDigit(c) && c is not ('.' or ' ')))
            return false;
        var digits = new string(kbo.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 10 && 97 - long.Parse(digits[..8]) % 97 == int.Parse(digits[8..]);
    }

    /// <summary>ISO 13616: move the country and check digits to the end, letters to numbers, mod 97 must be 1.</summary>
    public static bool IsValidIban(string? iban)
    {
        var s = iban?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (s is null || s.Length < 15 || s.Length > 34 || !s.All(char.IsAsciiLetterOrDigit) || !char.IsAsciiLetter(s[0]) || !char.IsAsciiLetter(s[1]))
            return false;
        var rearranged = string.Concat((s[4..] + s[..4]).Select(c => char.IsAsciiDigit(c) ? c.ToString() : (c - 'A' + 10).ToString()));
        return BigInteger.Parse(rearranged) % 97 == 1;
    }

    private static void Party(List<RuleViolation> v, string field, string who, EInvoiceParty p)
    {
        if (string.IsNullOrWhiteSpace(p.Name))
            v.Add(new($"{field}.name", $"De naam van de {who} ontbreekt."));
        if (!IsValidKbo(p.Kbo))
            v.Add(new($"{field}.kbo", $"Het ondernemingsnummer van de {who} ('{p.Kbo}') is ongeldig."));
        if (string.IsNullOrWhiteSpace(p.Street) || string.IsNullOrWhiteSpace(p.PostalCode) || string.IsNullOrWhiteSpace(p.City))
            v.Add(new($"{field}.address", $"Het adres van de {who} is onvolledig (straat, postcode en gemeente)."));
        if (p.CountryCode.Length != 2 || !p.CountryCode.All(char.IsAsciiLetterUpper))
            v.Add(new($"{field}.country", $"De landcode van de {who} moet twee hoofdletters zijn (BE)."));
    }
}
