using System;
using System.Threading;
using Microsoft.Extensions.Time.Testing;

namespace OkxGen.RateLimiting.Tests.TestSupport;

/// <summary>
/// A fake clock that moves forward by exactly the time anyone waits for: each timer created (a client waiting for a
/// permit) advances the clock by its due time, so a burst that must wait for windows to pass runs at once.
/// </summary>
/// <remarks>Only for sequential callers: a wait advances time for every request in flight too.</remarks>
internal sealed class SteppingTimeProvider : FakeTimeProvider
{
    public SteppingTimeProvider(DateTimeOffset start)
        : base(start)
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ITimer timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            // After the caller has stored its timer: advancing inside CreateTimer would fire it before then.
            ThreadPool.QueueUserWorkItem(_ => Advance(dueTime));
        }

        return timer;
    }
}
