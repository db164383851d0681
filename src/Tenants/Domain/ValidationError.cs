namespace Tenants.Domain;

/// <summary>One rule broken by a value a person entered. <see cref="Field"/> is the camelCase JSON path
/// (<c>services[2].phone</c>) so a form or a problem-details response can point at it; the message is Dutch.</summary>
internal sealed record ValidationError(string Field, string Message);

/// <summary>Collects <see cref="ValidationError"/>s under a field prefix while walking nested settings.</summary>
internal sealed class ValidationErrors
{
    private readonly List<ValidationError> errors = [];

    public IReadOnlyList<ValidationError> All => errors;

    public bool IsEmpty => errors.Count == 0;

    public void Add(string field, string message) => errors.Add(new ValidationError(field, message));

    public void AddRange(string prefix, IEnumerable<ValidationError> nested)
    {
        foreach (var error in nested)
            Add(prefix.Length == 0 ? error.Field : $"{prefix}.{error.Field}", error.Message);
    }

    /// <summary>The messages by field, as a problem-details response or an <c>Outcome</c> carries them.</summary>
    public static Dictionary<string, string[]> ByField(IEnumerable<ValidationError> errors) =>
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());

    /// <summary>Adds the message when <paramref name="error"/> is not null; returns whether the value passed.</summary>
    public bool Check(string field, string? error)
    {
        if (error is null) return true;
        Add(field, error);
        return false;
    }
}
