using Microsoft.EntityFrameworkCore;
using StatusPage.Auditing;
using StatusPage.Persistence;

namespace StatusPage.Incidents;

internal sealed record TemplateInput(string? Name, string? Title, string? Level, IReadOnlyList<Guid>? ComponentIds, string? Message);

/// <summary>Incident templates for frequent cases (name, title, impact, components, first update), and the incident a
/// template starts.</summary>
internal sealed class IncidentTemplates(StatusPageDbContext db, TimeProvider clock, StatusAudit audit)
{
    public Task<List<IncidentTemplate>> ListAsync(CancellationToken ct) =>
        db.IncidentTemplates.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);

    public Task<IncidentTemplate?> FindAsync(Guid id, CancellationToken ct) =>
        db.IncidentTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);

    /// <param name="id">Null: a new template.</param>
    public async Task<Outcome<IncidentTemplate>> SaveAsync(Guid? id, TemplateInput input, Guid? userId, CancellationToken ct)
    {
        IncidentTemplate? template = null;
        if (id is { } existing && (template = await db.IncidentTemplates.FirstOrDefaultAsync(t => t.Id == existing, ct)) is null)
            return Outcome<IncidentTemplate>.Missing();
        var errors = new Dictionary<string, string[]>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0) errors["name"] = ["Geef het sjabloon een naam."];
        else if (name.Length > 100) errors["name"] = ["De naam is te lang (maximaal 100 tekens)."];
        else if (await db.IncidentTemplates.AnyAsync(t => t.Name == name && t.Id != (id ?? Guid.Empty), ct))
            errors["name"] = ["Er is al een sjabloon met deze naam."];
        if (string.IsNullOrWhiteSpace(input.Title)) errors["title"] = ["Geef de storing een titel."];
        else if (input.Title.Trim().Length > 200) errors["title"] = ["De titel is te lang (maximaal 200 tekens)."];
        if (!Enum.TryParse<ImpactLevel>(input.Level, ignoreCase: true, out var level) || !Enum.IsDefined(level) || int.TryParse(input.Level, out _))
            errors["level"] = ["Kies een impact: " + string.Join(", ", Enum.GetNames<ImpactLevel>()) + "."];
        if (string.IsNullOrWhiteSpace(input.Message)) errors["message"] = ["Schrijf de eerste update voor de abonnees."];
        else if (input.Message.Trim().Length > 4000) errors["message"] = ["Het bericht is te lang (maximaal 4000 tekens)."];
        var components = (input.ComponentIds ?? []).Distinct().ToList();
        if (components.Count == 0) errors["componentIds"] = ["Kies minstens één onderdeel."];
        else if (await db.Components.CountAsync(c => components.Contains(c.Id), ct) != components.Count)
            errors["componentIds"] = ["Een van de onderdelen bestaat niet."];
        if (errors.Count > 0) return Outcome<IncidentTemplate>.Invalid(errors);

        if (template is null)
        {
            template = new IncidentTemplate { Id = Guid.CreateVersion7(clock.GetUtcNow()), Name = name, Title = "", Message = "", CreatedAt = clock.GetUtcNow() };
            db.IncidentTemplates.Add(template);
        }
        template.Name = name;
        template.Title = input.Title!.Trim();
        template.Level = level;
        template.ComponentIds = string.Join(',', components);
        template.Message = input.Message!.Trim();
        audit.Record(userId, id is null ? "template.created" : "template.changed", template.Id, input);
        await db.SaveChangesAsync(ct);
        return Outcome<IncidentTemplate>.Success(template);
    }

    public async Task<bool> DeleteAsync(Guid id, Guid? userId, CancellationToken ct)
    {
        var template = await db.IncidentTemplates.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (template is null) return false;
        db.IncidentTemplates.Remove(template);
        audit.Record(userId, "template.deleted", id, new { template.Name });
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The new incident a template proposes (investigating; components that no longer exist left out).</summary>
    public async Task<NewIncident> ProposalAsync(IncidentTemplate t, CancellationToken ct)
    {
        var wanted = t.Components;
        var known = await db.Components.AsNoTracking().Where(c => wanted.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        return new NewIncident(t.Title, IncidentUpdateStatus.Investigating, t.Message,
            wanted.Where(known.Contains).Select(c => new ImpactInput(c, t.Level)).ToList());
    }
}
