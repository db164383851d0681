using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ServiceDesk.Bench;

if (args.FirstOrDefault() == "db-report")
{
    await DatabaseReportMeasurement.RunAsync(args[1..]);
    return;
}

// In-process: the assembly is named "Benchmarks" (the module's InternalsVisibleTo) while the project file is not,
// so BenchmarkDotNet's generated-project toolchain cannot find it.
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(DueTimeBenchmarks).Assembly).Run(args, config);
