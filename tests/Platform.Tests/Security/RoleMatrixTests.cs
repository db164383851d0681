using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Security;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Security;

/// <summary>Walks every protected API endpoint and page of the running host: each role the endpoint's policies do not
/// admit gets 403, and a tenant-bound role naming another tenant in the route gets 403. New endpoints are covered
/// the day they are mapped.</summary>
public abstract partial class RoleMatrixTests(PlatformApp app) : DatabaseTest(app)
{
    /// <summary>The expected matrix, written out here on purpose rather than read from the host.</summary>
    private static readonly Dictionary<string, string[]> PolicyRoles = new()
    {
        [Policies.PlatformAdmin] = [Roles.PlatformAdmin],
        [Policies.Finance] = [Roles.Finance, Roles.PlatformAdmin],
        [Policies.Agent] = [Roles.Agent, Roles.PlatformAdmin],
        [Policies.TenantAdmin] = [Roles.TenantAdmin, Roles.PlatformAdmin],
        [Policies.Reporter] = [Roles.Reporter, Roles.TenantAdmin, Roles.Agent, Roles.PlatformAdmin],
        ["BillingReaders"] = [Roles.Finance, Roles.PlatformAdmin, Roles.TenantAdmin],
        ["ServiceDesk.ReportReaders"] = [Roles.TenantAdmin, Roles.Agent, Roles.PlatformAdmin],
    };

    private sealed record Target(string Method, string Pattern, string[] AllowedRoles, IReadOnlyList<string> Policies, string? ContentType);

    [SkippableFact]
    public async Task Every_protected_endpoint_refuses_the_wrong_role_and_the_wrong_tenant()
    {
        var own = await Api.CreateTenantAsync("own");
        var other = await Api.CreateTenantAsync("other");
        var clients = new Dictionary<string, HttpClient>();
        foreach (var role in Roles.All)
            clients[role] = Api.WithKey((await Api.CreateUserAsync(role, Roles.IsTenantBound(role) ? own.Slug : null)).Key);

        var targets = Targets();
        var unknown = targets.SelectMany(t => t.Policies).Where(p => !PolicyRoles.ContainsKey(p)).Distinct().ToList();
        Assert.True(unknown.Count == 0, $"Policies without an expected role list in this test: {string.Join(", ", unknown)}");
        Assert.True(targets.Count >= 10, $"only {targets.Count} protected endpoints found");
        var failures = new List<string>();
        foreach (var target in targets)
        {
            foreach (var role in Roles.All)
            {
                var allowed = target.AllowedRoles.Contains(role);
                if (!allowed)
                    await Expect(clients[role], target, own.Slug, role, HttpStatusCode.Forbidden, failures);
                else if (Roles.IsTenantBound(role) && target.Pattern.Contains("{tenant"))
                    await Expect(clients[role], target, other.Slug, role + " of another tenant", HttpStatusCode.Forbidden, failures);
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} refusals missing:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    /// <summary>The matrix above derives who may call an endpoint from the endpoint's own policies; these say which policy the
    /// getting-paid endpoints must carry, so a wrong or forgotten RequireAuthorization is caught too.</summary>
    private static readonly Dictionary<(string Method, string Pattern), string> BillingPaymentPolicies = new()
    {
        [("GET", "/api/billing/invoices/{id:guid}/ubl")] = "BillingReaders",
        [("GET", "/api/billing/credit-notes/{id:guid}/ubl")] = "BillingReaders",
        [("POST", "/api/billing/bank-statements")] = Policies.Finance,
        [("GET", "/api/billing/bank-statements")] = Policies.Finance,
        [("GET", "/api/billing/payment-review")] = Policies.Finance,
        [("POST", "/api/billing/payment-review/{id:guid}/match")] = Policies.Finance,
        [("POST", "/api/billing/payment-review/{id:guid}/dismiss")] = Policies.Finance,
        [("GET", "/api/billing/invoices/{id:guid}/payments")] = "BillingReaders",
        [("GET", "/api/billing/ageing")] = Policies.Finance,
        [("POST", "/api/billing/reminders/run")] = Policies.Finance,
        [("POST", "/api/billing/invoices/{id:guid}/checkout")] = "BillingReaders",
    };

    [SkippableFact]
    public void Getting_paid_endpoints_carry_the_intended_policy_and_only_the_stripe_webhook_is_anonymous()
    {
        var targets = Targets().ToDictionary(t => (t.Method, t.Pattern));
        foreach (var (key, policy) in BillingPaymentPolicies)
        {
            Assert.True(targets.TryGetValue(key, out var target), $"{key.Method} {key.Pattern} is not mapped or not protected");
            Assert.Equal([policy], target!.Policies);
        }
        Assert.Equal("multipart/form-data", targets[("POST", "/api/billing/bank-statements")].ContentType);

        var anonymous = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/billing", StringComparison.Ordinal) == true
                && e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).ToList();
        Assert.Equal(["/api/billing/stripe/webhook"], anonymous);
    }

    /// <summary>People, access and audit (issue 13.4/13.5): the policy each new endpoint and page must carry, so the matrix
    /// above covers them with the intended roles.</summary>
    private static readonly Dictionary<(string Method, string Pattern), string> AccessPolicies = new()
    {
        [("GET", "/api/audit")] = Policies.TenantAdmin,
        [("GET", "/api/audit/export")] = Policies.TenantAdmin,
        [("GET", "/beheer/auditlog")] = Policies.TenantAdmin,
        [("GET", "/api/servicedesk/tenants/{tenant}/people")] = Policies.TenantAdmin,
        [("POST", "/api/servicedesk/tenants/{tenant}/people/invitations")] = Policies.TenantAdmin,
        [("POST", "/api/servicedesk/tenants/{tenant}/people/{userId:guid}/invitation")] = Policies.TenantAdmin,
        [("DELETE", "/api/servicedesk/tenants/{tenant}/people/{userId:guid}")] = Policies.TenantAdmin,
        [("GET", "/api/admin/audit")] = Policies.PlatformAdmin,
    };

    [SkippableFact]
    public void People_access_and_audit_endpoints_carry_the_intended_policy()
    {
        // A group's "/" endpoint ends in a slash: compare without it.
        var targets = Targets().GroupBy(t => (t.Method, Pattern: t.Pattern.Length > 1 ? t.Pattern.TrimEnd('/') : t.Pattern))
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var (key, policy) in AccessPolicies)
        {
            Assert.True(targets.TryGetValue(key, out var target), $"{key.Method} {key.Pattern} is not mapped or not protected");
            Assert.Equal([policy], target!.Policies);
        }
    }

    private static async Task Expect(HttpClient client, Target target, string tenant, string who, HttpStatusCode expected, List<string> failures)
    {
        var request = new HttpRequestMessage(new HttpMethod(target.Method), Fill(target.Pattern, tenant));
        if (target.Method is "POST" or "PUT" or "PATCH")
            request.Content = target.ContentType?.StartsWith("multipart/") == true
                ? new MultipartFormDataContent { { new ByteArrayContent([1]), "file", "x.png" } }
                : new StringContent("{}", System.Text.Encoding.UTF8, target.ContentType ?? "application/json");
        var response = await client.SendAsync(request);
        if (response.StatusCode != expected)
            failures.Add($"{target.Method} {target.Pattern} as {who}: {(int)response.StatusCode}, expected {(int)expected}");
    }

    private List<Target> Targets()
    {
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var targets = new List<Target>();
        foreach (var endpoint in endpoints)
        {
            var pattern = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            if (pattern.StartsWith("/jobs") || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null) continue;
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy)
                .Where(p => !string.IsNullOrEmpty(p)).Cast<string>().Distinct().ToList();
            if (policies.Count == 0) continue; // signed-in users of any role
            var allowed = Roles.All.Where(r => policies.All(p => PolicyRoles.TryGetValue(p, out var roles) && roles.Contains(r))).ToArray();
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var contentType = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes.FirstOrDefault();
            foreach (var method in methods)
                targets.Add(new Target(method, pattern, allowed, policies, contentType));
        }
        return targets.DistinctBy(t => (t.Method, t.Pattern)).ToList();
    }

    /// <summary>Route values that pass the constraints, so the request reaches authorization.</summary>
    private static string Fill(string pattern, string tenant) =>
        RouteParameter().Replace(pattern, m => m.Groups["name"].Value switch
        {
            "tenant" or "slug" => tenant,
            _ when m.Value.Contains(":guid") => Guid.NewGuid().ToString(),
            "month" => "5",
            _ when m.Value.Contains(":int") || m.Groups["name"].Value is "year" => "2025",
            _ => "x",
        }).Replace("//", "/");

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}

[Collection(SqliteCollection.Name)]
public sealed class RoleMatrixOnSqlite(SqliteApp app) : RoleMatrixTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RoleMatrixOnPostgres(PostgresApp app) : RoleMatrixTests(app);
