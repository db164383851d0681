using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Abuse;

/// <summary>A host on the shared app's database with its own (low) limits, and clients for it.</summary>
internal static class AbuseKit
{
    public static WebApplicationFactory<Program> WithSettings(PlatformApp app, params (string Key, string Value)[] settings) =>
        app.WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings) b.UseSetting(key, value);
        });

    public static HttpClient Client(WebApplicationFactory<Program> factory, string? key = null, bool cookies = false)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = cookies });
        if (key is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>Posts the login form (with its antiforgery token) and returns the answer.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient cookieClient, string email, string password)
    {
        var token = await Api.FormTokenAsync(cookieClient, "/aanmelden");
        return await cookieClient.PostAsync("/aanmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
        }));
    }
}
