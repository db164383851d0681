using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Security;

/// <summary>Two-factor sign-in over HTTP through the real forms: the key the page shows gives (RFC 6238, computed here) the
/// code that switches it on; a password alone then no longer signs in; a wrong code is refused, the right one signs in; a
/// recovery code works once; API keys are unaffected; switching on and off is audited.</summary>
public abstract partial class TwoFactorTests(PlatformApp app) : DatabaseTest(app)
{
    private const string Password = "Twee-staps-wachtwoord-1";

    [SkippableFact]
    public async Task Authenticator_code_and_a_one_time_recovery_code_sign_in_and_api_keys_are_unaffected()
    {
        var user = await Api.CreateUserAsync("Finance", null, Password);
        var client = await Api.SignInAsync(user.Email, Password);
        var page = await client.GetStringAsync("/account/tweestapsverificatie");
        var key = Key().Match(page).Groups[1].Value;
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", key);

        var wrong = await Post(client, "/account/tweestapsverificatie?handler=Enable", new() { ["Code"] = "000000" });
        Assert.Contains("niet juist", wrong);
        var enabled = await Post(client, "/account/tweestapsverificatie?handler=Enable", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        var codes = RecoveryCode().Matches(enabled).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Contains("ingeschakeld", enabled);

        // The password alone now leads to the second step, not into the platform.
        var second = await PasswordStepAsync(user.Email);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/me")).StatusCode);
        Assert.Contains("Deze code is niet juist", await Post(second, "/aanmelden/tweestaps", new() { ["Code"] = "123456" }));
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/me")).StatusCode);
        // The next 30-second step (accepted as clock drift): never the code that switched it on, even within the same step.
        var signedIn = await PostRaw(second, "/aanmelden/tweestaps", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)) });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/me")).StatusCode);

        var third = await PasswordStepAsync(user.Email);
        Assert.Equal(HttpStatusCode.Redirect, (await PostRaw(third, "/aanmelden/tweestaps?handler=Recovery", new() { ["RecoveryCode"] = codes[0] })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await third.GetAsync("/api/me")).StatusCode);
        var fourth = await PasswordStepAsync(user.Email);
        Assert.Contains("Deze code is niet juist", await Post(fourth, "/aanmelden/tweestaps?handler=Recovery", new() { ["RecoveryCode"] = codes[0] }));
        Assert.Equal(HttpStatusCode.Unauthorized, (await fourth.GetAsync("/api/me")).StatusCode);

        // Automation keeps working with its key, without any code.
        Assert.Equal(HttpStatusCode.OK, (await Api.WithKey(user.Key).GetAsync("/api/me")).StatusCode);

        Assert.Contains("ingeschakeld", await client.GetStringAsync("/account/tweestapsverificatie"));
        await Post(client, "/account/tweestapsverificatie?handler=Disable", []);
        var plain = await Api.SignInAsync(user.Email, Password);
        Assert.Equal(HttpStatusCode.OK, (await plain.GetAsync("/api/me")).StatusCode);
        var audit = await Api.Admin().GetFromJsonAsync<JsonElement>("/api/admin/audit");
        var mine = audit.EnumerateArray().Where(a => a.GetProperty("subjectUserId").GetGuid() == user.Id).Select(a => a.GetProperty("action").GetString()).ToList();
        Assert.Contains("user.2fa-enabled", mine);
        Assert.Contains("user.2fa-disabled", mine);
    }

    /// <summary>Posts e-mail and password; the answer sends the browser to the second step.</summary>
    private async Task<HttpClient> PasswordStepAsync(string email)
    {
        var client = App.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = App.ClientOptions.BaseAddress, HandleCookies = true });
        var response = await PostRaw(client, "/aanmelden", new() { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/aanmelden/tweestaps", response.Headers.Location!.OriginalString);
        return client;
    }

    private static async Task<string> Post(HttpClient client, string path, Dictionary<string, string> form) =>
        await (await PostRaw(client, path, form)).Content.ReadAsStringAsync();

    private static async Task<HttpResponseMessage> PostRaw(HttpClient client, string path, Dictionary<string, string> form)
    {
        form["__RequestVerificationToken"] = await Api.FormTokenAsync(client, path.Split('?')[0]);
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("data-testid=\"sleutel\">([^<]+)<")]
    private static partial Regex Key();

    [GeneratedRegex(@"<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCode();
}

[Collection(SqliteCollection.Name)]
public sealed class TwoFactorOnSqlite(SqliteApp app) : TwoFactorTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TwoFactorOnPostgres(PostgresApp app) : TwoFactorTests(app);
