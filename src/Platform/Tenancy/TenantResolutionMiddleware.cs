using Microsoft.Extensions.Options;
using Platform.Kernel.Tenancy;

namespace Platform.Tenancy;

/// <summary>Puts the request's tenant in the scoped <see cref="TenantContext"/>. Strategies: the signed-in
/// user's tenant claim, the route value <c>{tenant}</c>, the host name. The claim wins; a route or host that
/// disagrees with it is refused (403), an unknown tenant in route or host is 404.</summary>
internal sealed class TenantResolutionMiddleware(RequestDelegate next, IOptions<TenancyOptions> options)
{
    public const string RouteKey = "tenant";

    public async Task InvokeAsync(HttpContext http, TenantContext context, ITenantStore store, IProblemDetailsService problems)
    {
        if (http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            // The Dutch error page re-executed for a refusal: it needs no tenant, and refusing again would leave it blank.
            await next(http);
            return;
        }
        var routeSlug = http.GetRouteValue(RouteKey) as string;
        var hostSlug = HostSlug(http.Request.Host.Host, options.Value.HostSuffix);
        var claim = http.User.FindFirst(PlatformClaims.TenantId)?.Value;
        if (claim is null && Roles.All.Where(Roles.IsTenantBound).Any(http.User.IsInRole))
        {
            // A tenant admin or reporter without a tenant is a data error: never treat it as staff.
            await RefuseAsync(http, problems, StatusCodes.Status403Forbidden, "Je account is aan geen lokaal bestuur gekoppeld.");
            return;
        }

        if (claim is not null)
        {
            var tenant = Guid.TryParse(claim, out var id) ? await store.FindByIdAsync(id, http.RequestAborted) : null;
            // A slug the user's own tenant had before (an old link or bookmark) is the same tenant, not another one.
            if (tenant is not null && Disagrees(routeSlug, tenant) && (await store.FindByIdentifierAsync(routeSlug!, http.RequestAborted))?.Id == tenant.Id)
            {
                if (RedirectToCurrentSlug(http, routeSlug!, tenant)) return;
                routeSlug = tenant.Identifier;
            }
            if (tenant is null || Disagrees(routeSlug, tenant) || Disagrees(hostSlug, tenant))
            {
                await RefuseAsync(http, problems, StatusCodes.Status403Forbidden, "Geen toegang tot dit lokaal bestuur.");
                return;
            }
            context.Set(tenant);
        }
        else if ((routeSlug ?? hostSlug) is { } slug)
        {
            if (routeSlug is not null && hostSlug is not null && !string.Equals(routeSlug, hostSlug, StringComparison.OrdinalIgnoreCase))
            {
                await RefuseAsync(http, problems, StatusCodes.Status403Forbidden, "Het adres en de host noemen een ander lokaal bestuur.");
                return;
            }
            var tenant = await store.FindByIdentifierAsync(slug, http.RequestAborted);
            if (tenant is null)
            {
                await RefuseAsync(http, problems, StatusCodes.Status404NotFound, "Dit lokaal bestuur bestaat niet.");
                return;
            }
            if (routeSlug is not null && Disagrees(routeSlug, tenant) && RedirectToCurrentSlug(http, routeSlug, tenant)) return;
            context.Set(tenant);
        }
        await next(http);
    }

    /// <summary>A page read under a former slug moves to the current one (301), so people and bookmarks end up on the
    /// current address. The API keeps answering under the old slug (app builds and integrations call it).</summary>
    private static bool RedirectToCurrentSlug(HttpContext http, string oldSlug, TenantInfo tenant)
    {
        var path = http.Request.Path.Value ?? "";
        if (!(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) || http.Request.Path.StartsWithSegments("/api"))
            return false;
        var segment = "/" + oldSlug;
        var at = path.IndexOf(segment, StringComparison.OrdinalIgnoreCase);
        if (at < 0 || (at + segment.Length < path.Length && path[at + segment.Length] != '/')) return false;
        var target = path[..at] + "/" + Uri.EscapeDataString(tenant.Identifier) + path[(at + segment.Length)..];
        http.Response.Redirect(target + http.Request.QueryString, permanent: true);
        return true;
    }

    private static bool Disagrees(string? slug, TenantInfo tenant) =>
        slug is not null && !string.Equals(slug, tenant.Identifier, StringComparison.OrdinalIgnoreCase);

    internal static string? HostSlug(string host, string? suffix)
    {
        if (string.IsNullOrEmpty(suffix) || !host.EndsWith("." + suffix, StringComparison.OrdinalIgnoreCase))
            return null;
        var label = host[..^(suffix.Length + 1)];
        return label.Length == 0 || label.Contains('.') ? null : label.ToLowerInvariant();
    }

    private static async Task RefuseAsync(HttpContext http, IProblemDetailsService problems, int status, string detail)
    {
        http.Response.StatusCode = status;
        if (!Platform.Kernel.Web.ErrorMessage.WantsProblemDetails(http))
        {
            // People get the Dutch error page (status code pages re-execute), never raw JSON.
            Platform.Kernel.Web.ErrorMessage.Set(http, detail);
            return;
        }
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = status, Detail = detail, Title = status == 404 ? "Niet gevonden" : "Geen toegang" },
        });
    }
}
