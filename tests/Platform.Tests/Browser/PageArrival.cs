using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Platform.Tests.Browser;

/// <summary>
/// The one way a browser test waits for the page a click or form post leads to: the URL at commit, then the new document's
/// own <c>document.readyState</c>. Playwright's default (URL, then its "load" lifecycle event) timed out twice on CI after a
/// sign-in post although the page was shown and "networkidle" had fired: the event was missed, the page had loaded.
/// Polling the document itself cannot miss it, and still waits for the stylesheet (axe's contrast checks need it).
/// </summary>
internal static class PageArrival
{
    public static async Task WaitForPageAsync(this IPage page, string url)
    {
        await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await LoadedAsync(page);
    }

    public static async Task WaitForPageAsync(this IPage page, Regex url)
    {
        await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await LoadedAsync(page);
    }

    private static Task LoadedAsync(IPage page) =>
        page.WaitForFunctionAsync("document.readyState === 'complete'", null, new() { PollingInterval = 100 });
}
