namespace Platform.Kernel.UseCases;

/// <summary>The one result shape of a write use case (ADR 0021): a value, Dutch validation errors by field, not found,
/// a conflict with the current state (a Dutch reason, optionally on one field), or forbidden for this actor (a Dutch reason).
/// Endpoints turn it into HTTP with <see cref="OutcomeHttp"/>, page handlers into their form with <see cref="OutcomeModelState"/>.</summary>
public sealed record Outcome<T>
{
    private Outcome(T? value, IDictionary<string, string[]>? errors = null, bool notFound = false, string? conflict = null,
        string? conflictField = null, string? forbidden = null)
    {
        Value = value;
        Errors = errors;
        NotFound = notFound;
        Conflict = conflict;
        ConflictField = conflictField;
        Forbidden = forbidden;
    }

    /// <summary>The use case's value when it succeeded.</summary>
    public T? Value { get; }

    /// <summary>Dutch validation messages by field name (the API's camelCase names).</summary>
    public IDictionary<string, string[]>? Errors { get; }

    /// <summary>The thing the use case acts on does not exist (or is not visible to the actor).</summary>
    public bool NotFound { get; }

    /// <summary>The Dutch reason the current state refuses the request (already issued, already taken, ...).</summary>
    public string? Conflict { get; }

    /// <summary>The field a conflict concerns (a unique value already taken), or null when it concerns the whole request.</summary>
    public string? ConflictField { get; }

    /// <summary>The Dutch reason this actor may not do this.</summary>
    public string? Forbidden { get; }

    /// <summary>The use case succeeded and <see cref="Value"/> is set.</summary>
    public bool Ok => Value is not null && Errors is null && !NotFound && Conflict is null && Forbidden is null;

    public static Outcome<T> Success(T value) => new(value);

    public static Outcome<T> Invalid(IDictionary<string, string[]> errors) => new(default, errors);

    public static Outcome<T> Invalid(string field, string message) => new(default, new Dictionary<string, string[]> { [field] = [message] });

    public static Outcome<T> Missing() => new(default, notFound: true);

    /// <summary>The current state refuses the request: 409 on the API, the reason next to <paramref name="field"/> (or in
    /// the summary) on a page.</summary>
    public static Outcome<T> Conflicting(string reason, string? field = null) => new(default, conflict: reason, conflictField: field);

    /// <summary>This actor may not do this: 403 on the API.</summary>
    public static Outcome<T> Denied(string reason) => new(default, forbidden: reason);

    /// <summary>The same refusal for another value type (a use case passing on the outcome of a step).</summary>
    public Outcome<TOther> Failed<TOther>() =>
        Ok ? throw new InvalidOperationException("A successful outcome has no refusal to pass on.")
        : new Outcome<TOther>(default, Errors, NotFound, Conflict, ConflictField, Forbidden);

    /// <summary>Every refusal as Dutch messages by field ("" = the form as a whole), for a page.</summary>
    public Dictionary<string, string[]> FieldErrors() =>
        Errors is not null ? new(Errors)
        : Conflict is { } c ? new() { [ConflictField ?? ""] = [c] }
        : Forbidden is { } f ? new() { [""] = [f] }
        : NotFound ? new() { [""] = [OutcomeTexts.NotFound] }
        : [];
}

/// <summary>The value of a use case that has nothing to return but "done".</summary>
public readonly record struct Done
{
    public static Done Value => default;
}

/// <summary>The Dutch words every adapter uses for outcomes, in one place.</summary>
public static class OutcomeTexts
{
    /// <summary>Problem details title of a 409.</summary>
    public const string ConflictTitle = "Niet mogelijk";

    /// <summary>Problem details title of a 403.</summary>
    public const string ForbiddenTitle = "Geen toegang";

    /// <summary>A page's message when the thing is gone.</summary>
    public const string NotFound = "Niet gevonden.";
}
