using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.ServiceDesk;

/// <summary>The service desk API is described in the OpenAPI document.</summary>
[Collection(SqliteCollection.Name)]
public sealed class ServiceDeskOpenApiTests(SqliteApp app)
{
    [Theory]
    [InlineData("/api/servicedesk/incidents", "post")]
    [InlineData("/api/servicedesk/incidents/{id}", "get")]
    [InlineData("/api/servicedesk/incidents/{id}/replies", "post")]
    [InlineData("/api/servicedesk/incidents/{id}/status", "post")]
    [InlineData("/api/servicedesk/incidents/{id}/priority", "post")]
    [InlineData("/api/servicedesk/tenants/{tenant}/reporters", "post")]
    [InlineData("/api/servicedesk/tenants/{tenant}/reports/{year}/{month}", "get")]
    [InlineData("/api/servicedesk/tenants/{tenant}/people/invitations", "post")]
    [InlineData("/api/servicedesk/tenants/{tenant}/people/{userId}", "delete")]
    [InlineData("/api/audit", "get")]
    [InlineData("/api/audit/export", "get")]
    public async Task Endpoints_are_documented(string path, string method)
    {
        var doc = await app.Api().Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(doc.GetProperty("paths").TryGetProperty(path, out var item), $"{path} is not in the OpenAPI document");
        Assert.True(item.TryGetProperty(method, out var operation));
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
    }
}
