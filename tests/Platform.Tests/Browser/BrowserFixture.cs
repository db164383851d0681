using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Browser;

/// <summary>The platform on a real Kestrel port (SQLite) and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public SqliteApp App { get; } = new();

    public string BaseUrl { get; private set; } = "";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Browser tests need Debian's Chromium at {ChromiumPath} (apt-get install chromium; .ci/run does).");
        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1").TrimEnd('/');
        App.ClientOptions.BaseAddress = new Uri(BaseUrl);
        // The first page makes the data-protection key ring (stored in the database); make it before any test's sign-in
        // races another request for it.
        using (var warmUp = new HttpClient { BaseAddress = new Uri(BaseUrl) })
            (await warmUp.GetAsync("/aanmelden")).EnsureSuccessStatusCode();
        _playwright = await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(20_000);
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public const string Password = "Browser-test-wachtwoord-1";

    /// <summary>Signs in through the login page; when the home page does not follow, says what the browser shows instead.</summary>
    public async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
        try
        {
            await page.WaitForPageAsync(BaseUrl + "/");
        }
        catch (TimeoutException e)
        {
            var shown = await page.Locator("main").InnerTextAsync(new() { Timeout = 5_000 }).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "(no main)");
            throw new TimeoutException($"Sign-in of {email} did not reach the home page; the browser is at {page.Url} showing: {shown}", e);
        }
    }

    /// <summary>A new user with <paramref name="role"/> (and tenant, for a tenant role), signed in on a fresh page.</summary>
    public async Task<IPage> SignedInAsync(string role, string? tenant = null)
    {
        var user = await App.Api().CreateUserAsync(role, tenant, password: Password);
        var page = await NewPageAsync();
        await SignInAsync(page, user.Email);
        return page;
    }

    /// <summary>axe (WCAG 2.1 A/AA) at the desktop (1366 px) and the phone (390 px) width, and the document no wider than
    /// the phone's viewport (tables scroll inside themselves, never the whole page); back at the desktop width after.
    /// The one check every browser test uses for "accessible at both widths".</summary>
    public static async Task AssertAccessibleAtBothWidthsAsync(IPage page)
    {
        await page.SetViewportSizeAsync(1366, 768);
        await AssertAccessibleAsync(page);
        await page.SetViewportSizeAsync(390, 844);
        await AssertAccessibleAsync(page);
        await AssertNoWiderThanViewportAsync(page);
        await page.SetViewportSizeAsync(1366, 768);
    }

    /// <summary>Fails when the document is wider than the viewport, naming the elements that stick out (innermost first,
    /// with the descendants about as wide) so the failure says what to fix.</summary>
    public static async Task AssertNoWiderThanViewportAsync(IPage page)
    {
        var (document, viewport) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("window.innerWidth"));
        if (document <= viewport) return;
        var wide = await page.EvaluateAsync<string[]>(@"w => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > w && ![...e.children].some(c => c.getBoundingClientRect().right > w))
            .slice(0, 8).flatMap(o => [o, ...[...o.querySelectorAll('*')].filter(d => d.getBoundingClientRect().width > o.getBoundingClientRect().width - 60)]).slice(0, 30).map(e => `${e.tagName.toLowerCase()}#${e.id}.${e.className} right=${Math.round(e.getBoundingClientRect().right)} width=${Math.round(e.getBoundingClientRect().width)}`)", viewport);
        Assert.Fail($"{page.Url} is {document} px wide in a {viewport} px viewport: {string.Join("; ", wide)}");
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "nl-BE" });
        // CI has 2 CPUs shared with the parallel HTTP tests: a sign-in (PBKDF2) can take seconds there. Generous waits keep the
        // tests about behaviour, not about the machine's load.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>Runs axe-core on the page and fails with the list of WCAG 2.1 A/AA violations, if any.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(violations.Count == 0, $"axe found on {page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
        Assert.True(result.Passes.Length > 10, "axe ran no rules");
    }
}

/// <summary>The browser tests run in two collections, each with a fixture of its own (its own host on its own Kestrel port,
/// SQLite file and mail folder, and its own Chromium), so xUnit runs the two halves in parallel. Nothing in the fixture is
/// static; a class goes to the half that keeps their durations (scripts/slowest-tests.py) about even.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>The second half of the browser tests (see <see cref="BrowserCollection"/>).</summary>
[CollectionDefinition(Name)]
public sealed class SecondBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser-2";
}
