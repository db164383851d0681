namespace Billing;

/// <summary>Result of a use case, in ServiceDesk's shape: a value, Dutch validation errors by field, not found,
/// or a conflict with the current state (with a Dutch reason).</summary>
internal sealed record Outcome<T>(T? Value, IDictionary<string, string[]>? Errors = null, bool NotFound = false, string? Conflict = null)
{
    public bool Ok => Value is not null && Errors is null && !NotFound && Conflict is null;

    public static Outcome<T> Success(T value) => new(value);

    public static Outcome<T> Invalid(IDictionary<string, string[]> errors) => new(default, errors);

    public static Outcome<T> Invalid(string field, string message) => new(default, new Dictionary<string, string[]> { [field] = [message] });

    public static Outcome<T> Missing() => new(default, NotFound: true);

    public static Outcome<T> Refused(string reason) => new(default, Conflict: reason);
}
