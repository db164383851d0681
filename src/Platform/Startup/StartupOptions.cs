namespace Platform.Startup;

/// <summary>Configuration section <c>Platform</c>: what happens when a node starts, and how it sits behind the proxy.</summary>
public sealed class StartupOptions
{
    public const string Section = "Platform";

    /// <summary>Load <c>seed/</c> into a platform nobody has used yet.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>Where the demo data is; empty = the first <c>seed/</c> folder found near the content root.</summary>
    public string? SeedFolder { get; set; }

    /// <summary>Behind the platform's TLS-terminating reverse proxy: honour <c>X-Forwarded-*</c>.</summary>
    public bool TrustForwardedHeaders { get; set; }

    public BootstrapOptions Bootstrap { get; set; } = new();

    public sealed class BootstrapOptions
    {
        /// <summary>When no platform admin exists, create one that this API key authenticates.</summary>
        public string? AdminApiKey { get; set; }
    }
}
