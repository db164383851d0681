using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Import;
using Platform.Kernel.Security;
using Tenants.Audit;

namespace Tenants.Population;

/// <summary>The yearly population table: upload for a preview (kept under a token), read it back, apply it.</summary>
internal static class PopulationApi
{
    public static void MapPopulationApi(this IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/population-imports").WithTags("Tenants").RequireAuthorization(Policies.Finance);
        // The form is read by hand (as the bank statement upload does) so a missing or unreadable field gets a Dutch answer.
        g.MapPost("/", Upload).Accepts<IFormFile>("multipart/form-data").DisableAntiforgery()
            .WithFormOptions(multipartBodyLengthLimit: UploadedTable.MaxBytes + 64 * 1024)
            .WithSummary("Upload the population on 1 January of a year (form fields 'file' (CSV with ; or , or XLSX; columns NIS code and/or " +
                         "municipality name, and inhabitants), 'year', 'source', 'publishedOn' (yyyy-MM-dd)). Nothing is written to any tenant: " +
                         "the answer is a preview (matched, unmatched, duplicate, malformed, out-of-range rows; changes and fee tier moves) under a token.")
            .ProducesValidationProblem();
        g.MapGet("/{token:guid}", Get).WithSummary("A preview, as it was made.");
        g.MapPost("/{token:guid}/apply", Apply)
            .WithSummary("Apply exactly the previewed figures to every matched tenant, or nothing when any row was refused, the preview is older " +
                         "than 24 hours, was applied already, or a figure changed since.")
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<PopulationPreview>, ValidationProblem>> Upload(HttpRequest http, PopulationImport import, CancellationToken ct)
    {
        IFormCollection form;
        try
        {
            form = http.HasFormContentType ? await http.ReadFormAsync(ct) : FormCollection.Empty;
        }
        catch (InvalidDataException)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Het bestand is groter dan 2 MB."] },
                title: "De tabel is niet ingelezen.");
        }
        var file = form.Files.GetFile("file");
        byte[]? content = null;
        if (file is { Length: > 0 and <= UploadedTable.MaxBytes })
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }
        var publishedText = form["publishedOn"].ToString();
        DateOnly? published = DateOnly.TryParseExact(publishedText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var p) ? p : null;
        var outcome = await import.PreviewAsync(new PopulationUploadRequest(form["year"], form["source"], published, file?.FileName, content),
            Actor.From(http.HttpContext.User), ct);
        if (outcome.Ok) return TypedResults.Ok(outcome.Value!);
        var errors = outcome.FieldErrors();
        if (file is { Length: > UploadedTable.MaxBytes }) errors["file"] = ["Het bestand is groter dan 2 MB."];
        if (publishedText.Length > 0 && published is null) errors["publishedOn"] = ["De publicatiedatum schrijf je als jjjj-mm-dd, bijvoorbeeld 2026-01-31."];
        return TypedResults.ValidationProblem(errors, title: "De tabel is niet ingelezen.");
    }

    private static async Task<Results<Ok<PopulationPreview>, NotFound>> Get(Guid token, PopulationImport import, CancellationToken ct) =>
        await import.FindAsync(token, ct) is { } preview ? TypedResults.Ok(preview) : TypedResults.NotFound();

    private static async Task<Results<Ok<PopulationApplied>, NotFound, ProblemHttpResult>> Apply(Guid token, PopulationImport import,
        HttpContext http, CancellationToken ct)
    {
        var outcome = await import.ApplyAsync(token, Actor.From(http.User), ct);
        if (outcome.Ok) return TypedResults.Ok(outcome.Value!);
        return outcome.NotFound
            ? TypedResults.NotFound()
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Niet toegepast", detail: outcome.Conflict);
    }
}
