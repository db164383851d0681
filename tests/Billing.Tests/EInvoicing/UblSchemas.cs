using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Billing.Tests.EInvoicing;

/// <summary>The OASIS UBL 2.1 XSDs from ../shared/schemas/ubl-2.1, relative to the repository root.</summary>
internal static class UblSchemas
{
    private static readonly Lazy<XmlSchemaSet> Set = new(Load);

    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "schemas", "ubl-2.1"));
            throw new InvalidOperationException("Platform.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <returns>The schema errors and warnings; empty when the document is valid.</returns>
    public static IReadOnlyList<string> Validate(XDocument document)
    {
        if (!Set.Value.Contains(document.Root!.Name.NamespaceName))
            return [$"No schema for {document.Root.Name}"];
        var errors = new List<string>();
        // Round-trip through text so the validator sees exactly what would be sent.
        var copy = XDocument.Parse(document.ToString(SaveOptions.DisableFormatting));
        copy.Validate(Set.Value, (_, e) => errors.Add($"{e.Severity}: {e.Message}"));
        return errors;
    }

    private static XmlSchemaSet Load()
    {
        // The xmldsig schema carries an internal DTD subset; these are trusted local files.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        foreach (var name in new[] { "UBL-Invoice-2.1.xsd", "UBL-CreditNote-2.1.xsd" })
        {
            using var reader = XmlReader.Create(Path.Combine(Folder, "maindoc", name), settings);
            set.Add(null, reader);
        }
        set.Compile();
        return set;
    }
}
