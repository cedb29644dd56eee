using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace OkxGen.WebSockets.Connection;

/// <summary>
/// OKX allows 3 connection attempts per second per IP: every connection of the process on one clock waits its turn at
/// that clock's gate (all the clients on <see cref="TimeProvider.System"/> share one), in any window of one second.
/// </summary>
internal sealed class ConnectGate
{
    public const int AttemptsPerSecond = 3;

    private static readonly ConditionalWeakTable<TimeProvider, ConnectGate> Gates = new();

    private readonly TimeProvider _timeProvider;
    private readonly Queue<long> _attempts = new();

    internal ConnectGate(TimeProvider timeProvider) => _timeProvider = timeProvider;

    /// <summary>Gets the gate shared by every connection on <paramref name="timeProvider"/>.</summary>
    public static ConnectGate For(TimeProvider timeProvider) => Gates.GetValue(timeProvider, static clock => new ConnectGate(clock));

    /// <summary>Completes when an attempt may be made, and counts it.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_attempts)
            {
                long now = _timeProvider.GetTimestamp();
                while (_attempts.Count > 0 && _timeProvider.GetElapsedTime(_attempts.Peek(), now) >= TimeSpan.FromSeconds(1))
                {
                    _attempts.Dequeue();
                }

                if (_attempts.Count < AttemptsPerSecond)
                {
                    _attempts.Enqueue(now);
                    return;
                }

                wait = TimeSpan.FromSeconds(1) - _timeProvider.GetElapsedTime(_attempts.Peek(), now);
            }

            await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }
}
