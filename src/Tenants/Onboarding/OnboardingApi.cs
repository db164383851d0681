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

    private static async Task<Results<Ok<TenantResponse>, NotFound, ValidationProblem>> SetInvoiceReference(
        InvoiceReferenceRequest request, TenantContext current, TenantsDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await Load(db, current, ct) is not { } t) return TypedResults.NotFound();
        var (value, error) = TenantInvoiceReference.Parse(request.Reference);
        if (error is not null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reference"] = [error] });
        if (t.InvoiceReference != value)
        {
            t.InvoiceReference = value;
            db.Record(t.Id, Actor.From(user), clock.GetUtcNow(), "invoice-reference.updated",
                value is null ? "Referentie voor facturen gewist" : $"Referentie voor facturen: {value}");
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.Ok(ToResponse(t));
    }

    private static async Task<Results<Created<TenantResponse>, ValidationProblem, ProblemHttpResult>> Onboard(
        OnboardTenantRequest request, TenantsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var (tenant, errors, conflict) = await CreateAsync(request, db, clock, http, ct);
        if (conflict is not null) return Conflict(conflict);
        if (tenant is null) return TypedResults.ValidationProblem(errors, title: "Het lokaal bestuur kon niet worden aangemaakt.");
        return TypedResults.Created($"/api/tenants/{tenant.Slug}", ToResponse(tenant));
    }

    /// <summary>Creates the tenant; used by the API and the onboarding page. The creation is the first audit entry.</summary>
    internal static async Task<(Tenant? Tenant, Dictionary<string, string[]> Errors, string? ConflictField)> CreateAsync(
        OnboardTenantRequest request, TenantsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var errors = OnboardingValidation.Validate(request, now.Year);
        if (errors.Count > 0) return (null, errors, null);
        var slug = Slug.Parse(request.Slug).Value;
        var kbo = KboNumber.Parse(request.Kbo).Digits;
        if (await db.Tenants.AnyAsync(t => t.Slug == slug || t.Kbo == kbo, ct) || await db.PreviousSlugs.AnyAsync(p => p.Slug == slug, ct))
            return Refused(await db.Tenants.AnyAsync(t => t.Kbo == kbo, ct) && !await db.Tenants.AnyAsync(t => t.Slug == slug, ct) ? "kbo" : "slug");

        var id = Guid.CreateVersion7(now);
        var tenant = new Tenant
        {
            Id = id, Slug = slug, Name = request.Name!.Trim(), Kbo = kbo,
            NisCode = NisCode.TryParse(request.NisCode, out var nis, out _) ? nis.Value : null,
            Address = new PostalAddress(request.Address!.Street!.Trim(), request.Address.PostalCode!.Trim(), request.Address.City!.Trim()),
            CreatedAt = now,
            Inhabitants = (request.Inhabitants ?? []).Select(i => new InhabitantCount
                { TenantId = id, Year = i.Year, Count = i.Count, Source = i.Source ?? InhabitantCount.DefaultSource, PublishedOn = i.PublishedOn }).ToList(),
        };
        db.Tenants.Add(tenant);
        // The request had no tenant (it creates one); enter the new tenant so its first audit entry is stamped with it.
        db.TenantContext.Set(new TenantInfo(id, slug, tenant.Name));
        db.Record(id, Actor.From(http.User), now, "tenant.onboarded", $"Lokaal bestuur {tenant.Name} ({slug}, KBO {KboNumber.Parse(kbo)}) aangemaakt");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two requests raced past the check above; the unique indexes decided.
            return Refused("slug");
        }
        return (tenant, [], null);

        static (Tenant?, Dictionary<string, string[]>, string?) Refused(string field) => (null, [], field);
    }

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
        var outcome = await editor.UpdateIdentityAsync(current.TenantId!.Value, request, Actor.From(user), ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        if (outcome.Errors is { } errors) return TypedResults.ValidationProblem(errors);
        if (outcome.ConflictField is { } field)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Bestaat al", detail: outcome.Conflict,
                extensions: new Dictionary<string, object?> { ["field"] = field });
        return TypedResults.Ok(ToResponse(outcome.Value!));
    }

    private static Results<Ok<TenantResponse>, NotFound, ValidationProblem> ToResult(Outcome<Tenant> outcome) =>
        outcome.NotFound ? TypedResults.NotFound()
        : outcome.Errors is { } errors ? TypedResults.ValidationProblem(errors)
        : TypedResults.Ok(ToResponse(outcome.Value!));

    private static Task<Tenant?> Load(TenantsDbContext db, TenantContext current, CancellationToken ct) =>
        current.TenantId is { } id
            ? db.Tenants.Include(t => t.Inhabitants).FirstOrDefaultAsync(t => t.Id == id, ct)
            : Task.FromResult<Tenant?>(null);

    private static ProblemHttpResult Conflict(string field) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict, title: "Bestaat al",
        detail: field == "slug" ? "Er bestaat al een lokaal bestuur met deze slug." : "Er bestaat al een lokaal bestuur met dit ondernemingsnummer.",
        extensions: new Dictionary<string, object?> { ["field"] = field });

    internal static TenantResponse ToResponse(Tenant t) => new(
        t.Id, t.Slug, t.Name, KboNumber.Parse(t.Kbo).ToString(), t.NisCode,
        new AddressDto(t.Address.Street, t.Address.PostalCode, t.Address.City),
        t.Inhabitants.OrderBy(i => i.Year).Select(i => new InhabitantsDto(i.Year, i.Count, i.Source, i.PublishedOn)).ToList(),
        t.AppStoreDate, t.PlayStoreDate, t.GoLive, t.ContractSignedOn, t.InvoiceReference);
}
