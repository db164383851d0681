using DataProtection.Changes;
using DataProtection.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Formatting;
using Platform.Kernel.Mail;
using Platform.Kernel.Privacy;

namespace DataProtection.SubjectRequests;

/// <param name="Tenant">The tenant's slug.</param>
/// <param name="Channel">EMail, Brief, Telefoon, Servicedesk or Webformulier.</param>
/// <param name="Kind">Inzage, Rectificatie, Wissing, Beperking, Overdraagbaarheid or Bezwaar.</param>
/// <param name="Description">Minimal: what the tenant needs to handle it; no more personal data than needed.</param>
public sealed record SubjectRequestRequest(string? Tenant, DateTimeOffset? ReceivedAt, string? Channel, string? Kind, string? Description);

public sealed record SubjectRequestNote(string? Note);

/// <summary>Logs a data-subject request that reached Digitaal Vlaanderen and passes it at once to the tenant's DPO contacts
/// (else SPOC) by Dutch mail (charter 7); the row keeps the sent text and recipients as proof.</summary>
internal sealed class LogSubjectRequest(ITenantDirectory directory, ITenantScopeFactory scopes, TimeProvider clock, DataProtectionLinks links,
    ILogger<LogSubjectRequest> log)
{
    public const int MaxDescription = 1000;

    public async Task<Outcome<SubjectRequest>> RunAsync(SubjectRequestRequest r, Guid? userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        var tenant = string.IsNullOrWhiteSpace(r.Tenant) ? null : await directory.FindBySlugAsync(r.Tenant.Trim(), ct);
        if (tenant is null) errors["tenant"] = ["Kies het lokaal bestuur waarvoor het verzoek bedoeld is."];
        if (r.ReceivedAt is not { } received) errors["receivedAt"] = ["Geef het tijdstip waarop het verzoek ontvangen werd."];
        else if (received > now) errors["receivedAt"] = ["Het tijdstip van ontvangst ligt in de toekomst."];
        if (!TryParse<SubjectRequestChannel>(r.Channel, out var channel)) errors["channel"] = ["Kies het kanaal waarlangs het verzoek binnenkwam."];
        if (!TryParse<SubjectRequestKind>(r.Kind, out var kind)) errors["kind"] = ["Kies het soort verzoek (inzage, rectificatie, wissing, beperking, overdraagbaarheid of bezwaar)."];
        if (string.IsNullOrWhiteSpace(r.Description)) errors["description"] = ["Geef een korte omschrijving van het verzoek."];
        else if (r.Description.Trim().Length > MaxDescription) errors["description"] = [$"De omschrijving is te lang (maximaal {MaxDescription} tekens): vermeld enkel wat het bestuur nodig heeft."];
        if (errors.Count > 0) return Outcome<SubjectRequest>.Invalid(errors);

        await using var scope = await scopes.BeginAsync(tenant!.Id, ct);
        var db = scope.ServiceProvider.GetRequiredService<DataProtectionDbContext>();
        var recipients = await scope.ServiceProvider.GetRequiredService<ITenantPrivacyContacts>().RecipientsAsync(tenant.Id, ct);
        var id = Guid.CreateVersion7(now);
        var request = new SubjectRequest
        {
            Id = id, Reference = $"VB-{Dutch.DayOf(now):yyyyMMdd}-{id.ToString("N")[^6..].ToUpperInvariant()}", ReceivedAt = r.ReceivedAt!.Value.ToUniversalTime(),
            Channel = channel, Kind = kind, Description = r.Description!.Trim(), Status = SubjectRequestStatus.Forwarded, LoggedAt = now, LoggedBy = userId,
            ForwardedAt = now, Recipients = string.Join(", ", recipients.Select(c => c.Email)), ToDpo = recipients.Any(c => c.IsDpo),
            MailSubject = "", MailBody = "",
        };
        (request.MailSubject, request.MailBody) = SubjectRequestMails.Forward(request, tenant.Name, links.Tenant(tenant.Slug) + "/verzoeken");
        db.SubjectRequests.Add(request);
        await db.SaveChangesAsync(ct);
        var mail = scope.ServiceProvider.GetRequiredService<IMailSender>();
        foreach (var c in recipients)
            await mail.SendAsync(new OutgoingMail(c.Email, request.MailSubject, request.MailBody), ct);
        if (recipients.Count == 0)
            log.LogWarning("Tenant {TenantId} has neither a DPO contact nor a SPOC; subject request {RequestId} logged as not mailed", tenant.Id, request.Id);
        return Outcome<SubjectRequest>.Success(request);
    }

    private static bool TryParse<T>(string? value, out T result) where T : struct, Enum =>
        Enum.TryParse(value, true, out result) && Enum.IsDefined(result) && !int.TryParse(value, out _);
}

/// <summary>The tenant (or a platform admin on its page) marks a request answered by the tenant, or closes it.</summary>
internal sealed class UpdateSubjectRequest(DataProtectionDbContext db, TimeProvider clock)
{
    public Task<Outcome<SubjectRequest>> AnswerAsync(Guid id, SubjectRequestNote r, Guid? userId, CancellationToken ct) =>
        ChangeAsync(id, r, userId, SubjectRequestStatus.Answered, ct);

    public Task<Outcome<SubjectRequest>> CloseAsync(Guid id, SubjectRequestNote r, Guid? userId, CancellationToken ct) =>
        ChangeAsync(id, r, userId, SubjectRequestStatus.Closed, ct);

    private async Task<Outcome<SubjectRequest>> ChangeAsync(Guid id, SubjectRequestNote r, Guid? userId, SubjectRequestStatus to, CancellationToken ct)
    {
        var request = await db.SubjectRequests.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (request is null) return Outcome<SubjectRequest>.Missing();
        if (SubjectRequestFlow.Refuse(request.Status, to) is { } reason) return Outcome<SubjectRequest>.Conflicting(reason);
        if (r.Note?.Trim().Length > 1000) return Outcome<SubjectRequest>.Invalid("note", "De opmerking is te lang (maximaal 1000 tekens).");
        var now = clock.GetUtcNow();
        request.Status = to;
        if (to == SubjectRequestStatus.Answered) request.AnsweredAt = now;
        else (request.ClosedAt, request.ClosedBy) = (now, userId);
        if (!string.IsNullOrWhiteSpace(r.Note)) request.Note = r.Note.Trim();
        await db.SaveChangesAsync(ct);
        return Outcome<SubjectRequest>.Success(request);
    }
}

/// <summary>doorgegeven → beantwoord door het bestuur → afgesloten; doorgegeven → afgesloten directly is allowed too.</summary>
internal static class SubjectRequestFlow
{
    public static string? Refuse(SubjectRequestStatus from, SubjectRequestStatus to) => (from, to) switch
    {
        (SubjectRequestStatus.Forwarded, SubjectRequestStatus.Answered) => null,
        (SubjectRequestStatus.Forwarded or SubjectRequestStatus.Answered, SubjectRequestStatus.Closed) => null,
        (SubjectRequestStatus.Closed, _) => "Het verzoek is al afgesloten.",
        (SubjectRequestStatus.Answered, SubjectRequestStatus.Answered) => "Het verzoek staat al als beantwoord.",
        _ => "Deze statuswijziging is niet mogelijk.",
    };
}

internal static class SubjectRequestMails
{
    public static (string Subject, string Body) Forward(SubjectRequest r, string tenantName, string link) =>
        ($"Verzoek van een betrokkene doorgegeven ({r.Reference}): {r.Kind.Dutch().ToLowerInvariant()}",
         $"Beste,\n\nDigitaal Vlaanderen ontving een verzoek van een betrokkene dat {tenantName} aanbelangt en geeft het meteen aan je door " +
         "(artikel 7 van het verwerkingscharter). Als verwerkingsverantwoordelijke beantwoordt je bestuur de betrokkene; " +
         "Digitaal Vlaanderen staat je daarbij bij.\n\n" +
         $"Referentie: {r.Reference}\n" +
         $"Ontvangen op: {Dutch.DateTime(r.ReceivedAt)}\n" +
         $"Kanaal: {r.Channel.Dutch()}\n" +
         $"Soort verzoek: {r.Kind.Dutch()}\n" +
         $"Omschrijving: {r.Description}\n\n" +
         $"Meld op {link} wanneer je bestuur het verzoek beantwoord heeft, of sluit het daar af.\n\n" +
         "Met vriendelijke groeten,\nDigitaal Vlaanderen\n");
}
