using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Foundation;

/// <summary>The request and response records' XML docs reach <c>/openapi/v1.json</c> as descriptions
/// (<c>GenerateDocumentationFile</c> on every product project, read by Microsoft.AspNetCore.OpenApi at compile time).</summary>
[Collection(SqliteCollection.Name)]
public sealed class OpenApiDescriptionTests(SqliteApp app)
{
    [Theory]
    [InlineData("NewReporterRequest", "one-time e-mailed link")]
    [InlineData("RecordResponse", "GDPR art. 30.2")]
    [InlineData("TenantPersonResponse", "as its admins see them")]
    [InlineData("AppComponent", "Bijlage 1")]
    public async Task A_records_summary_is_its_schemas_description(string schema, string expected)
    {
        var schemas = (await Document()).GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.TryGetProperty(schema, out var item), $"{schema} is not in the OpenAPI document");
        Assert.True(item.TryGetProperty("description", out var description), $"{schema} has no description");
        Assert.Contains(expected, description.GetString());
    }

    [Theory]
    [InlineData("CreateIncidentRequest", "channel", "`email` (default) or `phone`")]
    [InlineData("CreateApiKeyRequest", "expiresOn", "no expiry")]
    public async Task A_documented_parameter_is_its_propertys_description(string schema, string property, string expected)
    {
        var schemas = (await Document()).GetProperty("components").GetProperty("schemas");
        var description = schemas.GetProperty(schema).GetProperty("properties").GetProperty(property).GetProperty("description");
        Assert.Contains(expected, description.GetString());
    }

    private async Task<JsonElement> Document() =>
        await app.Api().Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
}
