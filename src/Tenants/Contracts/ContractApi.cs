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
    public sealed record SignatureRequest(DateOnly? SignedOn);

    public sealed record TerminationRequest(DateOnly? NoticeSentOn, DateOnly? RequestedEnd);

    public sealed record TermResponse(string Label, DateOnly Start, DateOnly? LastDay, DateOnly? LatestNotice);

    public sealed record ContractResponse(DateOnly? SignedOn, TermResponse? CurrentTerm, DateOnly? IndefiniteFrom,
        DateOnly? TerminationNoticeSentOn, DateOnly? EndsOn, DateOnly? TerminationEffectiveOn);

    public static void MapContractApi(this IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/tenants/{tenant}/contract").WithTags("Tenants");
        g.MapGet("/", Get).RequireAuthorization(Policies.TenantAdmin).WithSummary("The contract: signature, running term, termination.");
        g.MapPut("/", Sign).RequireAuthorization(Policies.PlatformAdmin).WithSummary("Record the contract's signature date.")
            .ProducesValidationProblem();
        g.MapPost("/termination", Terminate).RequireAuthorization(Policies.PlatformAdmin)
            .WithSummary("Record a termination notice (registered letter). A notice too late for the running term is accepted and ends the contract at the end of the next term (the earliest possible end); only a requested end that the notice cannot reach, or one in the middle of a term, is refused with that earliest end.")
            .ProducesValidationProblem();
    }

    private static async Task<Results<Ok<ContractResponse>, NotFound>> Get(TenantContext current, TenantsDbContext db, TimeProvider clock, CancellationToken ct) =>
        await Load(db, current, ct) is { } t ? TypedResults.Ok(ToResponse(t, Today(clock))) : TypedResults.NotFound();

    private static async Task<Results<Ok<ContractResponse>, NotFound, ValidationProblem>> Sign(SignatureRequest request, TenantContext current,
        TenantsDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await Load(db, current, ct) is not { } t) return TypedResults.NotFound();
        var today = Today(clock);
        if (request.SignedOn is not { } signed || signed.Year < 2018 || signed > today.AddYears(1))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["signedOn"] = ["Vul een geldige datum van ondertekening in."] });
        t.ContractSignedOn = signed;
        t.TerminationNoticeSentOn = null;
        t.TerminationEffectiveOn = null;
        db.Record(t.Id, Actor.From(user), clock.GetUtcNow(), "contract.signed", $"Overeenkomst ondertekend op {Dutch.Date(signed)}");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToResponse(t, today));
    }

    private static async Task<Results<Ok<ContractResponse>, NotFound, ValidationProblem>> Terminate(TerminationRequest request, TenantContext current,
        TenantsDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await Load(db, current, ct) is not { } t) return TypedResults.NotFound();
        if (t.ContractSignedOn is not { } signed)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["signedOn"] = ["Registreer eerst de ondertekening van de overeenkomst."] });
        if (request.NoticeSentOn is not { } sent)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["noticeSentOn"] = ["Vul de datum van de aangetekende brief in."] });
        var outcome = new ContractTerm(signed).Terminate(sent, request.RequestedEnd);
        if (!outcome.IsAccepted)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [request.RequestedEnd is null ? "noticeSentOn" : "requestedEnd"] = [outcome.Refusal!] },
                title: "De opzegging is niet aanvaard.",
                extensions: new Dictionary<string, object?> { ["earliestPossibleEnd"] = outcome.EarliestPossibleEnd });
        t.TerminationNoticeSentOn = sent;
        t.TerminationEffectiveOn = outcome.EffectiveOn;
        db.Record(t.Id, Actor.From(user), clock.GetUtcNow(), "contract.terminated",
            $"Opzegging verstuurd op {Dutch.Date(sent)}; de overeenkomst eindigt op {Dutch.Date(outcome.EndsOn!.Value)}");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToResponse(t, Today(clock)));
    }

    internal static ContractResponse ToResponse(Tenant t, DateOnly today)
    {
        if (t.ContractSignedOn is not { } signed) return new(null, null, null, null, null, null);
        var contract = new ContractTerm(signed);
        var term = contract.On(today < signed ? signed : today);
        return new(signed, new TermResponse(term.Label, term.Start, term.LastDay, term.LatestNotice), contract.IndefiniteFrom,
            t.TerminationNoticeSentOn, t.TerminationEffectiveOn?.AddDays(-1), t.TerminationEffectiveOn);
    }

    internal static DateOnly Today(TimeProvider clock) => Dutch.Today(clock);

    private static Task<Tenant?> Load(TenantsDbContext db, TenantContext current, CancellationToken ct) =>
        current.TenantId is { } id ? db.Tenants.FirstOrDefaultAsync(t => t.Id == id, ct) : Task.FromResult<Tenant?>(null);
}
