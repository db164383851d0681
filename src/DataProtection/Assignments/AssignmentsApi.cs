using System.Security.Claims;
using DataProtection.Changes;
using DataProtection.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Export;
using Platform.Kernel.Formatting;

namespace DataProtection.Assignments;

public sealed record ComponentResponse(AppComponent Component, string Name, List<string> Categories, string DataSubjects, string Subject, string Purpose);

public sealed record AssignmentResponse(Guid Id, Guid TenantId, string? Tenant, int Version, AssignmentStatus Status, bool Indefinite, DateOnly? From, DateOnly? Until,
    DateTimeOffset SubmittedAt, DateTimeOffset? ReviewedAt, string? ReturnReason, List<ComponentResponse> Components);

/// <summary>A Bijlage 1 component with the types of (personal) data the charter lists for it, to choose from.</summary>
public sealed record CatalogueEntry(AppComponent Component, string Name, string Description, IReadOnlyList<string> Categories);

public sealed record ControllerResponse(string Tenant, string Name, string Kbo, string Address, List<string> Contacts, bool ContactIsDpo, int? AssignmentVersion,
    string? Duration, List<ComponentResponse> Components, IReadOnlyList<string> PlatformProcessing);

public sealed record TransferResponse(string Name, string Service, string Location, bool InEea, string? TransferBasis, DateOnly Since);

/// <summary>The processor's record of processing activities (GDPR art. 30.2).</summary>
public sealed record RecordResponse(DateTimeOffset At, string Processor, string ProcessorContact, string ProcessorDpo, List<ControllerResponse> Controllers,
    List<TransferResponse> SubProcessors, List<TransferResponse> TransfersOutsideEea, IReadOnlyList<string> SecurityMeasures);

internal static class AssignmentsApi
{
    public static void MapAssignmentsApi(this IEndpointRouteBuilder endpoints)
    {
        var tenant = endpoints.MapGroup("/api/tenants/{tenant}/data-protection").WithTags("Data protection").RequireAuthorization(Policies.TenantAdmin);
        tenant.MapGet("/assignment-catalogue", () => Bijlage1.Components.Select(e => new CatalogueEntry(e.Component, e.Name, e.Description, e.Categories)).ToList())
            .WithSummary("The application components of Bijlage 1 and the types of personal data the charter lists for each.");
        tenant.MapGet("/assignments", TenantVersions).WithSummary("Every version of this tenant's processing assignment, newest first.");
        tenant.MapPost("/assignments", Submit).WithSummary("Submit a new version of the processing assignment for approval by a platform admin.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        tenant.MapGet("/assignments/{id:guid}/pdf", TenantPdf).WithSummary("One version as a PDF the local government can sign.");
        tenant.MapGet("/record-of-processing", TenantRecord).WithSummary("The processor's record of processing (GDPR art. 30.2) for this tenant.");
        tenant.MapGet("/record-of-processing.pdf", TenantRecordPdf).WithSummary("The record of processing for this tenant as PDF.");

        var admin = endpoints.MapGroup("/api/data-protection").WithTags("Data protection").RequireAuthorization(Policies.PlatformAdmin);
        admin.MapGet("/assignments", AllVersions).WithSummary("Every tenant's assignment versions; waiting for review first, then newest first.");
        admin.MapPost("/assignments/{id:guid}/approve", Approve).WithSummary("Approve a submitted version; the approved version before it is kept as superseded.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/assignments/{id:guid}/return", Return).WithSummary("Return a submitted version to the tenant with a reason.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapGet("/assignments/{id:guid}/pdf", AdminPdf).WithSummary("One version as PDF.");
        admin.MapGet("/record-of-processing", AllRecord).WithSummary("The record of processing for all tenants.");
        admin.MapGet("/record-of-processing.pdf", AllRecordPdf).WithSummary("The record of processing for all tenants as PDF.");
        admin.MapGet("/record-of-processing.csv", AllRecordCsv).WithSummary("The record of processing for all tenants as CSV (one row per tenant and component).");
    }

    private static async Task<List<AssignmentResponse>> TenantVersions(DataProtectionDbContext db, TenantContext current, CancellationToken ct) =>
        (await db.Assignments.AsNoTracking().Include(a => a.Components).OrderByDescending(a => a.Version).ToListAsync(ct))
        .Select(a => ToResponse(a, current.Tenant?.Identifier)).ToList();

    private static async Task<Results<Created<AssignmentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Submit(
        AssignmentRequest request, SubmitAssignment useCase, TenantContext current, ClaimsPrincipal user, CancellationToken ct) =>
        (await useCase.RunAsync(request, PlatformClaims.UserId(user), ct)).ToCreated(value => $"/api/tenants/{current.Tenant?.Identifier}/data-protection/assignments/{value.Id}/pdf", value => ToResponse(value, current.Tenant?.Identifier));

    private static async Task<Results<FileContentHttpResult, NotFound>> TenantPdf(Guid id, DataProtectionDbContext db, TenantContext current, TimeProvider clock, CancellationToken ct) =>
        await db.Assignments.AsNoTracking().Include(a => a.Components).FirstOrDefaultAsync(a => a.Id == id, ct) is { } a
            ? TypedResults.File(AssignmentPdf.Render(a, current.Tenant?.Name ?? "", clock.GetUtcNow()), "application/pdf", AssignmentPdf.FileName(a))
            : TypedResults.NotFound();

    private static async Task<RecordResponse> TenantRecord(ProcessingRecordBuilder builder, TenantContext current, CancellationToken ct) =>
        ToResponse(await builder.BuildAsync(current.TenantId!.Value, ct));

    private static async Task<FileContentHttpResult> TenantRecordPdf(ProcessingRecordBuilder builder, TenantContext current, CancellationToken ct) =>
        TypedResults.File(ProcessingRecordDocuments.Pdf(await builder.BuildAsync(current.TenantId!.Value, ct)), "application/pdf",
            $"{ProcessingRecordDocuments.FileStem}-{current.Tenant!.Identifier}.pdf");

    private static async Task<List<AssignmentResponse>> AllVersions(DataProtectionDbContext db, ITenantDirectory directory, CancellationToken ct)
    {
        var slugs = (await directory.AllAsync(ct)).ToDictionary(t => t.Id, t => t.Slug);
        return (await AcrossTenants.Assignments(db).AsNoTracking().Include(a => a.Components).ToListAsync(ct))
            .OrderBy(a => a.Status != AssignmentStatus.Submitted).ThenByDescending(a => a.SubmittedAt)
            .Select(a => ToResponse(a, slugs.GetValueOrDefault(a.TenantId))).ToList();
    }

    private static async Task<Results<Ok<AssignmentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Approve(
        Guid id, ReviewAssignment useCase, ClaimsPrincipal user, CancellationToken ct) =>
        (await useCase.ApproveAsync(id, PlatformClaims.UserId(user), ct)).ToOk(value => ToResponse(value, null));

    private static async Task<Results<Ok<AssignmentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Return(
        Guid id, ReturnRequest request, ReviewAssignment useCase, ClaimsPrincipal user, CancellationToken ct) =>
        (await useCase.ReturnAsync(id, request, PlatformClaims.UserId(user), ct)).ToOk(value => ToResponse(value, null));

    private static async Task<Results<FileContentHttpResult, NotFound>> AdminPdf(Guid id, DataProtectionDbContext db, ITenantDirectory directory, TimeProvider clock, CancellationToken ct)
    {
        var a = await AcrossTenants.Assignments(db).AsNoTracking().Include(x => x.Components).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return TypedResults.NotFound();
        var tenant = await directory.FindAsync(a.TenantId, ct);
        return TypedResults.File(AssignmentPdf.Render(a, tenant?.Name ?? "", clock.GetUtcNow()), "application/pdf", AssignmentPdf.FileName(a));
    }

    private static async Task<RecordResponse> AllRecord(ProcessingRecordBuilder builder, CancellationToken ct) => ToResponse(await builder.BuildAsync(null, ct));

    private static async Task<FileContentHttpResult> AllRecordPdf(ProcessingRecordBuilder builder, CancellationToken ct) =>
        TypedResults.File(ProcessingRecordDocuments.Pdf(await builder.BuildAsync(null, ct)), "application/pdf", ProcessingRecordDocuments.FileStem + ".pdf");

    private static async Task<FileContentHttpResult> AllRecordCsv(ProcessingRecordBuilder builder, CancellationToken ct) =>
        TypedResults.File(ProcessingRecordDocuments.Csv(await builder.BuildAsync(null, ct)), Csv.ContentType, ProcessingRecordDocuments.FileStem + ".csv");

    internal static AssignmentResponse ToResponse(ProcessingAssignment a, string? slug) =>
        new(a.Id, a.TenantId, slug, a.Version, a.Status, a.From is null, a.From, a.Until, a.SubmittedAt, a.ReviewedAt, a.ReturnReason,
            a.Components.OrderBy(c => c.Component).Select(ToResponse).ToList());

    private static ComponentResponse ToResponse(AssignmentComponent c) =>
        new(c.Component, c.Component.Dutch(), [.. c.Categories.Split('\n')], c.DataSubjects, c.Subject, c.Purpose);

    internal static RecordResponse ToResponse(ProcessingRecord r)
    {
        static TransferResponse T(SubProcessors.SubProcessor s) => new(s.Name, s.Service, s.Location, s.InEea, s.TransferBasis, s.Since);
        return new(r.At, Processor.Name, $"{Processor.Address}, {Processor.Phone}, {Processor.Email}", Processor.Dpo,
            r.Controllers.Select(c => new ControllerResponse(c.Tenant.Slug, c.Tenant.Name, c.Tenant.Kbo, $"{c.Tenant.Street}, {c.Tenant.PostalCode} {c.Tenant.City}",
                c.Contacts.Select(p => $"{p.Name} <{p.Email}>").ToList(), c.Contacts.Count > 0 && c.Contacts[0].IsDpo, c.Assignment?.Version,
                c.Assignment is null ? null : AssignmentPdf.Duration(c.Assignment), c.Assignment?.Components.Select(ToResponse).ToList() ?? [],
                ProcessingRecord.PlatformProcessing)).ToList(),
            r.SubProcessors.Select(T).ToList(), r.Transfers.Select(T).ToList(), Processor.SecurityMeasures);
    }
}
