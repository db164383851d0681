using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Formatting;
using StatusPage.Reports;

namespace StatusPage.Reports;

/// <summary>The monthly availability report as PDF or CSV (the same files subscribers receive).</summary>
internal static class ReportsApi
{
    public static void MapReportsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/reports/availability.pdf", (string? month, MonthlyAvailability reports, TimeProvider clock, CancellationToken ct) =>
                FileAsync(month, "pdf", reports, clock, ct))
            .WithSummary("Monthly availability report per product and component against 99.9 % (PDF); month=yyyy-MM.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf").ProducesValidationProblem();
        api.MapGet("/reports/availability.csv", (string? month, MonthlyAvailability reports, TimeProvider clock, CancellationToken ct) =>
                FileAsync(month, "csv", reports, clock, ct))
            .WithSummary("Monthly availability report (CSV, ';', UTF-8 with BOM); month=yyyy-MM.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem();
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> FileAsync(
        string? month, string kind, MonthlyAvailability reports, TimeProvider clock, CancellationToken ct)
    {
        if (ReportMonth.Parse(month, Dutch.Today(clock), out var year, out var number) is { } error)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ReportMonth.Field] = [error] });
        var report = await reports.BuildAsync(year, number, null, ct);
        return kind == "pdf"
            ? TypedResults.File(AvailabilityReportPdf.Render(report), "application/pdf", ReportText.FileName(report, "pdf"))
            : TypedResults.File(AvailabilityReportCsv.Write(report), Platform.Kernel.Export.Csv.ContentType, ReportText.FileName(report, "csv"));
    }
}
