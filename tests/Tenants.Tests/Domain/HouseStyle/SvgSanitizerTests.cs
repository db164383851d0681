using System.Text;
using System.Xml.Linq;
using Tenants.Domain.HouseStyle;

namespace Tenants.Tests.Domain.HouseStyle;

public class SvgSanitizerTests
{
    private const string Ns = "xmlns=\"http://www.w3.org/2000/svg\"";

    private static SanitizedSvg Sanitize(string svg) => SvgSanitizer.Sanitize(Encoding.UTF8.GetBytes(svg));

    private static string Clean(string svg)
    {
        var result = Sanitize(svg);
        Assert.True(result.IsValid, result.Error);
        return Encoding.UTF8.GetString(result.Svg!);
    }

    private static XElement CleanXml(string svg) => XElement.Parse(Clean(svg));

    [Fact]
    public void Keeps_an_ordinary_logo_as_it_is()
    {
        const string logo = $$"""
            <svg {{Ns}} xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 120 40" width="120" height="40">
              <title>Stad Gent</title>
              <defs>
                <linearGradient id="g" x1="0" x2="1"><stop offset="0" stop-color="#1A4F8B"/><stop offset="1" stop-color="#009DE0"/></linearGradient>
                <path id="p" d="M0 0h10v10z"/>
                <style>.a { fill: url(#g); stroke: #000 }</style>
              </defs>
              <g transform="translate(2 2)" class="a">
                <rect width="40" height="20" rx="3" fill="url(#g)" style="stroke-width:2;fill:url('#g')"/>
                <use xlink:href="#p" x="50"/>
                <use href="#p" x="70"/>
                <text x="0" y="35" font-family="Arial" font-size="12">Gent</text>
              </g>
            </svg>
            """;
        var result = Sanitize(logo);

        Assert.True(result.IsValid, result.Error);
        Assert.Empty(result.Removed);
        Assert.True(result.HasViewBox);
        Assert.True(XNode.DeepEquals(Normalise(XElement.Parse(logo)), Normalise(XElement.Parse(Encoding.UTF8.GetString(result.Svg!)))));
    }

    private static XElement Normalise(XElement element)
    {
        foreach (var text in element.DescendantNodes().OfType<XText>().Where(t => string.IsNullOrWhiteSpace(t.Value)).ToList())
            text.Remove();
        foreach (var xmlns in element.DescendantsAndSelf().Attributes().Where(a => a.IsNamespaceDeclaration).ToList())
            xmlns.Remove();
        return element;
    }

    [Fact]
    public void Output_is_utf8_without_bom_or_declaration()
    {
        var bytes = Sanitize($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><svg {Ns} viewBox=\"0 0 1 1\"/>").Svg!;
        Assert.Equal($"<svg {Ns} viewBox=\"0 0 1 1\" />", Encoding.UTF8.GetString(bytes));
        Assert.Equal((byte)'<', bytes[0]);
    }

    [Fact]
    public void Refuses_xxe()
    {
        const string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>
            """;
        var result = Sanitize(xxe);
        Assert.Null(result.Svg);
        Assert.Equal("SVG-bestanden met een DOCTYPE of entiteiten worden om veiligheidsredenen niet aanvaard.", result.Error);
    }

    [Fact]
    public void Refuses_billion_laughs()
    {
        var entities = string.Join("\n", Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};\">"));
        var bomb = $"<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">{entities}]><svg {Ns}><text>&lol9;</text></svg>";

        var result = Sanitize(bomb);
        Assert.Equal("SVG-bestanden met een DOCTYPE of entiteiten worden om veiligheidsredenen niet aanvaard.", result.Error);
    }

    [Fact]
    public void Refuses_an_external_dtd_even_without_entities()
    {
        var result = Sanitize($"""<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg {Ns}/>""");
        Assert.Equal("SVG-bestanden met een DOCTYPE of entiteiten worden om veiligheidsredenen niet aanvaard.", result.Error);
    }

    [Fact]
    public void Removes_script_elements_also_with_a_prefix_or_cdata()
    {
        var clean = Clean($"""
            <svg {Ns} xmlns:s="http://www.w3.org/2000/svg" viewBox="0 0 1 1">
              <script>alert(1)</script>
              <s:script><![CDATA[alert(2)]]></s:script>
              <g><script type="text/javascript">alert(3)</script><rect width="1" height="1"/></g>
            </svg>
            """);
        Assert.DoesNotContain("script", clean);
        Assert.DoesNotContain("alert", clean);
        Assert.Contains("<rect", clean);
    }

    [Theory]
    [InlineData("onload=\"alert(1)\"")]
    [InlineData("ONLOAD=\"alert(1)\"")]
    [InlineData("onclick=\"alert(1)\"")]
    [InlineData("onmouseover=\"alert(1)\"")]
    [InlineData("onbegin=\"alert(1)\"")]
    public void Removes_event_handler_attributes(string handler)
    {
        var result = Sanitize($"<svg {Ns} viewBox=\"0 0 1 1\" {handler}><rect {handler} width=\"1\"/></svg>");
        var clean = Encoding.UTF8.GetString(result.Svg!);
        Assert.DoesNotContain("alert", clean);
        Assert.Contains($"attribuut {handler.Split('=')[0]} op <svg>", result.Removed);
        Assert.Contains($"attribuut {handler.Split('=')[0]} op <rect>", result.Removed);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("data:image/svg+xml;base64,PHN2Zy8+")]
    [InlineData("https://evil.example/logo.svg#p")]
    [InlineData("logo.svg#p")]
    [InlineData("//evil.example/x.svg#p")]
    [InlineData("file:///etc/passwd")]
    public void Removes_href_that_is_not_a_local_fragment(string href)
    {
        var xml = CleanXml($"""
            <svg {Ns} xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 1 1">
              <use href="{href}"/><use xlink:href="{href}"/><a href="{href}"><rect width="1"/></a>
            </svg>
            """);
        Assert.DoesNotContain(xml.DescendantsAndSelf().Attributes(), a => a.Name.LocalName == "href");
        Assert.DoesNotContain(xml.Descendants(), e => e.Name.LocalName == "a");
    }

    [Fact]
    public void Removes_external_images_and_foreign_objects()
    {
        var result = Sanitize($"""
            <svg {Ns} xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 1 1">
              <image href="https://tracker.example/pixel.png" width="1" height="1"/>
              <image xlink:href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
              <foreignObject width="100" height="100">
                <body xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.example"/><script>alert(1)</script></body>
              </foreignObject>
              <feImage href="https://evil.example/x.png"/>
              <rect width="1" height="1"/>
            </svg>
            """);
        var clean = Encoding.UTF8.GetString(result.Svg!);
        Assert.DoesNotContain("image", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("foreignObject", clean);
        Assert.DoesNotContain("evil", clean);
        Assert.DoesNotContain("tracker", clean);
        Assert.Equal(["element <image>", "element <foreignObject>", "element <feImage>"], result.Removed);
    }

    [Theory]
    [InlineData("@import url(https://evil.example/x.css);")]
    [InlineData("@import 'https://evil.example/x.css';")]
    [InlineData("@IMPORT 'x.css';")]
    [InlineData(".a { fill: url(https://evil.example/x.svg#g) }")]
    [InlineData(".a { background: url( 'data:image/png;base64,AAAA' ) }")]
    [InlineData(".a { background-image: image-set('https://evil.example/a.png' 1x) }")]
    [InlineData("@font-face { font-family: x; src: url(https://evil.example/x.woff) }")]
    [InlineData(".a { fill: \\75rl(https://evil.example/x) }")]
    [InlineData(".a { fill: u/**/rl(https://evil.example/x) }")]
    [InlineData(".a { behavior: url(#x) }")]
    [InlineData(".a { width: expression(alert(1)) }")]
    public void Removes_style_blocks_that_import_or_reach_outside(string css)
    {
        var result = Sanitize($"<svg {Ns} viewBox=\"0 0 1 1\"><style>{System.Security.SecurityElement.Escape(css)}</style><rect class=\"a\" width=\"1\"/></svg>");
        Assert.DoesNotContain("<style", Encoding.UTF8.GetString(result.Svg!));
        Assert.Equal(["stijlblok met externe verwijzingen of @import"], result.Removed);
    }

    [Theory]
    [InlineData("style", "fill:url(https://evil.example/x.svg#g)")]
    [InlineData("style", "fill:url(&quot;//evil.example/x#g&quot;)")]
    [InlineData("style", "background:url(javascript:alert(1))")]
    [InlineData("fill", "url(https://evil.example/x.svg#g)")]
    [InlineData("filter", "url(https://evil.example/f.svg#blur)")]
    [InlineData("mask", "url(data:image/svg+xml;base64,PHN2Zy8+)")]
    [InlineData("clip-path", "url(x.svg#c)")]
    public void Removes_attributes_with_external_url_references(string attribute, string value)
    {
        var result = Sanitize($"<svg {Ns} viewBox=\"0 0 1 1\"><rect {attribute}=\"{value}\" width=\"1\"/></svg>");
        Assert.DoesNotContain("evil", Encoding.UTF8.GetString(result.Svg!));
        Assert.Equal([$"attribuut {attribute} op <rect>"], result.Removed);
    }

    [Theory]
    [InlineData("fill", "url(#g)")]
    [InlineData("fill", "url('#g')")]
    [InlineData("fill", "url(\"#g\") red")]
    [InlineData("style", "fill: url( #g );stroke:#000")]
    [InlineData("fill", "#1A4F8B")]
    public void Keeps_local_url_references(string attribute, string value)
    {
        var escaped = System.Security.SecurityElement.Escape(value);
        var xml = CleanXml($"<svg {Ns} viewBox=\"0 0 1 1\"><rect {attribute}=\"{escaped}\" width=\"1\"/></svg>");
        Assert.Equal(value, (string?)xml.Elements().Single().Attribute(attribute));
    }

    [Fact]
    public void Removes_animation_that_could_rewrite_an_href()
    {
        var clean = Clean($"""
            <svg {Ns} viewBox="0 0 1 1"><a><set attributeName="href" to="javascript:alert(1)"/>
            <animate attributeName="href" values="javascript:alert(1)"/></a>
            <rect width="1"><set attributeName="fill" to="red"/></rect></svg>
            """);
        Assert.DoesNotContain("javascript", clean);
        Assert.DoesNotContain("<set", clean);
        Assert.DoesNotContain("<animate", clean);
    }

    [Fact]
    public void Removes_foreign_namespaces_and_whatever_they_contain()
    {
        var result = Sanitize($"""
            <svg {Ns} xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
                 xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
                 xmlns:x="http://example.com/evil" xmlns:svg="http://www.w3.org/2000/svg"
                 viewBox="0 0 1 1" inkscape:version="1.3" x:onload="alert(1)">
              <sodipodi:namedview id="base"/>
              <x:wrapper><svg:script>alert(2)</svg:script><svg:rect width="9"/></x:wrapper>
              <svg:g><svg:circle r="1"/></svg:g>
              <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>
            </svg>
            """);
        var clean = Encoding.UTF8.GetString(result.Svg!);
        var xml = XElement.Parse(clean);

        Assert.DoesNotContain("alert", clean);
        Assert.DoesNotContain("inkscape", clean);
        Assert.DoesNotContain("evil", clean);
        Assert.DoesNotContain("width=\"9\"", clean);
        // Prefixed SVG elements are SVG: kept, and written in the default namespace.
        Assert.Equal("circle", xml.Elements().Single().Elements().Single().Name.LocalName);
        Assert.DoesNotContain("svg:", clean);
        Assert.Contains("element <namedview>", result.Removed);
        Assert.Contains("element <wrapper>", result.Removed);
        Assert.Contains("element <metadata>", result.Removed);
        Assert.Contains("attribuut onload op <svg>", result.Removed);
    }

    [Fact]
    public void Svg_namespace_declared_under_another_default_is_still_recognised_by_namespace_not_prefix()
    {
        // "script" in the SVG namespace behind an unusual prefix, and an element called "rect" in a foreign namespace.
        var result = Sanitize("""
            <v:svg xmlns:v="http://www.w3.org/2000/svg" viewBox="0 0 1 1">
              <v:script>alert(1)</v:script>
              <rect xmlns="http://example.com/not-svg" width="5"/>
              <v:rect width="1"/>
            </v:svg>
            """);
        var clean = Encoding.UTF8.GetString(result.Svg!);
        Assert.DoesNotContain("alert", clean);
        Assert.DoesNotContain("width=\"5\"", clean);
        Assert.Contains("<rect width=\"1\" />", clean);
    }

    [Fact]
    public void Drops_processing_instructions_and_comments()
    {
        var clean = Clean($"""<?xml-stylesheet href="https://evil.example/x.css"?><svg {Ns} viewBox="0 0 1 1"><!-- <script>alert(1)</script> --><rect width="1"/></svg>""");
        Assert.DoesNotContain("evil", clean);
        Assert.DoesNotContain("alert", clean);
    }

    [Fact]
    public void Drops_xml_base_and_attributes_in_unknown_namespaces()
    {
        var result = Sanitize($"""<svg {Ns} xmlns:x="urn:x" viewBox="0 0 1 1" xml:base="https://evil.example/" x:href="https://evil.example"><rect width="1"/></svg>""");
        Assert.DoesNotContain("evil", Encoding.UTF8.GetString(result.Svg!));
    }

    [Theory]
    [InlineData("<html><body>hoi</body></html>", "Het bestand is geen SVG-afbeelding: het hoofdelement moet <svg> zijn in de SVG-namespace.")]
    [InlineData("<svg viewBox=\"0 0 1 1\"/>", "Het bestand is geen SVG-afbeelding: het hoofdelement moet <svg> zijn in de SVG-namespace.")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\">", "Het bestand is geen geldige SVG-afbeelding (geen correcte XML).")]
    [InlineData("just text", "Het bestand is geen geldige SVG-afbeelding (geen correcte XML).")]
    [InlineData("\u0089PNG", "Het bestand is geen geldige SVG-afbeelding (geen correcte XML).")]
    public void Refuses_what_is_not_an_svg(string content, string expected)
    {
        var result = Sanitize(content);
        Assert.Null(result.Svg);
        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void Refuses_an_empty_file()
    {
        Assert.Equal("Het bestand is leeg.", SvgSanitizer.Sanitize([]).Error);
    }

    [Fact]
    public void Refuses_nesting_deeper_than_the_limit_without_crashing()
    {
        var deep = string.Concat(Enumerable.Repeat("<g>", 100_000)) + string.Concat(Enumerable.Repeat("</g>", 100_000));
        Assert.Equal($"Het SVG-bestand is te diep genest (meer dan {SvgSanitizer.MaxDepth} niveaus).", Sanitize($"<svg {Ns}>{deep}</svg>").Error);

        var fine = string.Concat(Enumerable.Repeat("<g>", 60)) + string.Concat(Enumerable.Repeat("</g>", 60));
        Assert.True(Sanitize($"<svg {Ns}>{fine}</svg>").IsValid);
    }

    [Fact]
    public void Text_content_is_escaped_on_output()
    {
        var clean = Clean($"<svg {Ns} viewBox=\"0 0 1 1\"><text>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</text></svg>");
        Assert.Contains("&lt;script&gt;", clean);
        Assert.Equal("<script>alert(1)</script> & co", XElement.Parse(clean).Elements().Single().Value);
    }

    [Fact]
    public void Reads_a_latin1_declared_document()
    {
        var latin1 = Encoding.Latin1.GetBytes($"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><svg {Ns} viewBox=\"0 0 1 1\"><title>Sint-Niklaas é</title></svg>");
        var result = SvgSanitizer.Sanitize(latin1);
        Assert.True(result.IsValid, result.Error);
        Assert.Contains("Sint-Niklaas é", Encoding.UTF8.GetString(result.Svg!));
    }
}
