using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Platform.Kernel.Text;

/// <summary>Walks a bound request (a record, its nested records and lists, or a plain string) and applies
/// <see cref="TextRule"/> to every string and <see cref="PlausibleDates"/> to every date in it; messages name
/// the field by its Dutch label (<see cref="FieldLabels"/>). Field names are the JSON names (<c>requester.email</c>, <c>lines[2].text</c>).
/// Strings whose name ends in <c>Base64</c> are encoded content, checked by their module.</summary>
public static class TextInspector
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static Dictionary<string, string[]> Inspect(object? value, string field)
    {
        var errors = new Dictionary<string, string[]>();
        Walk(value, field, errors, 0);
        return errors;
    }

    public static void Walk(object? value, string field, Dictionary<string, string[]> errors, int depth, string? label = null)
    {
        if (value is null || depth > 8 || errors.Count >= 20) return;
        switch (value)
        {
            case string s:
                if (field.EndsWith("Base64", StringComparison.OrdinalIgnoreCase)) return;
                if (TextRule.Check(s, field, label: label) is { } error) errors[field] = [error];
                return;
            case DateOnly or DateTime or DateTimeOffset:
                if (PlausibleDates.Check(value, field, label) is { } dateError) errors[field] = [dateError];
                return;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    var key = entry.Key.ToString() ?? "";
                    if (TextRule.Check(key, field) is { } keyError) { errors[field] = [keyError]; return; }
                    Walk(entry.Value, $"{field}.{key}", errors, depth + 1);
                }
                return;
            case IEnumerable list:
                var i = 0;
                foreach (var item in list)
                {
                    if (i > 10_000) return;
                    Walk(item, $"{field}[{i++}]", errors, depth + 1, label);
                }
                return;
        }
        var type = value.GetType();
        if (!IsRequestType(type)) return;
        foreach (var p in Properties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && Walkable(p)).ToArray()))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(p.Name);
            var path = field.Length == 0 ? name : $"{field}.{name}";
            Walk(p.GetValue(value), path, errors, depth + 1, FieldLabels.For(path, p));
        }
    }

    /// <summary>Records and classes the platform defines (no framework types, no services).</summary>
    public static bool IsRequestType(Type type) =>
        !type.IsPrimitive && !type.IsEnum && type.Namespace is { } ns
        && !ns.StartsWith("System", StringComparison.Ordinal) && !ns.StartsWith("Microsoft", StringComparison.Ordinal)
        && !typeof(Delegate).IsAssignableFrom(type);

    private static bool Walkable(PropertyInfo p) => Walkable(p.PropertyType) || PlausibleDates.IsDateType(p.PropertyType);

    private static bool Walkable(Type t) =>
        t == typeof(string) || (typeof(IEnumerable).IsAssignableFrom(t) && t != typeof(byte[])) || IsRequestType(Nullable.GetUnderlyingType(t) ?? t);
}
