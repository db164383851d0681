using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Platform.Tests.Browser;

/// <summary>
/// The one way a browser test waits for the page a click or form post leads to: the browser's address is the expected one
/// and that document's own <c>document.readyState</c> is "complete", both polled. No Playwright lifecycle event is waited
/// for: CI missed the "load" event three times after a sign-in post although the page was shown and "networkidle" had
/// fired, and <c>WaitForURLAsync</c> waits for "load" whenever the address already matches, whatever its WaitUntil says
/// (Playwright .NET maps Commit to "no state", which means "load"). Polling cannot miss a state, and readyState still
/// means the stylesheet has loaded (axe's contrast checks need it).
/// </summary>
internal static class PageArrival
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    public static Task WaitForPageAsync(this IPage page, string url) =>
        ArriveAsync(page, address => address == url, url);

    public static Task WaitForPageAsync(this IPage page, Regex url) =>
        ArriveAsync(page, url.IsMatch, url.ToString());

    private static async Task ArriveAsync(IPage page, Func<string, bool> isExpected, string expected)
    {
        var waited = Stopwatch.StartNew();
        while (!(isExpected(page.Url) && await IsCompleteAsync(page)))
        {
            if (waited.Elapsed > Patience)
                throw new TimeoutException($"The browser did not arrive at {expected} within {Patience.TotalSeconds:0} s; it is at {page.Url}.");
            await Task.Delay(Interval);
        }
    }

    /// <summary>False while the document is still loading, is being replaced, or does not answer within a second.</summary>
    private static async Task<bool> IsCompleteAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<bool>("document.readyState === 'complete'").WaitAsync(TimeSpan.FromSeconds(1));
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return false;
        }
    }
}
