using System.Security.Claims;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Privacy;
using Platform.Kernel.Tenancy;

namespace Platform.Web;

/// <summary>The one place that records reads of a tenant's personal data by Digitaal Vlaanderen staff: every endpoint or
/// page carrying <see cref="ReadsTenantPersonalDataAttribute"/> that answers a GET with 2xx to a platform admin, agent or
/// finance user is written to that tenant's access log before the response starts (so the log never lags the read).
/// A tenant's own users are never recorded; a read whose tenant cannot be found is logged as a warning.</summary>
internal static class PersonalDataReadLogging
{
    private static readonly string[] StaffRoles = [Roles.PlatformAdmin, Roles.Agent, Roles.Finance];

    public static IApplicationBuilder UsePersonalDataReadLog(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var marker = http.GetEndpoint()?.Metadata.GetMetadata<ReadsTenantPersonalDataAttribute>();
        if (marker is not null && HttpMethods.IsGet(http.Request.Method) && Staff(http.User) is { } staff)
        {
            http.Response.OnStarting(async () =>
            {
                if (http.Response.StatusCode is < 200 or > 299) return;
                try
                {
                    await RecordAsync(http, marker, staff.UserId, staff.Role);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    http.RequestServices.GetRequiredService<ILogger<ReadsTenantPersonalDataAttribute>>()
                        .LogError(e, "Could not record a {Kind} read by user {UserId}", marker.Kind, staff.UserId);
                    throw; // a read that cannot be recorded is not served
                }
            });
        }
        await next(http);
    });

    private static (Guid UserId, string Role)? Staff(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || user.FindFirst(PlatformClaims.TenantId) is not null) return null;
        var role = StaffRoles.FirstOrDefault(user.IsInRole);
        return role is not null && PlatformClaims.UserId(user) is { } id ? (id, role) : null;
    }

    private static async Task RecordAsync(HttpContext http, ReadsTenantPersonalDataAttribute marker, Guid userId, string role)
    {
        var services = http.RequestServices;
        var recordId = marker.RecordRouteKey is { } key ? http.GetRouteValue(key)?.ToString() : null;
        var tenantId = services.GetRequiredService<TenantContext>().TenantId;
        if (tenantId is null && recordId is not null && services.GetServices<ITenantOfRecord>().FirstOrDefault(r => r.Kinds.Contains(marker.Kind)) is { } resolver)
            tenantId = await resolver.TenantOfAsync(recordId, http.RequestAborted);
        if (tenantId is null)
        {
            services.GetRequiredService<ILogger<ReadsTenantPersonalDataAttribute>>()
                .LogWarning("A {Kind} read by user {UserId} has no resolvable tenant; not in an access log", marker.Kind, userId);
            return;
        }
        var resource = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "";
        if (!resource.StartsWith('/')) resource = "/" + resource;
        await services.GetRequiredService<IPersonalDataReadLog>().RecordAsync(
            new PersonalDataRead(tenantId.Value, userId, role, marker.Kind, recordId, resource), http.RequestAborted);
    }
}
