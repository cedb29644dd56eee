using System;
using System.Collections.Generic;

namespace OkxGen.WebSockets.Connection;

/// <summary>OKX allows 480 subscribe, unsubscribe and login requests per hour per connection.</summary>
internal sealed class RequestBudget(TimeProvider timeProvider)
{
    public const int RequestsPerHour = 480;

    private readonly Queue<long> _requests = new();

    public void Take(string op)
    {
        lock (_requests)
        {
            long now = timeProvider.GetTimestamp();
            while (_requests.Count > 0 && timeProvider.GetElapsedTime(_requests.Peek(), now) >= TimeSpan.FromHours(1))
            {
                _requests.Dequeue();
            }

            if (_requests.Count >= RequestsPerHour)
            {
                throw new OkxWebSocketException(
                    $"'{op}' not sent: OKX allows {RequestsPerHour} subscribe, unsubscribe and login requests per hour on one connection, and this one has used them.");
            }

            _requests.Enqueue(now);
        }
    }
}
