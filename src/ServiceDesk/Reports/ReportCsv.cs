using System.Globalization;
using Platform.Kernel.Export;
using Platform.Kernel.Formatting;

namespace ServiceDesk.Reports;

/// <summary>The report as CSV in the platform's convention (kernel <see cref="Csv"/>: semicolon-separated, decimal comma, UTF-8 with BOM, formula-safe).</summary>
internal static class ReportCsv
{
    public static byte[] Write(MonthlyReportFigures r, string scope)
    {
        var csv = new List<IReadOnlyList<ExportCell>>();
        {
            void Row(params string[] cells) => csv.Add([.. cells.Select(ExportCell.Of)]);
            Row("Servicedeskrapport", scope, $"{r.Month:D2}/{r.Year}");
            Row("Prioriteit", "Aantal incidenten");
            foreach (var (p, n) in r.PerPriority.OrderBy(x => x.Key)) Row(p.ToString(), n.ToString(CultureInfo.InvariantCulture));
            Row("Totaal", r.Total.ToString(CultureInfo.InvariantCulture));
            Row("Doelstelling", "Gehaald", "Overschreden", "Nog lopend", "Gehaald (%)", "Mediaan (werkuren)", "90e percentiel (werkuren)");
            Stats("Reactie", r.Response);
            Stats("Oplossing", r.Resolution);
            Row("Overschrijdingen");
            Row("Nummer", "Lokaal bestuur", "Titel", "Prioriteit", "Gemeld", "Doelstelling", "Doel (werkuren)", "Verstreken (werkuren)", "Id");
            foreach (var b in r.Breaches)
                Row(b.Number, b.Tenant, b.Title, b.Priority.ToString(), Dutch.DateTime(b.ReportedAt), ReportText.Clock(b.Clock),
                    ReportText.Hours(b.Target.TotalHours), ReportText.Hours(b.Elapsed.TotalHours), b.Key.ToString());

            void Stats(string name, ObjectiveStats s) => Row(name, s.Met.ToString(CultureInfo.InvariantCulture),
                s.Breached.ToString(CultureInfo.InvariantCulture), s.Open.ToString(CultureInfo.InvariantCulture),
                ReportText.Percent(s.MetPercent), ReportText.Hours(s.MedianHours), ReportText.Hours(s.P90Hours));
        }
        return Csv.Write(csv);
    }
}

/// <summary>Dutch wording and number formats shared by the report page, CSV and PDF.</summary>
internal static class ReportText
{
    public static string Clock(string clock) => clock == "response" ? "Reactie" : "Oplossing";

    public static string Hours(double? hours) => hours is { } h ? h.ToString("0.00", Dutch.Culture) : "–";

    public static string Percent(double? percent) => percent is { } p ? p.ToString("0.0", Dutch.Culture) + " %" : "–";

    public static string Month(int year, int month) => new DateTime(year, month, 1).ToString("MMMM yyyy", Dutch.Culture);

    /// <summary>"yyyy-MM" as "maart 2026"; the key itself when it is no month.</summary>
    public static string MonthOf(string key) => TenantServiceReport.TryParseMonth(key, out var y, out var m) ? Month(y, m) : key;
}
