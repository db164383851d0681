using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using Tenants.Audit;
using Tenants.Directory;
using Tenants.Domain.Identity;
using Tenants.Persistence;

namespace Tenants.Onboarding;

/// <summary>Onboarding a local government: platform admins create tenants; a tenant's own admins read them.</summary>
internal static class OnboardingApi
{
    public static void MapOnboardingApi(this IEndpointRouteBuilder endpoints)
    {
        var tenants = endpoints.MapGroup("/api/tenants").WithTags("Tenants");
        tenants.MapPost("/", Onboard).RequireAuthorization(Policies.PlatformAdmin)
            .WithSummary("Onboard a local government.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        tenants.MapGet("/", List).RequireAuthorization(Policies.PlatformAdmin).WithSummary("All tenants.");
        tenants.MapGet("/{tenant}", Get).RequireAuthorization(Policies.TenantAdmin).WithSummary("One tenant.");
        tenants.MapPut("/{tenant}", UpdateIdentity).RequireAuthorization(Policies.PlatformAdmin)
            .WithSummary("Change a tenant's name, NIS code, address or slug; an old slug keeps resolving to the tenant.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        tenants.MapPut("/{tenant}/go-live", SetGoLive).RequireAuthorization(Policies.PlatformAdmin)
            .WithSummary("Record the app's publication dates in the App Store and Google Play; go-live is the later.")
            .ProducesValidationProblem();
        tenants.MapPut("/{tenant}/inhabitants/{year:int}", SetInhabitants).RequireAuthorization(Policies.PlatformAdmin)
            .WithSummary("Record the inhabitants registered on 1 January of the year, with source and publication date; a correction needs a reason.")
            .ProducesValidationProblem();
        tenants.MapPut("/{tenant}/invoice-reference", SetInvoiceReference).RequireAuthorization(Policies.TenantAdmin)
            .WithSummary("The local government's reference or order number printed on its invoices (Peppol buyer reference, BT-10).")
            .ProducesValidationProblem();
    }

    private static async Task<Results<Ok<TenantResponse>, NotFound, ValidationProblem, ProblemHttpResult>> SetInvoiceReference(
        InvoiceReferenceRequest request, TenantContext current, TenantRecordEditor editor, ClaimsPrincipal user, CancellationToken ct) =>
        current.TenantId is { } id ? (await editor.SetInvoiceReferenceAsync(id, request.Reference, Actor.From(user), ct)).ToOk(ToResponse) : TypedResults.NotFound();

    private static async Task<Results<Created<TenantResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Onboard(
        OnboardTenantRequest request, OnboardTenant onboard, ClaimsPrincipal user, CancellationToken ct) =>
        (await onboard.RunAsync(request, Actor.From(user), ct))
            .ToCreated(t => $"/api/tenants/{t.Slug}", ToResponse, invalidTitle: "Het lokaal bestuur kon niet worden aangemaakt.");

    private static async Task<List<TenantResponse>> List(TenantsDbContext db, CancellationToken ct) =>
        (await db.Tenants.AsNoTracking().Include(t => t.Inhabitants).OrderBy(t => t.Name).ToListAsync(ct)).Select(ToResponse).ToList();

    private static async Task<Results<Ok<TenantResponse>, NotFound>> Get(TenantContext current, TenantsDbContext db, CancellationToken ct) =>
        await Load(db, current, ct) is { } t ? TypedResults.Ok(ToResponse(t)) : TypedResults.NotFound();

    private static async Task<Results<Ok<TenantResponse>, NotFound, ValidationProblem>> SetGoLive(
        GoLiveRequest request, TenantContext current, TenantRecordEditor editor, ClaimsPrincipal user, CancellationToken ct) =>
        ToResult(await editor.SetGoLiveAsync(current.TenantId!.Value, request, Actor.From(user), ct));

    private static async Task<Results<Ok<TenantResponse>, NotFound, ValidationProblem>> SetInhabitants(
        int year, InhabitantCountRequest request, TenantContext current, TenantRecordEditor editor, ClaimsPrincipal user, CancellationToken ct) =>
        ToResult(await editor.SetInhabitantsAsync(current.TenantId!.Value, year, request, Actor.From(user), ct));

    private static async Task<Results<Ok<TenantResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateIdentity(
        TenantIdentityRequest request, TenantContext current, TenantRecordEditor editor, ClaimsPrincipal user, CancellationToken ct)
    {
        return (await editor.UpdateIdentityAsync(current.TenantId!.Value, request, Actor.From(user), ct)).ToOk(ToResponse);
    }

    private static Results<Ok<TenantResponse>, NotFound, ValidationProblem> ToResult(Outcome<Tenant> outcome) =>
        outcome.NotFound ? TypedResults.NotFound()
        : outcome.Errors is { } errors ? TypedResults.ValidationProblem(errors)
        : TypedResults.Ok(ToResponse(outcome.Value!));

    private static Task<Tenant?> Load(TenantsDbContext db, TenantContext current, CancellationToken ct) =>
        current.TenantId is { } id
            ? db.Tenants.Include(t => t.Inhabitants).FirstOrDefaultAsync(t => t.Id == id, ct)
            : Task.FromResult<Tenant?>(null);

    internal static TenantResponse ToResponse(Tenant t) => new(
        t.Id, t.Slug, t.Name, KboNumber.Parse(t.Kbo).ToString(), t.NisCode,
        new AddressDto(t.Address.Street, t.Address.PostalCode, t.Address.City),
        t.Inhabitants.OrderBy(i => i.Year).Select(i => new InhabitantsDto(i.Year, i.Count, i.Source, i.PublishedOn)).ToList(),
        t.AppStoreDate, t.PlayStoreDate, t.GoLive, t.ContractSignedOn, t.InvoiceReference);
}
