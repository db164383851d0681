using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using ServiceDesk.Persistence;

namespace ServiceDesk.SavedReplies;

public sealed record SavedReplyRequest(string? Name, string? Body);

public sealed record SavedReplyResponse(Guid Id, string Name, string Body, DateTimeOffset UpdatedAt, string UpdatedBy);

/// <summary>The desk's saved replies: list, add or change, remove, and fill one in for an incident.</summary>
internal sealed class SavedReplyService(ServiceDeskDbContext db, IncidentService incidents, TimeProvider clock)
{
    public async Task<IReadOnlyList<SavedReplyResponse>> ListAsync(CancellationToken ct) =>
        (await db.SavedReplies.AsNoTracking().ToListAsync(ct)).OrderBy(r => r.Name, StringComparer.Create(Dutch.Culture, true))
            .Select(ToResponse).ToList();

    /// <param name="id">Null to add a new reply.</param>
    public async Task<Outcome<SavedReplyResponse>> SaveAsync(Guid? id, SavedReplyRequest request, string by, CancellationToken ct)
    {
        var name = request.Name?.Trim() ?? "";
        var body = request.Body?.Trim() ?? "";
        var errors = new Dictionary<string, string[]>();
        if (name.Length == 0) errors["name"] = ["Geef een naam op."];
        else if (name.Length > SavedReplyConfiguration.NameLength) errors["name"] = [$"De naam mag hoogstens {SavedReplyConfiguration.NameLength} tekens lang zijn."];
        if (body.Length == 0) errors["body"] = ["Geef de tekst van het antwoord op."];
        else if (body.Length > SavedReplyConfiguration.BodyLength) errors["body"] = [$"De tekst mag hoogstens {Dutch.Number(SavedReplyConfiguration.BodyLength)} tekens lang zijn."];
        else if (ReplyPlaceholders.Unknown(body) is { Count: > 0 } unknown)
            errors["body"] = [$"Onbekende invulvelden in de tekst: {string.Join(", ", unknown.Select(u => "{" + u + "}"))}."];
        if (errors.Count > 0) return Outcome<SavedReplyResponse>.Invalid(errors);

        var reply = id is null ? null : await db.SavedReplies.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (id is not null && reply is null) return Outcome<SavedReplyResponse>.Missing();
        if (await db.SavedReplies.AnyAsync(r => r.Name == name && r.Id != id, ct)) return Duplicate(name);
        if (reply is null) db.SavedReplies.Add(reply = new SavedReply { Id = Guid.NewGuid(), Name = name, Body = body, UpdatedBy = by });
        (reply.Name, reply.Body, reply.UpdatedBy, reply.UpdatedAt) = (name, body, by, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Duplicate(name);
        }
        return Outcome<SavedReplyResponse>.Success(ToResponse(reply));
    }

    public async Task<bool> RemoveAsync(Guid id, CancellationToken ct) =>
        await db.SavedReplies.Where(r => r.Id == id).ExecuteDeleteAsync(ct) > 0;

    /// <summary>The reply's text with the incident's number, tenant, reporter, title, priority and due times filled in.</summary>
    public async Task<Outcome<string>> FillAsync(Guid? replyId, Guid incidentId, Actor actor, CancellationToken ct)
    {
        if (replyId is null) return Outcome<string>.Invalid("savedReply", "Kies een standaardantwoord.");
        var reply = await db.SavedReplies.AsNoTracking().FirstOrDefaultAsync(r => r.Id == replyId, ct);
        if (reply is null) return Outcome<string>.Invalid("savedReply", "Dit standaardantwoord bestaat niet meer.");
        var incident = await incidents.GetAsync(incidentId, actor, ct);
        if (incident is null) return Outcome<string>.Missing();
        return Outcome<string>.Success(ReplyPlaceholders.Fill(reply.Body, new Dictionary<string, string>
        {
            ["nummer"] = incident.Number,
            ["bestuur"] = incident.TenantName,
            ["melder"] = incident.ReporterName,
            ["titel"] = incident.Title,
            ["prioriteit"] = incident.Priority,
            ["reactiedeadline"] = Dutch.DateTime(incident.ResponseDueAt),
            ["deadline"] = Dutch.DateTime(incident.ResolutionDueAt),
        }));
    }

    private static Outcome<SavedReplyResponse> Duplicate(string name) =>
        Outcome<SavedReplyResponse>.Invalid("name", $"Er bestaat al een standaardantwoord met de naam \u201c{name}\u201d.");

    private static SavedReplyResponse ToResponse(SavedReply r) => new(r.Id, r.Name, r.Body, r.UpdatedAt, r.UpdatedBy);
}
