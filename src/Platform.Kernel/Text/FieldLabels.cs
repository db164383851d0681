using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Platform.Kernel.Text;

/// <summary>The Dutch label of a request field, for error messages on the API and on pages alike. One way, used by
/// every module: a <see cref="DisplayAttribute"/> on the property (or the record's constructor parameter) wins; else
/// the platform's common field names below; else the field's own name.</summary>
public static class FieldLabels
{
    private static readonly ConcurrentDictionary<PropertyInfo, string?> Declared = new();

    private static readonly Dictionary<string, string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = "Naam", ["displayName"] = "Weergavenaam", ["title"] = "Titel", ["description"] = "Beschrijving",
        ["text"] = "Tekst", ["message"] = "Bericht", ["reason"] = "Reden", ["note"] = "Opmerking", ["notes"] = "Opmerkingen",
        ["email"] = "E-mailadres", ["customerEmail"] = "E-mailadres van de klant", ["requesterEmail"] = "E-mailadres van de aanvrager",
        ["requesterName"] = "Naam van de aanvrager", ["password"] = "Wachtwoord", ["slug"] = "Slug", ["reference"] = "Referentie",
        ["orderReference"] = "Bestelbonnummer", ["buyerReference"] = "Referentie van de koper", ["nisCode"] = "NIS-code",
        ["kbo"] = "Ondernemingsnummer", ["street"] = "Straat en nummer", ["postalCode"] = "Postcode", ["city"] = "Gemeente",
        ["url"] = "URL", ["source"] = "Bron", ["role"] = "Rol", ["status"] = "Status", ["priority"] = "Prioriteit",
        ["product"] = "Product", ["tenant"] = "Lokaal bestuur", ["group"] = "Groep", ["level"] = "Niveau", ["phone"] = "Telefoonnummer",
        ["date"] = "Datum", ["from"] = "Vanaf", ["to"] = "Tot en met", ["start"] = "Begin", ["end"] = "Einde",
        ["signedOn"] = "Datum van ondertekening", ["noticeSentOn"] = "Datum van de opzegging", ["requestedEnd"] = "Gevraagde einddatum",
        ["publishedOn"] = "Publicatiedatum", ["appStore"] = "Datum in de App Store", ["playStore"] = "Datum in Google Play",
        ["expiresOn"] = "Vervaldatum", ["detectedAt"] = "Ontdekt op", ["year"] = "Jaar", ["effectiveYear"] = "Jaar van inwerkingtreding",
        ["count"] = "Aantal", ["approximateCount"] = "Geschat aantal", ["nature"] = "Aard", ["consequences"] = "Gevolgen",
        ["measuresTaken"] = "Genomen maatregelen", ["measuresProposed"] = "Voorgestelde maatregelen", ["invoiceNumber"] = "Factuurnummer",
        ["settlement"] = "Afhandeling", ["impact"] = "Impact", ["workaround"] = "Omweg", ["reply"] = "Antwoord", ["body"] = "Inhoud",
        ["comment"] = "Commentaar", ["details"] = "Details", ["firstName"] = "Voornaam", ["lastName"] = "Familienaam",
        ["subject"] = "Onderwerp", ["fileName"] = "Bestandsnaam", ["color"] = "Kleur", ["primaryColor"] = "Hoofdkleur",
        ["category"] = "Categorie", ["categories"] = "Categorieën", ["component"] = "Component", ["sortOrder"] = "Volgorde",
    };

    /// <summary>The label of a field named <paramref name="field"/> (a path such as <c>address.postalCode</c> or
    /// <c>Input.Description</c>: its last part counts), declared on <paramref name="property"/> if given.</summary>
    public static string For(string field, PropertyInfo? property = null)
    {
        if (property is not null && Declared.GetOrAdd(property, DeclaredLabel) is { } declared) return declared;
        var last = field[(field.LastIndexOf('.') + 1)..];
        var bracket = last.IndexOf('[');
        if (bracket > 0) last = last[..bracket];
        return Common.TryGetValue(last, out var label) ? label : field;
    }

    /// <summary>The label declared on a parameter (minimal API query/route values).</summary>
    public static string For(string field, ParameterInfo parameter) =>
        parameter.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? For(field);

    private static string? DeclaredLabel(PropertyInfo property)
    {
        if (property.GetCustomAttribute<DisplayAttribute>()?.GetName() is { } name) return name;
        // A positional record's attribute sits on its constructor parameter unless written [property: Display(...)].
        foreach (var ctor in property.DeclaringType?.GetConstructors() ?? [])
            if (ctor.GetParameters().FirstOrDefault(p => p.Name == property.Name) is { } parameter
                && parameter.GetCustomAttribute<DisplayAttribute>()?.GetName() is { } onParameter)
                return onParameter;
        return null;
    }
}
