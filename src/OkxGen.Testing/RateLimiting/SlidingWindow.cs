using System;
using System.Collections.Generic;

namespace OkxGen.Testing.RateLimiting;

/// <summary>
/// At most <c>limit</c> requests in any <c>window</c> of the server's clock: the arrival times of the requests accepted in
/// the last window. Not thread-safe; its owner serialises the calls.
/// </summary>
internal sealed class SlidingWindow(int limit, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> _accepted = new();

    /// <summary>How many accepted requests the window holds after the last call.</summary>
    public int Count => _accepted.Count;

    /// <summary>Accepts a request received at <paramref name="now"/>, or returns <see langword="false"/> when the window is full.</summary>
    public bool TryAccept(DateTimeOffset now)
    {
        while (_accepted.Count > 0 && now - _accepted.Peek() >= window)
        {
            _accepted.Dequeue();
        }

        if (_accepted.Count >= limit)
        {
            return false;
        }

        _accepted.Enqueue(now);
        return true;
    }
}
