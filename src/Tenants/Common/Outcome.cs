namespace Tenants.Common;

/// <summary>Result of a Tenants use case, in ServiceDesk's shape: a value, Dutch validation errors by field, not found,
/// or a conflict (a unique value already taken, with the field it concerns).</summary>
internal sealed record Outcome<T>(T? Value, Dictionary<string, string[]>? Errors = null, bool NotFound = false, string? ConflictField = null,
    string? ConflictMessage = null)
{
    public bool Ok => Value is not null && Errors is null && !NotFound && ConflictField is null;

    public static Outcome<T> Success(T value) => new(value);

    public static Outcome<T> Invalid(Dictionary<string, string[]> errors) => new(default, errors);

    public static Outcome<T> Invalid(string field, string message) => new(default, new Dictionary<string, string[]> { [field] = [message] });

    public static Outcome<T> Missing() => new(default, NotFound: true);

    public static Outcome<T> Conflict(string field, string message) => new(default, ConflictField: field, ConflictMessage: message);

    /// <summary>Every refusal as field errors, for a page: conflicts become an error on their field.</summary>
    public Dictionary<string, string[]> FieldErrors() =>
        Errors ?? (ConflictField is { } f ? new() { [f] = [ConflictMessage!] } : NotFound ? new() { [""] = ["Niet gevonden."] } : []);
}
