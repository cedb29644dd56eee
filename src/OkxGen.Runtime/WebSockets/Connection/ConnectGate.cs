using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace OkxGen.WebSockets.Connection;

/// <summary>
/// OKX allows 3 connection attempts per second per IP: every client of the process waits its turn here, on the real
/// clock, since the limit is OKX's.
/// </summary>
internal static class ConnectGate
{
    private const int AttemptsPerSecond = 3;
    private static readonly Queue<long> Attempts = new();
    private static readonly object Gate = new();

    public static async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (Gate)
            {
                long now = Stopwatch.GetTimestamp();
                while (Attempts.Count > 0 && Stopwatch.GetElapsedTime(Attempts.Peek(), now) >= TimeSpan.FromSeconds(1))
                {
                    Attempts.Dequeue();
                }

                if (Attempts.Count < AttemptsPerSecond)
                {
                    Attempts.Enqueue(now);
                    return;
                }

                wait = TimeSpan.FromSeconds(1) - Stopwatch.GetElapsedTime(Attempts.Peek(), now);
            }

            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        }
    }
}
