using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Kernel.UseCases;

/// <summary>How an endpoint answers an <see cref="Outcome{T}"/> (ADR 0021): 200/201/204 with the mapped body,
/// 400 validation problem with the field errors, 404, 409 problem details (<see cref="OutcomeTexts.ConflictTitle"/>)
/// and 403 problem details (<see cref="OutcomeTexts.ForbiddenTitle"/>).</summary>
public static class OutcomeHttp
{
    public static Results<Ok<TResponse>, NotFound, ValidationProblem, ProblemHttpResult> ToOk<T, TResponse>(
        this Outcome<T> outcome, Func<T, TResponse> body, string? invalidTitle = null) =>
        outcome.ToHttp(value => TypedResults.Ok(body(value)), invalidTitle);

    public static Results<Created<TResponse>, NotFound, ValidationProblem, ProblemHttpResult> ToCreated<T, TResponse>(
        this Outcome<T> outcome, Func<T, string> location, Func<T, TResponse> body, string? invalidTitle = null) =>
        outcome.ToHttp(value => TypedResults.Created(location(value), body(value)), invalidTitle);

    public static Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult> ToNoContent<T>(this Outcome<T> outcome, string? invalidTitle = null) =>
        outcome.ToHttp(_ => TypedResults.NoContent(), invalidTitle);

    /// <summary>Any success answer (202, a file, a redirect) built from the value; a refusal as <see cref="ToFailure"/>.</summary>
    public static Results<TSuccess, NotFound, ValidationProblem, ProblemHttpResult> ToHttp<T, TSuccess>(
        this Outcome<T> outcome, Func<T, TSuccess> success, string? invalidTitle = null) where TSuccess : IResult =>
        outcome.Ok ? success(outcome.Value!) : Refusal<T, TSuccess>(outcome, invalidTitle);

    /// <summary>200 with a body read after the use case succeeded (the incident as it is now, say); 404 when that read finds
    /// nothing; a refusal as <see cref="ToFailure"/>.</summary>
    public static async Task<Results<Ok<TResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ToOkAsync<T, TResponse>(
        this Outcome<T> outcome, Func<T, Task<TResponse?>> body, string? invalidTitle = null) where TResponse : class =>
        !outcome.Ok ? Refusal<T, Ok<TResponse>>(outcome, invalidTitle)
        : await body(outcome.Value!) is { } response ? TypedResults.Ok(response) : TypedResults.NotFound();

    private static Results<TSuccess, NotFound, ValidationProblem, ProblemHttpResult> Refusal<T, TSuccess>(Outcome<T> outcome, string? invalidTitle)
        where TSuccess : IResult =>
        outcome.ToFailure(invalidTitle).Result switch
        {
            NotFound n => n,
            ValidationProblem v => v,
            ProblemHttpResult p => p,
            var other => throw new InvalidOperationException($"Unexpected result {other}."),
        };

    /// <summary>The answer to a refused outcome, for endpoints whose success answer is not a plain body (a file, a redirect).</summary>
    public static Results<NotFound, ValidationProblem, ProblemHttpResult> ToFailure<T>(this Outcome<T> outcome, string? invalidTitle = null) =>
        outcome.NotFound ? TypedResults.NotFound()
        : outcome.Forbidden is { } reason ? Forbidden(reason)
        : outcome.Conflict is { } conflict ? Conflict(conflict, outcome.ConflictField)
        : outcome.Errors is { } errors ? TypedResults.ValidationProblem(errors, title: invalidTitle)
        : throw new InvalidOperationException("A successful outcome is not a failure.");

    /// <summary>409 with the Dutch reason: the current state refuses the request; <paramref name="field"/> (when the
    /// conflict concerns one field, e.g. a slug already taken) goes into the <c>field</c> extension.</summary>
    public static ProblemHttpResult Conflict(string? detail, string? field = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: OutcomeTexts.ConflictTitle, detail: detail,
            extensions: field is null ? null : new Dictionary<string, object?> { ["field"] = field });

    /// <summary>403 with the Dutch reason: this actor may not do this.</summary>
    public static ProblemHttpResult Forbidden(string reason) =>
        TypedResults.Problem(reason, statusCode: StatusCodes.Status403Forbidden, title: OutcomeTexts.ForbiddenTitle);
}
