using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Security;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Security;

/// <summary>The endpoints and pages of issue 13 (population import, onboarding requests, price list) carry the intended policy —
/// so <see cref="RoleMatrixTests"/>, which walks every protected endpoint, checks the right roles — and each wrong role is refused.</summary>
public abstract class OnboardingScreensPolicyTests(PlatformApp app) : DatabaseTest(app)
{
    private static readonly Dictionary<(string Method, string Pattern), (string Policy, string[] Allowed)> Expected = new()
    {
        [("POST", "/api/population-imports")] = (Policies.Finance, [Roles.Finance, Roles.PlatformAdmin]),
        [("GET", "/api/population-imports/{token:guid}")] = (Policies.Finance, [Roles.Finance, Roles.PlatformAdmin]),
        [("POST", "/api/population-imports/{token:guid}/apply")] = (Policies.Finance, [Roles.Finance, Roles.PlatformAdmin]),
        [("GET", "/api/onboarding-requests/{id:guid}")] = (Policies.PlatformAdmin, [Roles.PlatformAdmin]),
        [("POST", "/api/onboarding-requests/{id:guid}/reject")] = (Policies.PlatformAdmin, [Roles.PlatformAdmin]),
        [("POST", "/api/billing/price-list")] = (Policies.Finance, [Roles.Finance, Roles.PlatformAdmin]),
        [("POST", "/api/tenants/{tenant}/contract/termination/withdrawal")] = (Policies.PlatformAdmin, [Roles.PlatformAdmin]),
    };

    private static readonly Dictionary<string, (string Policy, string[] Allowed)> Pages = new()
    {
        ["/beheer/inwoners"] = (Policies.Finance, [Roles.Finance, Roles.PlatformAdmin]),
        ["/beheer/aanvragen"] = (Policies.PlatformAdmin, [Roles.PlatformAdmin]),
        ["/facturen/prijslijst"] = (Policies.Finance, [Roles.Finance, Roles.PlatformAdmin]),
    };

    [SkippableFact]
    public async Task New_endpoints_and_pages_carry_their_policy_and_refuse_every_other_role()
    {
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        List<string> PoliciesOf(RouteEndpoint e) =>
            e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Where(p => !string.IsNullOrEmpty(p)).Cast<string>().Distinct().ToList();
        foreach (var ((method, pattern), (policy, _)) in Expected)
        {
            var endpoint = endpoints.SingleOrDefault(e => "/" + e.RoutePattern.RawText?.TrimStart('/').TrimEnd('/') == pattern
                && (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains(method) ?? false));
            Assert.True(endpoint is not null, $"{method} {pattern} is not mapped");
            Assert.Equal([policy], PoliciesOf(endpoint!));
        }
        foreach (var (path, (policy, _)) in Pages)
        {
            var page = endpoints.Where(e => "/" + e.RoutePattern.RawText?.TrimStart('/') == path).ToList();
            Assert.True(page.Count > 0, $"page {path} is not mapped");
            Assert.All(page, e => Assert.Contains(policy, PoliciesOf(e)));
        }

        var tenant = await Api.CreateTenantAsync("pol");
        foreach (var role in Roles.All)
        {
            var client = Api.WithKey((await Api.CreateUserAsync(role, Roles.IsTenantBound(role) ? tenant.Slug : null)).Key);
            foreach (var ((method, pattern), (_, allowed)) in Expected.Where(e => !e.Value.Allowed.Contains(role)))
            {
                var request = new HttpRequestMessage(new HttpMethod(method), pattern.Replace("{tenant}", tenant.Slug).Replace("{token:guid}", Guid.NewGuid().ToString()).Replace("{id:guid}", Guid.NewGuid().ToString()));
                if (method == "POST")
                    request.Content = pattern == "/api/population-imports" // routing matches the declared multipart body before authorization
                        ? new MultipartFormDataContent { { new ByteArrayContent([1]), "file", "x.csv" } }
                        : new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                Assert.True((await client.SendAsync(request)).StatusCode == HttpStatusCode.Forbidden, $"{method} {pattern} as {role}");
            }
            foreach (var (path, (_, allowed)) in Pages.Where(p => !p.Value.Allowed.Contains(role)))
                Assert.True((await client.GetAsync(path)).StatusCode == HttpStatusCode.Forbidden, $"page {path} as {role}");
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OnboardingScreensPolicyOnSqlite(SqliteApp app) : OnboardingScreensPolicyTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OnboardingScreensPolicyOnPostgres(PostgresApp app) : OnboardingScreensPolicyTests(app);
