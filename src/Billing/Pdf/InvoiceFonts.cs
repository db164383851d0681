using SkiaSharp;

namespace Billing.Pdf;

/// <summary>DejaVu Sans shipped inside the assembly: the PDF looks the same on every machine, with or without system fonts.</summary>
internal static class InvoiceFonts
{
    private static readonly Lazy<SKTypeface> LazyRegular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> LazyBold = new(() => Load("DejaVuSans-Bold.ttf"));

    public static SKTypeface Regular => LazyRegular.Value;

    public static SKTypeface Bold => LazyBold.Value;

    private static SKTypeface Load(string file)
    {
        var name = $"Billing.Pdf.Fonts.{file}";
        var stream = typeof(InvoiceFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded font {name} is missing from the Billing assembly.");
        // SkiaSharp copies the font into native memory and disposes the stream.
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"Embedded font {name} could not be read.");
    }
}
