using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Platform.Tests.Billing;

/// <summary>Poppler's tools, to read an issued PDF the way a person's viewer would.</summary>
internal static partial class PdfText
{
    /// <summary>The text, after checking that the PDF has a title and its catalog says nl-BE (every PDF the platform makes).</summary>
    public static string Extract(byte[] pdf)
    {
        Assert.Matches(@"(?m)^Title:\s+\S", OnFile(pdf, file => Run("/usr/bin/pdfinfo", file)));
        Platform.Tests.Infrastructure.PdfCatalog.AssertDutch(pdf);
        return Normalize(OnFile(pdf, file => Run("/usr/bin/pdftotext", "-enc", "UTF-8", file, "-")));
    }

    /// <summary>Renders page 1 as PNG next to the test output so a person can look at it.</summary>
    public static string RenderPng(byte[] pdf, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "billing-pdf");
        Directory.CreateDirectory(folder);
        var prefix = Path.Combine(folder, name);
        File.WriteAllBytes(prefix + ".pdf", pdf);
        Run("/usr/bin/pdftoppm", "-png", "-r", "80", "-singlefile", prefix + ".pdf", prefix);
        return prefix + ".png";
    }

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    private static string OnFile(byte[] pdf, Func<string, string> tool)
    {
        var file = Path.Combine(Path.GetTempPath(), $"billing-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try { return tool(file); }
        finally { File.Delete(file); }
    }

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0 && error.Length == 0, $"{tool} failed or complained: {error}");
        return output;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
