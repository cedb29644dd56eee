using System;
using System.Threading;

namespace OkxGen.Testing;

/// <summary>The server's clock: a <see cref="System.TimeProvider"/>'s UTC time plus a settable offset.</summary>
internal sealed class ServerClock
{
    private readonly TimeProvider _timeProvider;
    private long _offsetTicks;

    public ServerClock(TimeProvider timeProvider, TimeSpan offset)
    {
        _timeProvider = timeProvider;
        _offsetTicks = offset.Ticks;
    }

    public TimeSpan Offset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
        set => Interlocked.Exchange(ref _offsetTicks, value.Ticks);
    }

    public DateTimeOffset Now => _timeProvider.GetUtcNow() + Offset;
}
