namespace StatusPage;

/// <summary>Result of a use case, in ServiceDesk's shape: a value, Dutch validation errors by field, not found, or refused
/// in the current state (a conflict, with its reason).</summary>
internal sealed record Outcome<T>(T? Value, IDictionary<string, string[]>? Errors = null, bool NotFound = false, string? Conflict = null)
{
    public bool Ok => Value is not null && Errors is null && !NotFound && Conflict is null;

    public static Outcome<T> Success(T value) => new(value);

    public static Outcome<T> Invalid(IDictionary<string, string[]> errors) => new(default, errors);

    public static Outcome<T> Missing() => new(default, NotFound: true);

    public static Outcome<T> Refused(string reason) => new(default, Conflict: reason);
}

/// <summary>How the management API answers an <see cref="Outcome{T}"/>: 200, 400 (problem details with field errors),
/// 404 or 409 (problem details with the Dutch reason).</summary>
internal static class OutcomeResults
{
    public static Microsoft.AspNetCore.Http.IResult ToResult<T, TResponse>(this Outcome<T> outcome, Func<T, TResponse> ok) =>
        outcome.NotFound ? Microsoft.AspNetCore.Http.TypedResults.NotFound()
        : outcome.Conflict is { } reason ? Microsoft.AspNetCore.Http.TypedResults.Problem(reason, statusCode: 409)
        : outcome.Errors is { } errors ? Microsoft.AspNetCore.Http.TypedResults.ValidationProblem(errors)
        : Microsoft.AspNetCore.Http.TypedResults.Ok(ok(outcome.Value!));
}
