using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Platform.Kernel.Net;

/// <summary>Configuration section <c>Platform</c>: where people reach the platform. Read in this one place; every
/// absolute link (mails, PDFs, feeds, the app configuration) comes from <see cref="PublicLinks"/>.</summary>
public sealed class PublicLinksOptions : IValidatableObject
{
    public const string Section = "Platform";

    public const string DefaultBaseUrl = "http://localhost:5080";

    /// <summary><c>Platform:PublicBaseUrl</c>: an absolute http or https URL.</summary>
    [Required(ErrorMessage = "Platform:PublicBaseUrl is required.")]
    public string PublicBaseUrl { get; set; } = DefaultBaseUrl;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Problem(PublicBaseUrl) is { } problem) yield return new ValidationResult(problem, [nameof(PublicBaseUrl)]);
    }

    /// <summary>Null when <paramref name="value"/> is an absolute http(s) URL without query or fragment; else why not.</summary>
    public static string? Problem(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
            ? null
            : $"Platform:PublicBaseUrl must be an absolute http or https URL (e.g. https://platform.example), not '{value}'.";
}

/// <summary>Absolute links to the platform, from <c>Platform:PublicBaseUrl</c> (validated at start-up).</summary>
public sealed class PublicLinks(IOptions<PublicLinksOptions> options)
{
    /// <summary>The base URL without a trailing slash, e.g. <c>https://platform.example</c>.</summary>
    public string Base { get; } = options.Value.PublicBaseUrl.TrimEnd('/');

    /// <summary>The host name of the base URL (IDN-encoded), e.g. for host filtering.</summary>
    public string Host => new Uri(Base).IdnHost;

    /// <summary>An absolute link to <paramref name="path"/> (with or without its leading slash).</summary>
    public string To(string path) => Base + "/" + path.TrimStart('/');
}

public static class PublicLinksServiceCollectionExtensions
{
    /// <summary>Binds <see cref="PublicLinksOptions"/>, validated when the host starts, and registers <see cref="PublicLinks"/>.</summary>
    public static IServiceCollection AddPublicLinks(this IServiceCollection services)
    {
        services.AddOptions<PublicLinksOptions>().BindConfiguration(PublicLinksOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PublicLinks>();
        return services;
    }
}
