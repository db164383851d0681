using Platform.Kernel.Export;

namespace StatusPage.Reports;

/// <summary>The monthly availability report as CSV in the platform's convention (ADR 0009): a figures section per product and
/// component, then maintenance, then incidents.</summary>
internal static class AvailabilityReportCsv
{
    public static byte[] Write(AvailabilityMonthReport r)
    {
        var rows = new List<IReadOnlyList<ExportCell>>
        {
            new ExportCell[] { "Beschikbaarheidsrapport", r.MonthName, "Doel 99,9 %; aangekondigd onderhoud telt niet mee" },
            new ExportCell[] { "Product", "Onderdeel", "Beschikbaarheid (%)", "Doel gehaald", "Onbeschikbaar (min)", "Aangekondigd onderhoud (min)",
                "Niet aangekondigd onderhoud (min)", "Toegelaten onbeschikbaarheid (min)", "Budget over (min)" },
        };
        foreach (var p in r.Products)
        {
            rows.Add(Figures(p.Name, "(hele product)", p.Month, p.Budget));
            rows.AddRange(p.Components.Select(c => Figures(p.Name, c.Name, c.Month, c.Budget)));
        }
        rows.Add([]);
        rows.Add(new ExportCell[] { "Onderhoud", "Van", "Tot", "Duur (min)", "Vooraf aangekondigd", "Onderdelen" });
        rows.AddRange(r.Maintenance.Select(m => (IReadOnlyList<ExportCell>)new ExportCell[]
            { m.Title, ReportText.When(m.Start), ReportText.When(m.End), ExportCell.Decimal(ReportText.Minutes(m.Duration), 2), m.Announced ? "ja" : "nee", string.Join(", ", m.Components) }));
        rows.Add([]);
        rows.Add(new ExportCell[] { "Storing", "Begonnen", "Opgelost", "Duur (min)", "Zwaarste impact", "Onderdelen" });
        rows.AddRange(r.Incidents.Select(i => (IReadOnlyList<ExportCell>)new ExportCell[]
            { i.Title, ReportText.When(i.Start), i.End is { } end ? ReportText.When(end) : "nog niet opgelost", ExportCell.Decimal(ReportText.Minutes(i.Duration), 2), i.WorstLevel, string.Join(", ", i.Components) }));
        return Csv.Write(rows);
    }

    private static ExportCell[] Figures(string product, string component, Domain.AvailabilityReport? month, Domain.DowntimeBudget budget) =>
    [
        product, component,
        month is null ? ExportCell.Empty : ExportCell.Decimal(ReportText.CsvPercentage(month.Percentage), 4),
        ReportText.Verdict(month, budget),
        ExportCell.Decimal(ReportText.Minutes(month?.Unavailable ?? TimeSpan.Zero), 2),
        ExportCell.Decimal(ReportText.Minutes(month?.Maintenance ?? TimeSpan.Zero), 2),
        ExportCell.Decimal(ReportText.Minutes(month?.UnannouncedMaintenance ?? TimeSpan.Zero), 2),
        ExportCell.Decimal(ReportText.Minutes(budget.Allowed), 2),
        ExportCell.Decimal(ReportText.Minutes(budget.Remaining), 2),
    ];
}
