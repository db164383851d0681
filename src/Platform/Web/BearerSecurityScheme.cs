using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Platform.Web;

/// <summary>Documents the API-key bearer scheme so the API reference can send keys.</summary>
internal sealed class BearerSecurityScheme : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Mijn Burgerprofiel platform API";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "API key created by a platform admin: `Authorization: Bearer <key>`.",
        };
        return Task.CompletedTask;
    }
}
