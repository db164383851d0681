using System.Text.RegularExpressions;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Model;

/// <summary>One way to show form errors (docs/decisions/0023-one-way-to-show-form-errors.md): a page writes
/// <c>&lt;error-summary /&gt;</c> and marks each field with <c>error-for="key"</c>; the kernel's tag helpers write the
/// summary, the message, <c>aria-invalid</c> and <c>aria-describedby</c> from the page's model state. The guard scans every
/// <c>.cshtml</c> under <c>src</c> and fails on the old ways: MVC's <c>asp-validation-for</c>/<c>asp-validation-summary</c>,
/// a hand-written <c>class="field-error"</c> or <c>class="error-summary"</c>, and a module's own <c>_Errors</c> partial.</summary>
public sealed partial class FormErrorsGuardTests
{
    [Fact]
    public void Pages_show_form_errors_with_the_kernel_tag_helpers()
    {
        var files = Repository.SourceFiles("*.cshtml");
        Assert.True(files.Count > 50, $"only {files.Count} pages found");
        Assert.Contains(files, f => f.Text.Contains("<error-summary />", StringComparison.Ordinal));

        var problems = Problems(files).Select(p => p.Message).ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_guard_finds_each_old_way()
    {
        var files = new List<(string, string)>
        {
            ("src/ServiceDesk/Pages/Desk/A.cshtml", "<span asp-validation-for=\"Input.Title\" id=\"titel-fout\"></span>"),
            ("src/Platform/Pages/Account/B.cshtml", "<div asp-validation-summary=\"All\" role=\"alert\"></div>"),
            ("src/Billing/Pages/Facturen/C.cshtml", "@if (e is not null) { <span id=\"year-error\" class=\"field-error\">@e</span> }"),
            ("src/Tenants/Pages/Beheer/D.cshtml", "<div class=\"error-summary\" role=\"alert\"><h2>Er ging iets mis</h2></div>"),
            ("src/DataProtection/Pages/Gegevensbescherming/E.cshtml", "<partial name=\"_Errors\" model=\"Model.Errors\" />"),
            ("src/Tenants/Pages/Shared/_Errors.cshtml", "@model IReadOnlyDictionary<string, string[]>"),
            ("src/StatusPage/Pages/Beheer/Status/Fine.cshtml", "<error-summary />\n<input id=\"Title\" name=\"Title\" error-for=\"Title\" error-id=\"titel-fout\" />\n<p class=\"hint\">field-error is a CSS class</p>"),
        };

        var problems = Problems(files).Select(p => p.Path).ToList();

        Assert.Equal(["src/ServiceDesk/Pages/Desk/A.cshtml", "src/Platform/Pages/Account/B.cshtml", "src/Billing/Pages/Facturen/C.cshtml",
            "src/Tenants/Pages/Beheer/D.cshtml", "src/DataProtection/Pages/Gegevensbescherming/E.cshtml", "src/Tenants/Pages/Shared/_Errors.cshtml"], problems);
    }

    internal static List<(string Path, string Message)> Problems(IEnumerable<(string Path, string Text)> files)
    {
        var problems = new List<(string, string)>();
        foreach (var (path, text) in files)
        {
            var found = new List<string>();
            if (Path.GetFileName(path) == "_Errors.cshtml") found.Add("is a module's own error partial");
            foreach (Match m in OldWay().Matches(text)) found.Add($"writes {m.Value}");
            if (found.Count > 0)
                problems.Add((path, $"{path}: {string.Join("; ", found.Distinct())} — use <error-summary /> and error-for=\"key\" (ADR 0023)"));
        }
        return problems;
    }

    [GeneratedRegex(@"asp-validation-(?:for|summary)|class=""(?:field-error|error-summary)[ ""]|<partial\s+name=""_Errors""")]
    private static partial Regex OldWay();
}
