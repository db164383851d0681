using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Platform.Kernel.Text;

namespace Platform.Web;

/// <summary>The one way page fields typed as numbers and dates are read, for every module's pages: whole numbers and
/// amounts the Belgian way (<see cref="DutchNumbers"/>: <c>89.000</c>, <c>89 000</c>), dates as the browser sends them or
/// as people type them (<c>23/11/2026</c>). A value that cannot be read is never silently dropped: the binder records a
/// Dutch message naming the field by its label (<see cref="FieldLabels"/>, or its <c>[Display]</c> name), and the page
/// filter shows it next to the field and in the page's error summary (<see cref="PageErrors"/>) before any handler runs.
/// Every other binding message MVC can give is Dutch too.</summary>
internal static class DutchModelBinding
{
    private const string ItemsKey = "platform.binding-errors";

    public static void Configure(MvcOptions o)
    {
        o.ModelBinderProviders.Insert(0, new Provider());
        o.ModelMetadataDetailsProviders.Add(new Labels());
        var m = o.ModelBindingMessageProvider;
        m.SetAttemptedValueIsInvalidAccessor((value, field) => $"{field}: \"{value}\" is geen geldige waarde.");
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"\"{value}\" is geen geldige waarde.");
        m.SetUnknownValueIsInvalidAccessor(field => $"{field}: deze waarde is ongeldig.");
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Deze waarde is ongeldig.");
        m.SetValueIsInvalidAccessor(value => $"\"{value}\" is ongeldig.");
        m.SetValueMustBeANumberAccessor(field => $"{field} moet een getal zijn.");
        m.SetNonPropertyValueMustBeANumberAccessor(() => "Vul een getal in.");
        m.SetMissingBindRequiredValueAccessor(field => $"{field} is verplicht.");
        m.SetMissingKeyOrValueAccessor(() => "Een waarde is verplicht.");
        m.SetMissingRequestBodyRequiredValueAccessor(() => "De aanvraag heeft geen inhoud.");
        m.SetValueMustNotBeNullAccessor(_ => "Vul dit veld in.");
    }

    /// <summary>The values the binders could not read in this request, by form field name (empty: none).</summary>
    public static Dictionary<string, string[]> Refused(HttpContext http) =>
        http.Items.TryGetValue(ItemsKey, out var found) && found is Dictionary<string, string[]> errors ? errors : [];

    private static readonly Type[] Handled = [typeof(int), typeof(long), typeof(decimal), typeof(DateOnly), typeof(DateTime)];

    private sealed class Provider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context)
        {
            var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
            return Handled.Contains(type) ? new Binder(type, Nullable.GetUnderlyingType(context.Metadata.ModelType) is not null) : null;
        }
    }

    /// <summary>A field without a declared display name gets the platform's Dutch label for it, when there is one.</summary>
    private sealed class Labels : IDisplayMetadataProvider
    {
        public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
        {
            if (context.DisplayMetadata.DisplayName is not null || context.Key.Name is not { } name) return;
            var label = context.Key.PropertyInfo is { } property ? FieldLabels.For(name, property) : FieldLabels.For(name);
            if (label != name) context.DisplayMetadata.DisplayName = () => label;
        }
    }

    private sealed class Binder(Type type, bool nullable) : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext context)
        {
            var result = context.ValueProvider.GetValue(context.ModelName);
            if (result == ValueProviderResult.None) return Task.CompletedTask;
            context.ModelState.SetModelValue(context.ModelName, result);
            var text = (result.FirstValue ?? "").Trim();
            var label = context.ModelMetadata.DisplayName ?? FieldLabels.For(context.ModelMetadata.Name ?? context.ModelName);
            if (text.Length == 0)
            {
                if (nullable) context.Result = ModelBindingResult.Success(null);
                else Refuse(context, $"{label} is verplicht.");
                return Task.CompletedTask;
            }
            var (value, error) = Read(text, label, result.Culture);
            if (error is null) context.Result = ModelBindingResult.Success(value);
            else Refuse(context, error);
            return Task.CompletedTask;
        }

        private (object? Value, string? Error) Read(string text, string label, CultureInfo culture)
        {
            if (type == typeof(int))
                return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? (i, null) : DutchNumbers.Whole(text, label);
            if (type == typeof(long))
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? (l, null)
                    : DutchNumbers.Whole(text, label) is { Value: { } w } ? ((long)w, null) : (null, DutchNumbers.Whole(text, label).Error);
            if (type == typeof(decimal))
                return DutchNumbers.Amount(text, label) is { Value: { } d } ? (d, null) : (null, DutchNumbers.Amount(text, label).Error);
            string[] typed = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy"];
            if (type == typeof(DateOnly))
                return DateOnly.TryParseExact(text, ["yyyy-MM-dd", .. typed], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                       || DateOnly.TryParse(text, culture, out date)
                    ? (date, null) : (null, $"{label}: \"{Shorten(text)}\" is geen datum. Schrijf bijvoorbeeld 23/11/2026.");
            try
            {
                return (TypeDescriptor.GetConverter(type).ConvertFrom(null, culture, text), null);
            }
            catch (Exception e) when (e is FormatException or ArgumentException || e.InnerException is FormatException)
            {
                return (null, $"{label}: \"{Shorten(text)}\" is geen datum en tijd. Schrijf bijvoorbeeld 23/11/2026 14:30.");
            }
        }

        private static void Refuse(ModelBindingContext context, string message)
        {
            // Not in ModelState: the page filter puts it there (and in the page's own error list) when it shows the form again.
            var http = context.HttpContext;
            if (!http.Items.TryGetValue(ItemsKey, out var found) || found is not Dictionary<string, string[]> errors)
                http.Items[ItemsKey] = errors = [];
            errors[context.ModelName] = [message];
            context.Result = ModelBindingResult.Failed();
        }

        private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
    }
}
