using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Billing.Payments;

namespace Billing.BankStatements;

/// <summary>Reads ISO 20022 camt.053 (versions 001.02 to 001.13) bank statements; all or nothing.</summary>
internal static class Camt053Parser
{
    private const string NamespacePrefix = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";

    /// <exception cref="CamtFormatException">Anything malformed: nothing is returned then.</exception>
    public static IReadOnlyList<BankStatement> Parse(Stream xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(xml, settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new CamtFormatException($"Het bestand is geen geldig XML-bestand (regel {e.LineNumber}, positie {e.LinePosition}). Er werd niets ingelezen.", e);
        }
        var root = document.Root!;
        var ns = root.Name.Namespace;
        if (!IsCamt053(ns.NamespaceName) || root.Name.LocalName != "Document" || root.Element(ns + "BkToCstmrStmt") is not { } body)
            throw new CamtFormatException(
                $"Het bestand is geen camt.053-rekeninguittreksel (gevonden: '{root.Name.LocalName}' in '{ns.NamespaceName}'). Er werd niets ingelezen.");
        var statements = body.Elements(ns + "Stmt").Select(s => new CamtStatementReader(ns, s).Read()).ToList();
        if (statements.Count == 0)
            throw new CamtFormatException("Het bestand bevat geen rekeninguittreksel (Stmt). Er werd niets ingelezen.");
        return statements;
    }

    public static IReadOnlyList<BankStatement> Parse(string xml)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
        return Parse(stream);
    }

    private static bool IsCamt053(string ns) =>
        ns.StartsWith(NamespacePrefix, StringComparison.Ordinal)
        && int.TryParse(ns.AsSpan(NamespacePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
        && version is >= 2 and <= 13;
}
