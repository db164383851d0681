using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Platform.Web;

/// <summary>Shows refused input on the form it came from, next to its field, before the page's own handler ran: the
/// messages go into <c>ModelState</c> (form name, e.g. <c>Input.Title</c>; "" for the form as a whole) and, for pages that
/// keep their own <c>Errors</c> dictionary (the <c>_Field</c>/<c>_Errors</c> partials), under the field's camel-cased name.
/// The page's GET handler loads what the page shows; the posted values are kept, so nothing typed is lost.</summary>
internal static class PageErrors
{
    public static async Task RenderAsync(PageHandlerExecutingContext context, Dictionary<string, string[]> errors, int status)
    {
        var page = context.HandlerInstance;
        foreach (var (field, messages) in errors)
            foreach (var message in messages)
                context.ModelState.AddModelError(field, message);

        // Only what this form posted is put back: a page with several forms keeps the other forms' values as loaded.
        var form = context.HttpContext.Request.HasFormContentType ? context.HttpContext.Request.Form : null;
        var posted = TextRuleFilters.BoundProperties(page)
            .Where(p => p.CanWrite && (form is null || form.Keys.Any(k => k == p.Name || k.StartsWith(p.Name + ".", StringComparison.Ordinal))))
            .Select(p => (Property: p, Value: p.GetValue(page))).ToList();
        var rendered = await RunGetHandlerAsync(context);
        foreach (var (property, value) in posted) property.SetValue(page, value);
        if (page.GetType().GetProperty("Errors", BindingFlags.Public | BindingFlags.Instance)?.GetValue(page) is IDictionary<string, string[]> own)
            foreach (var (field, messages) in errors)
                own[OwnName(field)] = messages;

        if (rendered)
        {
            context.Result = new PageResult { StatusCode = status };
            return;
        }
        // A page without a GET handler that can show it: a short Dutch page with the messages.
        context.Result = new ContentResult
        {
            StatusCode = status, ContentType = "text/html; charset=utf-8",
            Content = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Ongeldige invoer</title>" +
                      "<link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main class=\"card narrow\"><h1>Ongeldige invoer</h1>" +
                      "<ul role=\"alert\">" + string.Concat(errors.Values.SelectMany(m => m).Select(m => "<li>" + System.Net.WebUtility.HtmlEncode(m) + "</li>")) +
                      "</ul><p>Ga terug, pas de invoer aan en probeer het opnieuw.</p></main></body></html>",
        };
    }

    /// <summary><c>Input.PostalCode</c> → <c>postalCode</c>: the key such pages use for their fields.</summary>
    private static string OwnName(string field) =>
        field.Length == 0 ? "" : JsonNamingPolicy.CamelCase.ConvertName(field[(field.LastIndexOf('.') + 1)..]);

    /// <summary>Runs the page's plain GET handler (<c>OnGet</c>/<c>OnGetAsync</c>) with the request's route, query and
    /// handler values; true when it answered with the page itself.</summary>
    private static async Task<bool> RunGetHandlerAsync(PageHandlerExecutingContext context)
    {
        var handler = context.ActionDescriptor.HandlerMethods.FirstOrDefault(h => string.Equals(h.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase) && h.Name is null);
        if (handler is null) return true; // nothing to load: the page renders from its properties
        var http = context.HttpContext;
        var arguments = new List<object?>();
        foreach (var parameter in handler.MethodInfo.GetParameters())
        {
            var type = parameter.ParameterType;
            if (type == typeof(CancellationToken)) { arguments.Add(http.RequestAborted); continue; }
            if (context.HandlerArguments.TryGetValue(parameter.Name!, out var known) && (known is null || type.IsInstanceOfType(known))) { arguments.Add(known); continue; }
            var text = context.RouteData.Values.TryGetValue(parameter.Name!, out var route) ? Convert.ToString(route, System.Globalization.CultureInfo.InvariantCulture)
                : http.Request.Query.TryGetValue(parameter.Name!, out var query) ? query.ToString() : null;
            if (text is not null && TryConvert(text, type, out var converted)) { arguments.Add(converted); continue; }
            if (http.RequestServices.GetService(type) is { } service) { arguments.Add(service); continue; }
            if (parameter.HasDefaultValue) { arguments.Add(parameter.DefaultValue); continue; }
            arguments.Add(type.IsValueType ? Activator.CreateInstance(type) : null);
        }
        var result = handler.MethodInfo.Invoke(context.HandlerInstance, arguments.ToArray());
        if (result is Task task)
        {
            await task;
            // Declared Task<T> only: an async Task method's runtime type is a Task<VoidTaskResult>.
            result = handler.MethodInfo.ReturnType.IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
        }
        return result is null or PageResult;
    }

    private static bool TryConvert(string text, Type type, out object? value)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        try
        {
            value = target == typeof(Guid) ? Guid.Parse(text)
                : target.IsEnum ? Enum.Parse(target, text, ignoreCase: true)
                : target == typeof(DateOnly) ? DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture)
                : Convert.ChangeType(text, target, System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            value = null;
            return false;
        }
    }
}
