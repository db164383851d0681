namespace Platform.Benchmarks;

/// <summary>Configuration section <c>Benchmark</c>: what the load benchmarks in <c>bench/</c> switch on (never in
/// production).</summary>
public sealed class BenchmarkOptions
{
    public const string Section = "Benchmark";

    /// <summary>Maps the bare baseline endpoints the load benchmarks compare with.</summary>
    public bool BareEndpoint { get; set; }

    /// <summary>Size of <c>/api/bench/bare</c>'s answer in bytes.</summary>
    public int BareBytes { get; set; } = 1500;
}
