using Microsoft.EntityFrameworkCore;
using System.Security.Claims;
using Platform.Kernel.Security;
using ServiceDesk.Persistence;

namespace ServiceDesk.Reporters;

public sealed record ReporterResponse(Guid Id, string Email, string DisplayName, int? Seat, bool Invited = false, DateTimeOffset? LastSignInAt = null);

/// <summary>An invitation: the person chooses their own password from a one-time e-mailed link; there is no password field
/// (a <c>password</c> an older client still sends is ignored like any unknown member, never stored). Role: <c>Reporter</c>
/// (default) or <c>TenantAdmin</c>.</summary>
public sealed record NewReporterRequest(string? Email, string? DisplayName, string? Role = null);

/// <summary>A tenant's admin or reporter as its admins see them.</summary>
public sealed record TenantPersonResponse(Guid Id, string Email, string DisplayName, string Role, int? Seat, bool Invited, DateTimeOffset? LastSignInAt);

/// <summary>
/// A tenant's people: its admins and at most <see cref="MaxReporters"/> reporters, all by invitation (account without a
/// password, a one-time e-mailed link to choose one). The reporter limit is a seat table with a unique (TenantId, Seat)
/// index: a seat is reserved before the user is created and given back when creation fails, so two admins adding
/// the fourth reporter at the same time cannot both succeed. An outstanding invitation is a reporter account already, so
/// it holds its seat until the person is removed. Reporters created elsewhere (platform admin API, seed) are given a free
/// seat when one is added here, so they count too.
/// </summary>
internal sealed class ReporterSeats(ServiceDeskDbContext db, IPlatformUsers users, TimeProvider clock)
{
    public const int MaxReporters = 3;

    public const string FullMessage =
        "Dit lokaal bestuur heeft al 3 melders. Verwijder eerst een melder voordat je een nieuwe aanduidt.";

    private static readonly TimeSpan StaleReservation = TimeSpan.FromMinutes(5);

    public async Task<IReadOnlyList<ReporterResponse>> ListAsync(Guid tenantId, CancellationToken ct)
    {
        var reporters = await users.ListAsync(tenantId, Roles.Reporter, ct);
        var seats = await db.ReporterSeats.AsNoTracking().Where(s => s.UserId != null).ToDictionaryAsync(s => s.UserId!.Value, s => s.Seat, ct);
        return reporters.Select(r => new ReporterResponse(r.Id, r.Email, r.DisplayName, seats.TryGetValue(r.Id, out var s) ? s : null, r.Invited, r.LastSignInAt)).ToList();
    }

    /// <summary>Admins first, then reporters.</summary>
    public async Task<IReadOnlyList<TenantPersonResponse>> PeopleAsync(Guid tenantId, CancellationToken ct)
    {
        var admins = await users.ListAsync(tenantId, Roles.TenantAdmin, ct);
        var reporters = await ListAsync(tenantId, ct);
        return [.. admins.Select(a => new TenantPersonResponse(a.Id, a.Email, a.DisplayName, Roles.TenantAdmin, null, a.Invited, a.LastSignInAt)),
            .. reporters.Select(r => new TenantPersonResponse(r.Id, r.Email, r.DisplayName, Roles.Reporter, r.Seat, r.Invited, r.LastSignInAt))];
    }

    public async Task<Outcome<ReporterResponse>> AddAsync(TenantInfo tenant, NewReporterRequest request, ClaimsPrincipal actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var role = string.IsNullOrWhiteSpace(request.Role) ? Roles.Reporter : request.Role.Trim();
        if (role is not (Roles.Reporter or Roles.TenantAdmin)) errors["role"] = ["Kies de rol melder (Reporter) of beheerder (TenantAdmin)."];
        if (string.IsNullOrWhiteSpace(request.DisplayName)) errors["displayName"] = ["De naam is verplicht."];
        else if (request.DisplayName.Trim().Length > 200) errors["displayName"] = ["De naam mag hoogstens 200 tekens lang zijn."];
        if (string.IsNullOrWhiteSpace(request.Email)) errors["email"] = ["Het e-mailadres is verplicht."];
        if (errors.Count > 0) return Outcome<ReporterResponse>.Invalid(errors);

        var email = request.Email!.Trim();
        if (role == Roles.TenantAdmin)
        {
            var invited = await users.InviteAsync(email, request.DisplayName!.Trim(), role, tenant.Id, actor, ct);
            return invited.Value is { } admin ? Outcome<ReporterResponse>.Success(new ReporterResponse(admin.Id, admin.Email, admin.DisplayName, null, true))
                : invited.Failed<ReporterResponse>();
        }
        var adopted = await AdoptUnseatedAsync(tenant.Id, ct);
        var seat = await ReserveAsync(tenant.Id, email, ct);
        if (seat is null) return Outcome<ReporterResponse>.Invalid("reporters", FullMessage);

        var created = await users.InviteAsync(email, request.DisplayName!.Trim(), Roles.Reporter, tenant.Id, actor, ct);
        if (created.Value is not { } user)
        {
            // A refused request writes nothing: give back the reserved seat and the seats this call handed to reporters
            // created elsewhere (the next successful addition seats them again).
            db.ReporterSeats.RemoveRange([seat, .. adopted]);
            await db.SaveChangesAsync(ct);
            return created.Failed<ReporterResponse>();
        }
        seat.UserId = user.Id;
        seat.PendingEmail = null;
        await db.SaveChangesAsync(ct);
        return Outcome<ReporterResponse>.Success(new ReporterResponse(user.Id, user.Email, user.DisplayName, seat.Seat, true));
    }

    /// <summary>Removes a reporter (frees the seat) or, with <paramref name="role"/> TenantAdmin, another admin of the tenant
    /// (never the caller themself).</summary>
    public async Task<bool> RemoveAsync(Guid tenantId, Guid userId, ClaimsPrincipal actor, CancellationToken ct, string role = Roles.Reporter)
    {
        var user = await users.FindAsync(userId, ct);
        if (user is null || user.TenantId != tenantId || user.Role != role) return false;
        if (PlatformClaims.UserId(actor) == userId) return false;
        if (!await users.RemoveAsync(userId, tenantId, actor, ct)) return false;
        await AcrossTenants.FreeSeatOfAsync(db, userId, ct);
        return true;
    }

    public async Task<bool> ResendAsync(Guid tenantId, Guid userId, ClaimsPrincipal actor, CancellationToken ct) =>
        await users.ResendInvitationAsync(userId, tenantId, actor, ct);

    /// <summary>Takes the lowest free seat; a concurrent taker of the same seat loses on the unique index and tries the next.</summary>
    private async Task<ReporterSeat?> ReserveAsync(Guid tenantId, string? pendingEmail, CancellationToken ct)
    {
        var stale = clock.GetUtcNow() - StaleReservation;
        await AcrossTenants.DropStaleReservationsAsync(db, stale, ct);
        for (var attempt = 0; attempt < MaxReporters; attempt++)
        {
            var taken = await db.ReporterSeats.Select(s => s.Seat).ToListAsync(ct);
            var free = Enumerable.Range(1, MaxReporters).Except(taken).Cast<int?>().FirstOrDefault();
            if (free is null) return null;
            var seat = new ReporterSeat
            {
                Id = Guid.NewGuid(), TenantId = tenantId, Seat = free.Value, TakenAt = clock.GetUtcNow(),
                PendingEmail = pendingEmail?.ToLowerInvariant(),
            };
            db.ReporterSeats.Add(seat);
            try
            {
                await db.SaveChangesAsync(ct);
                return seat;
            }
            catch (DbUpdateException)
            {
                db.Entry(seat).State = EntityState.Detached;
            }
        }
        return null;
    }

    /// <summary>Seats reporters created elsewhere; returns the seats it handed out.</summary>
    private async Task<List<ReporterSeat>> AdoptUnseatedAsync(Guid tenantId, CancellationToken ct)
    {
        var adopted = new List<ReporterSeat>();
        var reporters = await users.ListAsync(tenantId, Roles.Reporter, ct);
        var seated = await db.ReporterSeats.Where(s => s.UserId != null).Select(s => s.UserId!.Value).ToListAsync(ct);
        var ids = reporters.Select(r => r.Id).ToList();
        // Only seats older than any creation in flight: a reporter created a moment ago is missing from the list above.
        var settled = clock.GetUtcNow() - StaleReservation;
        var orphanSeats = await db.ReporterSeats
            .Where(s => s.UserId != null && !ids.Contains(s.UserId!.Value) && s.TakenAt < settled).ToListAsync(ct);
        if (orphanSeats.Count > 0)
        {
            db.ReporterSeats.RemoveRange(orphanSeats);
            await db.SaveChangesAsync(ct);
        }
        // Reporters being created right now hold a reserved seat under their e-mail address already.
        var pending = await db.ReporterSeats.Where(s => s.UserId == null && s.PendingEmail != null)
            .Select(s => s.PendingEmail!).ToListAsync(ct);
        foreach (var reporter in reporters.Where(r => !seated.Contains(r.Id) && !pending.Contains(r.Email.ToLowerInvariant())))
        {
            var seat = await ReserveAsync(tenantId, null, ct);
            if (seat is null) return adopted;
            seat.UserId = reporter.Id;
            try
            {
                await db.SaveChangesAsync(ct);
                adopted.Add(seat);
            }
            catch (DbUpdateException)
            {
                // Another request adopted the same reporter at the same moment: give this seat back.
                db.ReporterSeats.Remove(seat);
                await db.SaveChangesAsync(ct);
            }
        }
        return adopted;
    }
}
