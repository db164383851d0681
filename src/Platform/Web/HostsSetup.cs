using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;
using Platform.Kernel.Net;
using Platform.Tenancy;

namespace Platform.Web;

/// <summary>Which Host headers the platform answers, and no <c>Server</c> header. With <c>AllowedHosts</c> left at "*",
/// outside Development and Testing the allowed hosts are those of <c>Platform:PublicBaseUrl</c> and the tenant host
/// suffix (<c>*.{Tenancy:HostSuffix}</c>): a forged Host gets 400 and is never echoed into a redirect or link.</summary>
internal static class HostsSetup
{
    public static IServiceCollection AddPlatformHosts(this IServiceCollection services, WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        // The framework filters hosts before anything else; ours does the same except for health probes, which load
        // balancers and orchestrators send to the node's IP address with any Host (see UsePlatformHostFiltering).
        if (services.FirstOrDefault(d => d.ServiceType == typeof(IStartupFilter) && d.ImplementationType?.Name == "HostFilteringStartupFilter") is { } framework)
            services.Remove(framework);
        var environment = builder.Environment;
        services.AddOptions<HostFilteringOptions>().PostConfigure<PublicLinks, IOptions<TenancyOptions>>((o, links, tenancy) =>
        {
            if (environment.IsDevelopment() || environment.IsEnvironment("Testing")) return;
            if (o.AllowedHosts.Count > 0 && !o.AllowedHosts.Contains("*")) return;
            o.AllowedHosts = AllowedHosts(links, tenancy.Value);
        });
        return services;
    }

    /// <summary>Host filtering for everything but <c>/healthz</c>; first in the pipeline.</summary>
    public static IApplicationBuilder UsePlatformHostFiltering(this IApplicationBuilder app) =>
        app.UseWhen(ctx => !IsHealthProbe(ctx.Request), filtered => filtered.UseHostFiltering());

    public static bool IsHealthProbe(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && request.Path.Equals("/healthz", StringComparison.OrdinalIgnoreCase);

    public static List<string> AllowedHosts(PublicLinks links, TenancyOptions tenancy)
    {
        var hosts = new List<string> { links.Host };
        if (tenancy.HostSuffix is { Length: > 0 } suffix)
            hosts.Add("*." + suffix.TrimStart('.'));
        return hosts;
    }
}
