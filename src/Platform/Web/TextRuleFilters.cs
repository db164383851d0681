using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Platform.Kernel.Abuse;
using Platform.Kernel.Text;

namespace Platform.Web;

/// <summary>Applies the kernel's input rules — <see cref="TextRule"/> for text, <see cref="PlausibleDates"/> for dates — to every request field of every module before a handler runs: API endpoints answer 400 problem details keyed
/// by the field, with a Dutch message naming it by its label (<see cref="FieldLabels"/>); page forms show the same message
/// next to the field on the same page. Nothing is written.</summary>
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
                {
                    var argument = invocation.Arguments[i];
                    var named = argument is string || IsList(parameters[i].ParameterType) || argument is null || !TextInspector.IsRequestType(argument.GetType());
                    var name = parameters[i].Name ?? "";
                    TextInspector.Walk(argument, named ? name : "", errors, 0, named ? FieldLabels.For(name, parameters[i]) : null);
                }
            return errors.Count > 0
                ? TypedResults.ValidationProblem(errors, title: "De aanvraag bevat invoer die niet aanvaard wordt.")
                : await next(invocation);
        };
    }

    private static bool IsList(Type t) => t != typeof(string) && typeof(IEnumerable).IsAssignableFrom(t);

    private static bool ShouldInspect(ParameterInfo p, IServiceProviderIsService? services)
    {
        var t = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        if (p.GetCustomAttribute<FromServicesAttribute>() is not null || services?.IsService(t) == true) return false;
        if (t == typeof(string) || PlausibleDates.IsDateType(t)) return true;
        if (IsList(t)) return t.IsGenericType && t.GetGenericArguments().All(a => a == typeof(string) || TextInspector.IsRequestType(a));
        return TextInspector.IsRequestType(t);
    }

    /// <summary>Page forms: the rate limit of the page's policy (so a 429 is shown on the form itself), then the handler's
    /// arguments and the page's bound properties. A refusal re-renders the page with the messages next to the fields.</summary>
    internal sealed class PageFilter(KeyedLimits limits) : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            var http = context.HttpContext;
            if (IsWrite(http.Request.Method) && context.ActionDescriptor.EndpointMetadata.OfType<EnableRateLimitingAttribute>().LastOrDefault()?.PolicyName is { } policy
                && RateLimitingSetup.PagePolicies.Contains(policy)
                && !limits.TryAcquire(policy, RateLimitingSetup.ClientAddress(http), out var retryAfter))
            {
                var seconds = (int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds));
                http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await PageErrors.RenderAsync(context, new() { [""] = [$"{TooManyRequestsException.DutchMessage} Probeer het opnieuw over {RateLimitingSetup.Minutes(seconds)}."] },
                    StatusCodes.Status429TooManyRequests);
                return;
            }

            // Typed values the binders could not read (DutchModelBinding) first, then the text and date rules.
            var errors = new Dictionary<string, string[]>(DutchModelBinding.Refused(http));
            foreach (var (name, value) in context.HandlerArguments)
                if (value is not null && (value is string || TextInspector.IsRequestType(value.GetType()) || value is IEnumerable || PlausibleDates.IsDateType(value.GetType())))
                    TextInspector.Walk(value, name, errors, 0, FieldLabels.For(name));
            var page = context.HandlerInstance;
            foreach (var property in BoundProperties(page))
                WalkPageValue(property.GetValue(page), property.Name, property, errors);
            if (errors.Count == 0)
            {
                await next();
                return;
            }
            await PageErrors.RenderAsync(context, errors, StatusCodes.Status400BadRequest);
        }

        private static void WalkPageValue(object? value, string name, PropertyInfo property, Dictionary<string, string[]> errors)
        {
            // Page fields are named as in the form (Input.Description), not camel-cased.
            if (value is null || value is string || value is IEnumerable || !TextInspector.IsRequestType(value.GetType()))
            {
                TextInspector.Walk(value, name, errors, 0, FieldLabels.For(name, property));
                return;
            }
            foreach (var p in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
                TextInspector.Walk(p.GetValue(value), $"{name}.{p.Name}", errors, 1, FieldLabels.For($"{name}.{p.Name}", p));
        }
    }

    internal static IEnumerable<PropertyInfo> BoundProperties(object page)
    {
        var bindAll = page.GetType().GetCustomAttribute<BindPropertiesAttribute>() is not null;
        return page.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property =>
            (bindAll || property.GetCustomAttribute<BindPropertyAttribute>() is not null || property.GetCustomAttribute<FromRouteAttribute>() is not null
             || property.GetCustomAttribute<FromQueryAttribute>() is not null || property.GetCustomAttribute<FromFormAttribute>() is not null)
            && property.GetIndexParameters().Length == 0 && property.CanRead);
    }

    private static bool IsWrite(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);
}
