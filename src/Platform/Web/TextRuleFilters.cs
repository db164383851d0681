using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Platform.Kernel.Text;

namespace Platform.Web;

/// <summary>Applies the kernel's <see cref="TextRule"/> to every request field of every module before a handler runs:
/// API endpoints answer 400 problem details naming the field; page forms a Dutch 400 page. Nothing is written.</summary>
internal static class TextRuleFilters
{
    public static TBuilder WithTextRule<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory(Factory);

    private static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var services = context.ApplicationServices.GetService<IServiceProviderIsService>();
        var parameters = context.MethodInfo.GetParameters();
        var inspect = parameters.Select(p => ShouldInspect(p, services)).ToArray();
        if (!inspect.Contains(true)) return next;
        return async invocation =>
        {
            var errors = new Dictionary<string, string[]>();
            for (var i = 0; i < parameters.Length && i < invocation.Arguments.Count; i++)
                if (inspect[i])
                    TextInspector.Walk(invocation.Arguments[i], invocation.Arguments[i] is string || IsList(parameters[i].ParameterType) ? parameters[i].Name ?? "" : "", errors, 0);
            return errors.Count > 0
                ? TypedResults.ValidationProblem(errors, title: "De aanvraag bevat tekst die niet aanvaard wordt.")
                : await next(invocation);
        };
    }

    private static bool IsList(Type t) => t != typeof(string) && typeof(IEnumerable).IsAssignableFrom(t);

    private static bool ShouldInspect(ParameterInfo p, IServiceProviderIsService? services)
    {
        var t = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        if (p.GetCustomAttribute<FromServicesAttribute>() is not null || services?.IsService(t) == true) return false;
        if (t == typeof(string)) return true;
        if (IsList(t)) return t.IsGenericType && t.GetGenericArguments().All(a => a == typeof(string) || TextInspector.IsRequestType(a));
        return TextInspector.IsRequestType(t);
    }

    /// <summary>Page forms: the handler's arguments and the page's bound properties.</summary>
    internal sealed class PageFilter : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            var errors = new Dictionary<string, string[]>();
            foreach (var (name, value) in context.HandlerArguments)
                if (value is string || (value is not null && (TextInspector.IsRequestType(value.GetType()) || value is IEnumerable)))
                    TextInspector.Walk(value, name, errors, 0);
            var page = context.HandlerInstance;
            var bindAll = page.GetType().GetCustomAttribute<BindPropertiesAttribute>() is not null;
            foreach (var property in page.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                if ((bindAll || property.GetCustomAttribute<BindPropertyAttribute>() is not null || property.GetCustomAttribute<FromRouteAttribute>() is not null
                        || property.GetCustomAttribute<FromQueryAttribute>() is not null || property.GetCustomAttribute<FromFormAttribute>() is not null)
                    && property.GetIndexParameters().Length == 0)
                    WalkPageValue(property.GetValue(page), property.Name, errors);
            if (errors.Count == 0)
            {
                await next();
                return;
            }
            context.Result = new ContentResult
            {
                StatusCode = StatusCodes.Status400BadRequest, ContentType = "text/html; charset=utf-8",
                Content = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Ongeldige invoer</title>" +
                          "<link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main class=\"card narrow\"><h1>Ongeldige invoer</h1>" +
                          "<ul role=\"alert\">" + string.Concat(errors.Values.SelectMany(m => m).Select(m => "<li>" + System.Net.WebUtility.HtmlEncode(m) + "</li>")) +
                          "</ul><p>Ga terug, pas de invoer aan en probeer het opnieuw.</p></main></body></html>",
            };
        }

        private static void WalkPageValue(object? value, string name, Dictionary<string, string[]> errors)
        {
            // Page fields are named as in the form (Input.Description), not camel-cased.
            if (value is null || value is string || value is IEnumerable || !TextInspector.IsRequestType(value.GetType()))
            {
                TextInspector.Walk(value, name, errors, 0);
                return;
            }
            foreach (var p in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
                TextInspector.Walk(p.GetValue(value), $"{name}.{p.Name}", errors, 1);
        }
    }
}
