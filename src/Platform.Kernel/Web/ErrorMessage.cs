using Microsoft.AspNetCore.Http;

namespace Platform.Kernel.Web;

/// <summary>A Dutch sentence for the person who gets an error page: a module that answers 403/404 without a body (so the
/// host renders its Dutch error page for people, or problem details for API clients) can say why here.</summary>
public static class ErrorMessage
{
    private const string Key = "Platform.ErrorMessage";

    public static void Set(HttpContext http, string dutchMessage) => http.Items[Key] = dutchMessage;

    public static string? Get(HttpContext http) => http.Items.TryGetValue(Key, out var value) ? value as string : null;

    /// <summary>True when the caller is a program (path under <c>/api</c>, or it asks for JSON and not HTML): it gets
    /// problem details. Everyone else gets a page.</summary>
    public static bool WantsProblemDetails(HttpContext http)
    {
        if (http.Request.Path.StartsWithSegments("/api"))
            return true;
        var accept = http.Request.Headers.Accept.ToString();
        return accept.Contains("json", StringComparison.OrdinalIgnoreCase)
            && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }
}
