using Billing.Pdf;

namespace Billing.EInvoicing;

/// <summary>A seller or buyer as Peppol knows it: KBO number (scheme 0208) and a postal address.</summary>
internal sealed record EInvoiceParty(string Name, string Kbo, string Street, string PostalCode, string City, string CountryCode = "BE")
{
    public static EInvoiceParty EvDv { get; } = new("Eigen Vermogen Digitaal Vlaanderen", "0643.634.986", "Havenlaan 88", "1000", "Brussel");

    /// <summary>The KBO number as Peppol wants it: ten digits, no dots.</summary>
    public string KboDigits => new(Kbo.Where(char.IsAsciiDigit).ToArray());

    /// <summary>From the PDF's party: first address line is the street, the last one "postal code city".</summary>
    public static EInvoiceParty From(Party party)
    {
        if (party.AddressLines.Count < 2)
            throw new ArgumentException($"Het adres van {party.Name} moet een straat en een postcode met gemeente bevatten.", nameof(party));
        var last = party.AddressLines[^1].Trim();
        var space = last.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
            throw new ArgumentException($"'{last}' is geen postcode met gemeente.", nameof(party));
        return new(party.Name, party.Kbo, party.AddressLines[0].Trim(), last[..space], last[(space + 1)..].Trim());
    }
}
