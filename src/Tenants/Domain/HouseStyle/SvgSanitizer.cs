using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Tenants.Domain.HouseStyle;

/// <summary>Outcome of sanitising: the clean SVG (UTF-8, no XML declaration) or a Dutch error, and in Dutch what
/// was removed so the uploader can check the logo still looks right.</summary>
internal sealed record SanitizedSvg(byte[]? Svg, string? Error, IReadOnlyList<string> Removed, bool HasViewBox)
{
    public bool IsValid => Error is null;
}

/// <summary>
/// Rebuilds an uploaded SVG logo from an allow-list (<see cref="SvgAllowList"/>) so the app and the admin pages can
/// show it without running or fetching anything. The document is parsed with DTDs prohibited and no resolver
/// (no XXE, no entity expansion), then copied element by element into a fresh tree in the SVG namespace: comments,
/// processing instructions, foreign namespaces and unknown elements do not survive.
/// </summary>
internal static class SvgSanitizer
{
    public const int MaxDepth = 64;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    public static SanitizedSvg Sanitize(byte[] content)
    {
        if (content.Length == 0) return Fail("Het bestand is leeg.");

        XDocument document;
        try
        {
            document = Load(content);
        }
        catch (TooDeepException)
        {
            return Fail($"Het SVG-bestand is te diep genest (meer dan {MaxDepth} niveaus).");
        }
        catch (XmlException)
        {
            return Encoding.UTF8.GetString(content).Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase)
                ? Fail("SVG-bestanden met een DOCTYPE of entiteiten worden om veiligheidsredenen niet aanvaard.")
                : Fail("Het bestand is geen geldige SVG-afbeelding (geen correcte XML).");
        }

        if (document.Root is not { } root || root.Name != Svg + "svg")
            return Fail("Het bestand is geen SVG-afbeelding: het hoofdelement moet <svg> zijn in de SVG-namespace.");

        var removed = new List<string>();
        var clean = Copy(root, removed)!;
        clean.ReplaceAttributes([new XAttribute("xmlns", Svg.NamespaceName), .. clean.Attributes()]);
        if (clean.DescendantsAndSelf().Attributes(XLink + "href").Any())
            clean.Add(new XAttribute(XNamespace.Xmlns + "xlink", XLink.NamespaceName));

        return new SanitizedSvg(Write(clean), null, [.. removed.Distinct()], HasViewBox(clean));
    }

    /// <summary>Parses twice: a cheap streaming pass refuses deep nesting first, because building an XDocument
    /// slows down quadratically with depth (100 000 nested groups take seconds).</summary>
    private static XDocument Load(byte[] content)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = 4 * 1024 * 1024,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using (var scan = XmlReader.Create(new MemoryStream(content, writable: false), settings))
            while (scan.Read())
                if (scan.Depth > MaxDepth) throw new TooDeepException();

        using var reader = XmlReader.Create(new MemoryStream(content, writable: false), settings);
        return XDocument.Load(reader);
    }

    private static XElement? Copy(XElement source, List<string> removed)
    {
        var name = source.Name.LocalName;
        if (source.Name.Namespace != Svg || !SvgAllowList.Elements.Contains(name))
        {
            removed.Add($"element <{name}>");
            return null;
        }

        if (name == "style" && !SvgCss.IsSafe(source.Value))
        {
            removed.Add("stijlblok met externe verwijzingen of @import");
            return null;
        }

        var target = new XElement(Svg + name);
        foreach (var attribute in source.Attributes().Where(a => !a.IsNamespaceDeclaration))
        {
            if (CopyAttribute(attribute) is { } copy) target.Add(copy);
            else removed.Add($"attribuut {attribute.Name.LocalName} op <{name}>");
        }

        foreach (var node in source.Nodes())
        {
            if (node is XElement child && Copy(child, removed) is { } copied) target.Add(copied);
            else if (node is XText text && SvgAllowList.TextElements.Contains(name)) target.Add(new XText(text.Value));
        }
        return target;
    }

    private static XAttribute? CopyAttribute(XAttribute attribute)
    {
        var name = attribute.Name;
        var value = attribute.Value;

        if (name == XNamespace.Xml + "space") return new XAttribute(name, value);
        if (name.LocalName == "href" && (name.Namespace == XNamespace.None || name.Namespace == XLink))
            return value.Trim().StartsWith('#') ? new XAttribute(name, value.Trim()) : null;
        if (name.Namespace != XNamespace.None || !SvgAllowList.Attributes.Contains(name.LocalName)) return null;

        return SvgCss.IsSafe(value) ? new XAttribute(name, value) : null;
    }

    private static bool HasViewBox(XElement root)
    {
        var parts = ((string?)root.Attribute("viewBox") ?? "")
            .Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.NaN)
            .ToArray();
        return parts.Length == 4 && !parts.Any(double.IsNaN) && parts[2] > 0 && parts[3] > 0;
    }

    private static byte[] Write(XElement root)
    {
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Encoding = new UTF8Encoding(false) };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings)) root.Save(writer);
        return stream.ToArray();
    }

    private static SanitizedSvg Fail(string error) => new(null, error, [], false);

    private sealed class TooDeepException : Exception;
}
