using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Billing.Tests.Pdf;

/// <summary>Poppler's command-line tools, to read the PDF the way a person's viewer would.</summary>
internal static partial class PdfTools
{
    public static string ExtractText(byte[] pdf) => OnFile(pdf, file => Run("/usr/bin/pdftotext", "-enc", "UTF-8", file, "-"));

    public static string Info(byte[] pdf) => OnFile(pdf, file => Run("/usr/bin/pdfinfo", file));

    public static string Fonts(byte[] pdf) => OnFile(pdf, file => Run("/usr/bin/pdffonts", file));

    /// <summary>Runs of whitespace (line breaks from wrapping included) become one space.</summary>
    public static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    public static void RenderPng(byte[] pdf, string prefix)
    {
        var file = prefix + ".pdf";
        File.WriteAllBytes(file, pdf);
        Run("/usr/bin/pdftoppm", "-png", "-r", "60", "-singlefile", file, prefix);
    }

    private static string OnFile(byte[] pdf, Func<string, string> tool)
    {
        var file = Path.Combine(Path.GetTempPath(), $"billing-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            return tool(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {error}");
        return output;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
