using DataProtection.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Export;
using Platform.Kernel.Formatting;
using Platform.Kernel.Privacy;

namespace DataProtection.AccessLog;

/// <summary>Writes a staff read into the tenant's access log, inside that tenant's scope.</summary>
internal sealed class PersonalDataReadLog(ITenantScopeFactory scopes, TimeProvider clock) : IPersonalDataReadLog
{
    public async Task RecordAsync(PersonalDataRead read, CancellationToken ct)
    {
        await using var scope = await scopes.BeginAsync(read.TenantId, ct);
        var db = scope.ServiceProvider.GetRequiredService<DataProtectionDbContext>();
        var now = clock.GetUtcNow();
        db.AccessLog.Add(new AccessLogEntry
        {
            Id = Guid.CreateVersion7(now), At = now, UserId = read.UserId, Role = read.Role, Kind = Trim(read.Kind, 40)!,
            RecordId = Trim(read.RecordId, 100), Resource = Trim(read.Resource, 300)!,
        });
        await db.SaveChangesAsync(ct);
    }

    private static string? Trim(string? s, int max) => s is null || s.Length <= max ? s : s[..max];
}

public sealed record AccessLogResponse(DateTimeOffset At, Guid UserId, string? User, string Role, string Kind, string? RecordId, string Resource);

/// <summary>A tenant's access log for a period (Brussels days, both inclusive), newest first, with the staff member's name.</summary>
internal sealed class AccessLogQuery(DataProtectionDbContext db, IPlatformUsers users)
{
    /// <summary>The period asked for: until today (Brussels) and the 30 days before when not given.</summary>
    public static (DateOnly From, DateOnly Until) Period(DateOnly? from, DateOnly? until, TimeProvider clock)
    {
        var u = until ?? Platform.Kernel.Formatting.Dutch.Today(clock);
        return (from ?? u.AddDays(-30), u);
    }

    public const int MaxDays = 366;

    public static Dictionary<string, string[]> Validate(DateOnly? from, DateOnly? until)
    {
        var errors = new Dictionary<string, string[]>();
        if (from is { } f && until is { } u)
        {
            if (u < f) errors["until"] = ["De einddatum ligt voor de begindatum."];
            else if (u.DayNumber - f.DayNumber > MaxDays) errors["until"] = [$"Kies een periode van hoogstens {MaxDays} dagen."];
        }
        return errors;
    }

    public async Task<List<AccessLogResponse>> ListAsync(DateOnly from, DateOnly until, CancellationToken ct)
    {
        var start = Start(from);
        var end = Start(until.AddDays(1));
        var rows = await db.AccessLog.AsNoTracking().Where(e => e.At >= start && e.At < end).ToListAsync(ct);
        var names = new Dictionary<Guid, string?>();
        foreach (var id in rows.Select(r => r.UserId).Distinct())
            names[id] = (await users.FindAsync(id, ct))?.DisplayName;
        return rows.OrderByDescending(r => r.At)
            .Select(r => new AccessLogResponse(r.At, r.UserId, names[r.UserId], r.Role, r.Kind, r.RecordId, r.Resource)).ToList();
    }

    private static DateTimeOffset Start(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Dutch.Brussels.GetUtcOffset(local)).ToUniversalTime();
    }

    public static string KindDutch(string kind) => kind switch
    {
        "incident" => "Servicedeskincident",
        "attachment" => "Bijlage van een incident",
        "contacts" => "Contactpersonen",
        "reporters" => "Melders",
        "user" => "Gebruiker",
        "invitations" => "Uitnodigingen",
        "export" => "Export van de gegevens",
        _ => kind,
    };

    public static byte[] Csv(IEnumerable<AccessLogResponse> rows) => Platform.Kernel.Export.Csv.Write(
        [.. new[] { "Tijdstip", "Medewerker", "Gebruikers-id", "Rol", "Soort", "Record-id", "Bron" }.Select(ExportCell.Of)],
        rows.Select(r => (IReadOnlyList<ExportCell>)[ExportCell.Of(Dutch.DateTime(r.At)), ExportCell.Of(r.User ?? ""), ExportCell.Of(r.UserId.ToString()),
            ExportCell.Of(Roles.DutchName(r.Role)), ExportCell.Of(KindDutch(r.Kind)), ExportCell.Of(r.RecordId ?? ""), ExportCell.Of(r.Resource)]));
}
