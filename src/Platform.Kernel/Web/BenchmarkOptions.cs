namespace Platform.Kernel.Web;

/// <summary>Configuration section <c>Benchmark</c>: what the load benchmarks switch on (never in production).</summary>
public sealed class BenchmarkOptions
{
    public const string Section = "Benchmark";

    /// <summary>Maps the bare baseline endpoints the load benchmarks compare with.</summary>
    public bool BareEndpoint { get; set; }

    /// <summary>Size of the bare endpoint's answer in bytes.</summary>
    public int BareBytes { get; set; } = 1500;

    /// <summary>Seeds the status page's benchmark data set.</summary>
    public bool StatusPageData { get; set; }
}
