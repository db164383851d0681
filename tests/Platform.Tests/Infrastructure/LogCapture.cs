using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Platform.Tests.Infrastructure;

/// <summary>What a host logged, through its real Serilog pipeline: registered as a service, the host's logger writes to
/// it next to the console (<c>ReadFrom.Services</c>).</summary>
public sealed class LogCapture : ILogEventSink
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
}
