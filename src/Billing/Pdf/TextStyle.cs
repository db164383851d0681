using SkiaSharp;

namespace Billing.Pdf;

internal sealed class TextStyle(SKTypeface typeface, float size, SKColor color) : IDisposable
{
    public SKFont Font { get; } = new(typeface, size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };

    public SKPaint Paint { get; } = new() { Color = color, IsAntialias = true };

    public float Size => size;

    public float LineHeight => size * 1.45f;

    public float Measure(string text) => Font.MeasureText(text);

    public void Draw(SKCanvas canvas, string text, float x, float y, SKTextAlign align = SKTextAlign.Left) =>
        canvas.DrawText(text, x, y, align, Font, Paint);

    /// <summary>Draws <paramref name="text"/> wrapped at spaces within <paramref name="width"/>; returns the baseline after the last line.</summary>
    public float DrawWrapped(SKCanvas canvas, string text, float x, float y, float width)
    {
        foreach (var line in Wrap(text, width))
        {
            Draw(canvas, line, x, y);
            y += LineHeight;
        }
        return y;
    }

    public IReadOnlyList<string> Wrap(string text, float width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in Words(text))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Measure(candidate) > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }
        if (current.Length > 0)
            lines.Add(current);
        return lines;
    }

    // "€ 1.250,50" stays on one line.
    private static IEnumerable<string> Words(string text)
    {
        var pending = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word == "€")
            {
                pending += word + " ";
                continue;
            }
            yield return pending + word;
            pending = "";
        }
        if (pending.Length > 0)
            yield return pending.TrimEnd();
    }

    public void Dispose()
    {
        Font.Dispose();
        Paint.Dispose();
    }
}
