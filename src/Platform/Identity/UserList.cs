using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Paging;
using Platform.Kernel.Tenancy;
using Platform.Kernel.UseCases;
using Platform.Persistence;

namespace Platform.Identity;

/// <summary>The platform admins' list of users: search on name or e-mail address, filter on role and tenant, sortable and paged
/// in the database. Used by <c>/beheer/gebruikers</c> and <c>GET /api/admin/users/overview</c>.</summary>
internal sealed class UserList(PlatformDbContext db, ITenantStore tenants, TimeProvider clock)
{
    public const string DefaultSort = "naam";

    private static readonly SortMap<PlatformUser> Sorts = new SortMap<PlatformUser>()
        .Add("naam", u => u.DisplayName)
        .Add("email", u => u.NormalizedEmail)
        .Add("aangemeld", u => u.LastSignInAt);

    public static PageRequest Request(int? page, int? size, string? sort, string? dir, string? search) =>
        PageRequest.From(page, size, sort, dir, search, Sorts.Keys, DefaultSort);

    /// <param name="role">A role name (<see cref="Roles.All"/>); empty: every role.</param>
    /// <param name="tenant">A tenant's slug; empty: every user.</param>
    /// <returns>The page, or field errors on <c>rol</c> or <c>bestuur</c> (the query's names) for an unknown role or tenant.</returns>
    public async Task<Outcome<PagedList<UserResponse>>> ListAsync(PageRequest request, string? role, string? tenant, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (request.Search is { } text)
        {
            var words = text.ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(words) || u.DisplayName.ToUpper().Contains(words));
        }
        if (!string.IsNullOrWhiteSpace(role))
        {
            if (!Roles.All.Contains(role)) return Outcome<PagedList<UserResponse>>.Invalid("rol", "Kies een rol uit de lijst.");
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }
        if (!string.IsNullOrWhiteSpace(tenant))
        {
            if (await tenants.FindByIdentifierAsync(tenant.Trim(), ct) is not { } t)
                return Outcome<PagedList<UserResponse>>.Invalid("bestuur", "Kies een lokaal bestuur uit de lijst.");
            query = query.Where(u => u.TenantId == t.Id);
        }
        var page = await Sorts.Apply(query, request).ThenBy(u => u.NormalizedEmail).ThenBy(u => u.Id).ToPagedListAsync(request, ct);
        var ids = page.Items.Select(u => u.Id).ToList();
        var roles = (await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ids.Contains(ur.UserId)
                            select new { ur.UserId, r.Name }).ToListAsync(ct)).ToLookup(r => r.UserId, r => r.Name!);
        var now = clock.GetUtcNow();
        return Outcome<PagedList<UserResponse>>.Success(page.Select(u => new UserResponse(u.Id, u.Email ?? "", u.DisplayName,
            roles[u.Id].ToList(), u.TenantId, u.LockoutEnd > now, !u.IsDeactivated, u.LastSignInAt, PasswordLinks.IsInvited(u), u.TwoFactorEnabled)));
    }
}

internal static class UserListApi
{
    public static void MapUserListApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/admin/users/overview", async Task<Results<Ok<PagedList<UserResponse>>, NotFound, ValidationProblem, ProblemHttpResult>> (
                UserList list, int? page, int? size, string? sort, string? dir, string? q, string? rol, string? bestuur, CancellationToken ct) =>
                (await list.ListAsync(UserList.Request(page, size, sort, dir, q), rol, bestuur, ct)).ToOk(users => users, "De filter is ongeldig."))
            .RequireAuthorization(Policies.PlatformAdmin).WithTags("Administration").ProducesValidationProblem()
            .WithSummary("Users, one page at a time: q searches name and e-mail; rol and bestuur (tenant slug) filter; sort naam, email or " +
                "aangemeld; dir asc or desc. Out-of-range page or size and unknown sort values are clamped.");
}
