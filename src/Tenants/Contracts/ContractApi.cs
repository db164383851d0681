using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using Tenants.Audit;
using Tenants.Directory;
using Tenants.Domain.Contracts;
using Tenants.Persistence;

namespace Tenants.Contracts;

/// <summary>The cooperation agreement: signature date, the running term, and termination by registered letter.</summary>
internal static class ContractApi
{
    public static void MapContractApi(this IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/tenants/{tenant}/contract").WithTags("Tenants");
        g.MapGet("/", Get).RequireAuthorization(Policies.TenantAdmin).WithSummary("The contract: signature, running term, termination.");
        g.MapPut("/", Sign).RequireAuthorization(Policies.PlatformAdmin).WithSummary("Record the contract's signature date.")
            .ProducesValidationProblem();
        g.MapPost("/termination", Terminate).RequireAuthorization(Policies.PlatformAdmin)
            .WithSummary("Record a termination notice (registered letter). A notice too late for the running term is accepted and ends the contract at the end of the next term (the earliest possible end); only a requested end that the notice cannot reach, or one in the middle of a term, is refused with that earliest end.")
            .ProducesValidationProblem();
        g.MapPost("/termination/withdrawal", Withdraw).RequireAuthorization(Policies.PlatformAdmin)
            .WithSummary("Withdraw a termination registered by mistake (before it takes effect), with a reason that goes into the audit log.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<ContractResponse>, NotFound>> Get(ContractReader contract, CancellationToken ct) =>
        await contract.OfCurrentAsync(ct) is { } response ? TypedResults.Ok(response) : TypedResults.NotFound();

    private static async Task<Results<Ok<ContractResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Sign(SignatureRequest request, TenantContext current,
        ContractEditor editor, ContractReader contract, ClaimsPrincipal user, CancellationToken ct) =>
        current.TenantId is not { } id ? TypedResults.NotFound()
            : (await editor.SignAsync(id, request, Actor.From(user), ct)).ToOk(signed => contract.Describe(signed));

    private static async Task<Results<Ok<ContractResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Terminate(TerminationRequest request, TenantContext current,
        ContractEditor editor, ContractReader contract, ClaimsPrincipal user, CancellationToken ct)
    {
        if (current.TenantId is not { } id) return TypedResults.NotFound();
        var outcome = await editor.TerminateAsync(id, request, Actor.From(user), ct);
        if (outcome.Errors is not { } errors) return outcome.ToOk(terminated => contract.Describe(terminated));
        // A refused date: the answer also says the earliest end the contract allows.
        var signed = (await editor.PreviewTerminationAsync(id, request with { RequestedEnd = null }, ct)).Value;
        return TypedResults.ValidationProblem(errors, title: "De opzegging is niet aanvaard.",
            extensions: signed is null ? null : new Dictionary<string, object?> { ["earliestPossibleEnd"] = signed.EarliestPossibleEnd });
    }

    private static async Task<Results<Ok<ContractResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Withdraw(WithdrawTerminationRequest request,
        TenantContext current, ContractEditor editor, ContractReader contract, ClaimsPrincipal user, CancellationToken ct)
    {
        if (current.TenantId is not { } id) return TypedResults.NotFound();
        var outcome = await editor.WithdrawTerminationAsync(id, request, Actor.From(user), ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        if (outcome.Ok) return TypedResults.Ok(contract.Describe(outcome.Value!));
        if (outcome.Errors is { } errors) return TypedResults.ValidationProblem(errors);
        return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Niet mogelijk", detail: outcome.Conflict);
    }
}
