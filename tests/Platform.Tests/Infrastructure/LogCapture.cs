using System.Collections.Concurrent;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;

namespace Platform.Tests.Infrastructure;

/// <summary>
/// What a host logged, through its real Serilog pipeline: <see cref="Settings"/> adds this sink by configuration
/// (<c>Serilog:Using</c> + <c>Serilog:WriteTo</c>), as an operator would add one, next to the console.
/// </summary>
public static class LogCapture
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<LogEvent>> Captures = new();

    /// <summary>A new capture: the settings that route a host's log into it, and the events it has received.</summary>
    public static (Dictionary<string, string?> Settings, ConcurrentQueue<LogEvent> Events) New()
    {
        var id = Guid.NewGuid().ToString("N");
        var events = Captures.GetOrAdd(id, _ => new ConcurrentQueue<LogEvent>());
        return (new Dictionary<string, string?>
        {
            ["Serilog:Using:0"] = typeof(LogCapture).Assembly.GetName().Name,
            ["Serilog:WriteTo:0:Name"] = nameof(TestCapture),
            ["Serilog:WriteTo:0:Args:id"] = id,
        }, events);
    }

    /// <summary>The sink's configuration method, found by Serilog's configuration reader.</summary>
    public static LoggerConfiguration TestCapture(this LoggerSinkConfiguration writeTo, string id) =>
        writeTo.Sink(new Sink(Captures.GetOrAdd(id, _ => new ConcurrentQueue<LogEvent>())));

    private sealed class Sink(ConcurrentQueue<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }
}
