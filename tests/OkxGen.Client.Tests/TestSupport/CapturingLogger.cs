using System;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OkxGen.Client.Tests.TestSupport;

/// <summary>A logger that keeps every formatted message, with its state's values, for assertions.</summary>
internal sealed class CapturingLogger : ILogger, ILoggerProvider
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Messages.Enqueue($"{logLevel} {formatter(state, exception)} {state} {exception}");

    public ILogger CreateLogger(string categoryName) => this;

    public void Dispose()
    {
    }
}
