using System.Globalization;
using System.Text;
using Platform.Kernel.Formatting;
using StatusPage.Notifications;
using StatusPage.Public;
using static StatusPage.Public.Html;

namespace StatusPage.Checks;

/// <summary>The public page of one component: response time over 24 h, 7 d and 90 d as SVG (no JavaScript), each with
/// its figures in text, and the uptime measured by the checks next to the incident-based availability.</summary>
internal static class ChartRenderer
{
    private const int Width = 720, Height = 180, Left = 56, Bottom = 24, Top = 12;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Page(ComponentChartData d, DateTimeOffset now)
    {
        var sb = new StringBuilder(32 * 1024);
        var title = $"Responstijd en uptime van {d.Name}";
        Open(sb, title, null);
        sb.Append("<h1>").Append(E(title)).Append("</h1><p><a href=\"/status\">Terug naar de status</a></p>");
        sb.Append("<p class=\"figures\">").Append(d.Product is null ? "" : E(d.Product) + " · ").Append("bijgewerkt op ").Append(E(StatusTexts.When(now)))
          .Append(" (Belgische tijd). Uptime volgens controles: het aandeel geslaagde automatische controles. Beschikbaarheid volgens storingen: de tijd zonder gemelde storing of onaangekondigd onderhoud.</p>");
        if (d.Availability is { } a)
            sb.Append("<p>Huidige status: <strong>").Append(E(a.Status.ToDutch())).Append("</strong>. Beschikbaarheid volgens storingen, 90 dagen: ")
              .Append(a.Ninety is null ? "geen gegevens" : DayBars.FormatPercentage(a.Ninety.Percentage)).Append("; deze maand tot nu: ")
              .Append(a.Month is null ? "geen gegevens" : DayBars.FormatPercentage(a.Month.Percentage)).Append(".</p>");
        if (d.Checks == 0)
        {
            sb.Append("<p>Voor dit onderdeel zijn er geen automatische controles.</p>");
            Close(sb);
            return sb.ToString();
        }
        foreach (var (s, i) in d.Series.Select((s, i) => (s, i))) Series(sb, s, i, d.Availability, i == 2);
        Close(sb);
        return sb.ToString();
    }

    private static void Series(StringBuilder sb, ChartSeries s, int index, ComponentView? availability, bool ninety)
    {
        var id = "grafiek-" + index;
        sb.Append("<section aria-labelledby=\"").Append(id).Append("\" class=\"card\"><h2 id=\"").Append(id).Append("\">").Append(E(s.Title)).Append("</h2>");
        var summary = Summary(s);
        sb.Append("<p id=\"").Append(id).Append("-tekst\">").Append(E(summary));
        if (ninety && availability?.Ninety is { } n) sb.Append(" Beschikbaarheid volgens storingen: ").Append(E(DayBars.FormatPercentage(n.Percentage))).Append('.');
        sb.Append("</p>");
        Svg(sb, s, id);
        sb.Append("</section>");
    }

    public static string Summary(ChartSeries s) => s.Count == 0
        ? "Nog geen resultaten van controles in deze periode."
        : $"Uptime volgens controles: {Percent(s.Uptime!.Value)} ({s.Count - s.Failures} van {s.Count} controles geslaagd). "
          + (s.AvgMs is { } avg ? $"Gemiddelde responstijd {Ms(avg)}, hoogste 95e percentiel per uur {s.P95Ms} ms." : "Geen geslaagde controles.");

    private static void Svg(StringBuilder sb, ChartSeries s, string id)
    {
        var max = Math.Max(10, s.Points.Max(p => p.P95Ms ?? (int)(p.AvgMs ?? 0)));
        max = (int)(Math.Ceiling(max / 50.0) * 50);
        var plotW = Width - Left - 8;
        var plotH = Height - Top - Bottom;
        double X(int i) => Left + (s.Points.Count == 1 ? 0 : plotW * i / (double)(s.Points.Count - 1));
        double Y(double ms) => Top + plotH - plotH * Math.Min(ms, max) / max;
        sb.Append("<svg class=\"chart\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(Height).Append("\" role=\"img\" aria-labelledby=\"")
          .Append(id).Append("-titel ").Append(id).Append("-tekst\" focusable=\"false\"><title id=\"").Append(id).Append("-titel\">")
          .Append(E($"Responstijd {s.Title.ToLowerInvariant()}, {s.Scale}, schaal 0 tot {max} ms")).Append("</title>");
        foreach (var tick in new[] { 0, max / 2, max })
            sb.Append("<line x1=\"").Append(Left).Append("\" x2=\"").Append(Width - 8).Append("\" y1=\"").Append(F(Y(tick))).Append("\" y2=\"").Append(F(Y(tick)))
              .Append("\" class=\"grid\"/><text x=\"").Append(Left - 6).Append("\" y=\"").Append(F(Y(tick) + 4)).Append("\" text-anchor=\"end\">").Append(tick).Append(" ms</text>");
        // Failed hours or days: a mark below the axis (shape, not colour alone).
        for (var i = 0; i < s.Points.Count; i++)
            if (s.Points[i].Failures > 0)
                sb.Append("<rect class=\"fail\" x=\"").Append(F(X(i) - 2)).Append("\" y=\"").Append(Top + plotH + 2).Append("\" width=\"4\" height=\"8\"/>");
        var line = new StringBuilder();
        for (var i = 0; i < s.Points.Count; i++)
            if (s.Points[i].AvgMs is { } avg) line.Append(F(X(i))).Append(',').Append(F(Y(avg))).Append(' ');
        if (line.Length > 0) sb.Append("<polyline class=\"avg\" points=\"").Append(line.ToString().TrimEnd()).Append("\"/>");
        sb.Append("<text x=\"").Append(Left).Append("\" y=\"").Append(Height - 2).Append("\">").Append(E(Dutch.DateTime(s.Points[0].Start))).Append("</text>")
          .Append("<text x=\"").Append(Width - 8).Append("\" y=\"").Append(Height - 2).Append("\" text-anchor=\"end\">nu</text></svg>");
    }

    private static string F(double v) => v.ToString("0.#", Inv);

    private static string Ms(double ms) => ms.ToString("#,0", CultureInfo.GetCultureInfo("nl-BE")) + " ms";

    private static string Percent(double p) => p.ToString("0.00", CultureInfo.GetCultureInfo("nl-BE")) + " %";
}
