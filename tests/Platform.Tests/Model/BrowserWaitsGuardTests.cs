using Platform.Tests.Infrastructure;

namespace Platform.Tests.Model;

/// <summary>Browser tests wait for the page a click leads to in one way, <see cref="Browser.PageArrival"/>: Playwright's
/// own <c>WaitForURLAsync</c> and <c>WaitForLoadStateAsync</c> wait for a "load" event CI missed three times (a red CI
/// each time), so neither is used in a browser test, not even in the helper.</summary>
public sealed class BrowserWaitsGuardTests
{
    private static readonly string[] LifecycleWaits = [".WaitForURLAsync(", ".WaitForLoadStateAsync("];

    [Fact]
    public void Browser_tests_wait_for_pages_through_page_arrival()
    {
        var folder = Path.Combine(Repository.Root, "tests", "Platform.Tests", "Browser");
        var files = Directory.EnumerateFiles(folder, "*.cs")
            .Select(f => (Path.GetRelativePath(Repository.Root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();
        Assert.True(files.Count > 20, $"only {files.Count} browser test files found");

        var offenders = Offenders(files);

        Assert.True(offenders.Count == 0, "Use page.WaitForPageAsync(url) instead of WaitForURLAsync or WaitForLoadStateAsync in: " + string.Join(", ", offenders));
    }

    [Fact]
    public void The_guard_finds_a_direct_wait()
    {
        var files = new List<(string, string)>
        {
            ("tests/Platform.Tests/Browser/A.cs", "await page.WaitForURLAsync(browser.BaseUrl + \"/\");"),
            ("tests/Platform.Tests/Browser/B.cs", "await page.WaitForPageAsync(browser.BaseUrl + \"/\");"),
            ("tests/Platform.Tests/Browser/C.cs", "await page.WaitForLoadStateAsync(LoadState.Load);"),
            ("tests/Platform.Tests/Browser/PageArrival.cs", "await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });"),
        };

        Assert.Equal(["tests/Platform.Tests/Browser/A.cs", "tests/Platform.Tests/Browser/C.cs", "tests/Platform.Tests/Browser/PageArrival.cs"], Offenders(files));
    }

    private static List<string> Offenders(IEnumerable<(string Path, string Text)> files) =>
        [.. files.Where(f => LifecycleWaits.Any(w => f.Text.Contains(w, StringComparison.Ordinal))).Select(f => f.Path)];
}
