using System.Collections.Concurrent;
using System.Diagnostics;
using Serilog.Core;
using Serilog.Events;

namespace Platform.Tests.Infrastructure;

/// <summary>Every error a test host logs, kept for the process: a test that gets a 5xx shows the server's exception for
/// that request (matched by trace id) in its failure message, instead of the bare "An error occurred".</summary>
public sealed class ServerErrors : ILogEventSink
{
    private static readonly ConcurrentQueue<LogEvent> Errors = new();

    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Level < LogEventLevel.Error) return;
        Errors.Enqueue(logEvent);
        while (Errors.Count > 500 && Errors.TryDequeue(out _)) { }
    }

    /// <summary>What the hosts logged as errors for one trace (or the last few when the trace is unknown).</summary>
    public static string For(string? traceId)
    {
        var all = Errors.ToArray();
        var matching = traceId is null ? [] : all.Where(e => e.TraceId is { } t && traceId.Contains(t.ToHexString())).ToArray();
        var shown = matching.Length > 0 ? matching : all.TakeLast(3).ToArray();
        if (shown.Length == 0) return "(the hosts logged no error)";
        return string.Join("\n---\n", shown.Select(e => $"{e.Timestamp:O} {e.RenderMessage()}\n{e.Exception}"));
    }
}
