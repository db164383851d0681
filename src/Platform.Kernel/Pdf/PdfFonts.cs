using SkiaSharp;

namespace Platform.Kernel.Pdf;

/// <summary>DejaVu Sans (Latin subset) shipped inside this assembly for every PDF the platform draws (invoices,
/// reports): the documents look the same on every machine, with or without system fonts.</summary>
public static class PdfFonts
{
    private static readonly Lazy<SKTypeface> LazyRegular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> LazyBold = new(() => Load("DejaVuSans-Bold.ttf"));

    public static SKTypeface Regular => LazyRegular.Value;

    public static SKTypeface Bold => LazyBold.Value;

    /// <summary>A font for text in a PDF: unhinted, linear metrics, subpixel positions. Hinted (rounded) advances put glyphs
    /// where the font's own widths do not, and text extractors such as pdftotext then read words letter-spaced
    /// ("opgem aakt").</summary>
    public static SKFont TextFont(SKTypeface typeface, float size) =>
        new(typeface, size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };

    private static SKTypeface Load(string file)
    {
        var name = $"Platform.Kernel.Pdf.Fonts.{file}";
        var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded font {name} is missing from the kernel assembly.");
        // SkiaSharp copies the font into native memory and disposes the stream.
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"Embedded font {name} could not be read.");
    }
}
