using DataProtection.Changes;
using DataProtection.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataProtection.Assignments;

/// <param name="Component">One of UwGegevens, Attesten, Dosis, Notificaties, Contactvoorkeuren.</param>
/// <param name="Categories">Types of (personal) data exactly as Bijlage 1 lists them for this component.</param>
/// <param name="DataSubjects">Categories of data subjects, e.g. "Burgers van de gemeente".</param>
public sealed record ComponentRequest(string? Component, List<string>? Categories, string? DataSubjects, string? Subject, string? Purpose);

/// <param name="Indefinite">True: "onbepaalde duur"; false: from/until.</param>
public sealed record AssignmentRequest(List<ComponentRequest>? Components, bool? Indefinite, DateOnly? From, DateOnly? Until);

public sealed record ReturnRequest(string? Reason);

/// <summary>The tenant admin submits a new version of the tenant's processing assignment (charter 1.2, Bijlage 1).</summary>
internal sealed class SubmitAssignment(DataProtectionDbContext db, TimeProvider clock)
{
    public async Task<Outcome<ProcessingAssignment>> RunAsync(AssignmentRequest r, Guid? userId, CancellationToken ct)
    {
        var errors = Validate(r);
        if (errors.Count > 0) return Outcome<ProcessingAssignment>.Invalid(errors);
        var existing = await db.Assignments.AsNoTracking().Select(a => new { a.Version, a.Status }).ToListAsync(ct);
        if (AssignmentVersions.RefuseSubmission(existing.Select(e => e.Status)) is { } reason) return Outcome<ProcessingAssignment>.Conflicting(reason);
        var now = clock.GetUtcNow();
        var assignment = new ProcessingAssignment
        {
            Id = Guid.CreateVersion7(now), Version = AssignmentVersions.Next(existing.Select(e => e.Version)), Status = AssignmentStatus.Submitted,
            From = r.Indefinite == true ? null : r.From, Until = r.Indefinite == true ? null : r.Until, SubmittedAt = now, SubmittedBy = userId,
            Components = r.Components!.OrderBy(c => Enum.Parse<AppComponent>(c.Component!, true)).Select(c =>
            {
                var component = Enum.Parse<AppComponent>(c.Component!, true);
                var chosen = c.Categories!.Select(x => x.Trim()).ToHashSet(StringComparer.Ordinal);
                return new AssignmentComponent
                {
                    Id = Guid.CreateVersion7(now), Component = component,
                    Categories = string.Join("\n", Bijlage1.Of(component).Categories.Where(chosen.Contains)),
                    DataSubjects = c.DataSubjects!.Trim(), Subject = c.Subject!.Trim(), Purpose = c.Purpose!.Trim(),
                };
            }).ToList(),
        };
        db.Assignments.Add(assignment);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Outcome<ProcessingAssignment>.Conflicting("Er werd tegelijk een andere versie ingediend. Herlaad de pagina.");
        }
        return Outcome<ProcessingAssignment>.Success(assignment);
    }

    internal static Dictionary<string, string[]> Validate(AssignmentRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        var components = r.Components ?? [];
        if (components.Count == 0) errors["components"] = ["Kies minstens één applicatiecomponent."];
        var seen = new HashSet<AppComponent>();
        foreach (var c in components)
        {
            if (!Enum.TryParse<AppComponent>(c.Component, true, out var component) || !Enum.IsDefined(component) || int.TryParse(c.Component, out _))
            {
                errors["components"] = [$"Onbekende applicatiecomponent '{c.Component}'. Kies uit: {string.Join(", ", Enum.GetNames<AppComponent>())}."];
                continue;
            }
            var name = component.Dutch();
            if (!seen.Add(component)) { errors["components"] = [$"{name} staat meer dan eens in de opdracht."]; continue; }
            var key = component.ToString();
            var allowed = Bijlage1.Of(component).Categories;
            var chosen = (c.Categories ?? []).Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x.Trim()).ToList();
            if (chosen.Count == 0) errors[$"{key}.categories"] = [$"Kies minstens één type persoonsgegevens voor {name}."];
            else if (chosen.FirstOrDefault(x => !allowed.Contains(x)) is { } unknown)
                errors[$"{key}.categories"] = [$"'{unknown}' is geen type persoonsgegevens van {name} in bijlage 1 van het verwerkingscharter."];
            Text(errors, $"{key}.dataSubjects", c.DataSubjects, $"Geef de categorieën van betrokkenen voor {name}", 500);
            Text(errors, $"{key}.subject", c.Subject, $"Geef het onderwerp van de verwerking voor {name}", 1000);
            Text(errors, $"{key}.purpose", c.Purpose, $"Geef de aard en het doel van de verwerking voor {name}", 1000);
        }
        if (r.Indefinite is null) errors["indefinite"] = ["Kies de duur: onbepaalde duur of van een datum tot een datum."];
        else if (r.Indefinite == false)
        {
            if (r.From is null) errors["from"] = ["Geef de begindatum van de verwerking."];
            if (r.Until is null) errors["until"] = ["Geef de einddatum van de verwerking."];
            else if (r.From is { } f && r.Until <= f) errors["until"] = ["De einddatum moet na de begindatum liggen."];
        }
        return errors;
    }

    private static void Text(Dictionary<string, string[]> errors, string field, string? value, string missing, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = [missing + "."];
        else if (value.Trim().Length > max) errors[field] = [$"De tekst is te lang (maximaal {max} tekens)."];
    }
}

/// <summary>A platform admin approves a submitted version (the approved one before it is superseded, both kept) or
/// returns it with a reason.</summary>
internal sealed class ReviewAssignment(DataProtectionDbContext db, ITenantScopeFactory scopes, TimeProvider clock)
{
    public Task<Outcome<ProcessingAssignment>> ApproveAsync(Guid id, Guid? userId, CancellationToken ct) =>
        ReviewAsync(id, (version, others) => AssignmentVersions.Approve(version, others, clock.GetUtcNow(), userId), ct);

    public Task<Outcome<ProcessingAssignment>> ReturnAsync(Guid id, ReturnRequest r, Guid? userId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(r.Reason)) return Task.FromResult(Outcome<ProcessingAssignment>.Invalid("reason", "Geef de reden waarom de opdracht teruggestuurd wordt."));
        if (r.Reason.Trim().Length > 2000) return Task.FromResult(Outcome<ProcessingAssignment>.Invalid("reason", "De reden is te lang (maximaal 2000 tekens)."));
        return ReviewAsync(id, (version, _) => AssignmentVersions.Return(version, r.Reason.Trim(), clock.GetUtcNow(), userId), ct);
    }

    private async Task<Outcome<ProcessingAssignment>> ReviewAsync(Guid id, Func<ProcessingAssignment, List<ProcessingAssignment>, string?> apply, CancellationToken ct)
    {
        var tenantId = await AcrossTenants.Assignments(db).Where(a => a.Id == id).Select(a => (Guid?)a.TenantId).FirstOrDefaultAsync(ct);
        if (tenantId is null) return Outcome<ProcessingAssignment>.Missing();
        await using var scope = await scopes.BeginAsync(tenantId.Value, ct);
        var tenantDb = scope.ServiceProvider.GetRequiredService<DataProtectionDbContext>();
        var all = await tenantDb.Assignments.Include(a => a.Components).ToListAsync(ct);
        var version = all.First(a => a.Id == id);
        if (apply(version, all) is { } reason) return Outcome<ProcessingAssignment>.Conflicting(reason);
        await tenantDb.SaveChangesAsync(ct);
        return Outcome<ProcessingAssignment>.Success(version);
    }
}
