using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;

namespace OkxGen.RateLimiting;

/// <summary>
/// At most <c>limit</c> permits in any window of <c>window</c>, as OKX counts "N requests per M seconds": the time of
/// each of the last <c>limit</c> permits is kept, and a permit is free when the oldest is a window old.
/// </summary>
/// <remarks>
/// The framework's <see cref="SlidingWindowRateLimiter"/> reads <c>Stopwatch</c> and approximates the window with
/// segments; this one reads the client's <see cref="TimeProvider"/> (so a fake clock drives it in tests) and is exact.
/// </remarks>
internal sealed class SlidingWindowLog : RateLimiter
{
    private static readonly RateLimitLease Acquired = new WindowLease(true, null);

    private readonly TimeProvider _timeProvider;
    private readonly long _windowTicks;
    private readonly long[] _grants;
    private readonly object _lock = new();
    private int _oldest;
    private int _count;
    private int _waiting;
    private long _successfulLeases;
    private long _failedLeases;
    private long? _idleSince;
    private bool _disposed;

    public SlidingWindowLog(int limit, TimeSpan window, TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        _windowTicks = (long)Math.Ceiling(window.Ticks * (double)timeProvider.TimestampFrequency / TimeSpan.TicksPerSecond);
        _grants = new long[limit];
        _idleSince = timeProvider.GetTimestamp();
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                Expire(_timeProvider.GetTimestamp());
                return _count == 0 && Volatile.Read(ref _waiting) == 0 && _idleSince is { } since ? _timeProvider.GetElapsedTime(since) : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            Expire(_timeProvider.GetTimestamp());
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _grants.Length - _count,
                CurrentQueuedCount = Volatile.Read(ref _waiting),
                TotalSuccessfulLeases = _successfulLeases,
                TotalFailedLeases = Interlocked.Read(ref _failedLeases),
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        if (TryGrant(permitCount, out TimeSpan retryAfter))
        {
            return Acquired;
        }

        Interlocked.Increment(ref _failedLeases);
        return new WindowLease(false, retryAfter);
    }

    // Waiters retry when the oldest permit expires; none is promised a turn, so a burst keeps no fairness order.
    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        while (!TryGrant(permitCount, out TimeSpan retryAfter))
        {
            Interlocked.Increment(ref _waiting);
            try
            {
                await Task.Delay(retryAfter, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }

        return Acquired;
    }

    protected override void Dispose(bool disposing)
    {
        lock (_lock)
        {
            _disposed = true;
        }

        base.Dispose(disposing);
    }

    private bool TryGrant(int permitCount, out TimeSpan retryAfter)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _grants.Length);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            long now = _timeProvider.GetTimestamp();
            Expire(now);
            int free = _grants.Length - _count;
            if (free < Math.Max(permitCount, 1))
            {
                // Free once the oldest permits that stand in the way are a window old.
                long freeAt = _grants[(_oldest + Math.Max(permitCount, 1) - free - 1) % _grants.Length] + _windowTicks;
                retryAfter = ToTimeSpan(Math.Max(1, freeAt - now));
                return false;
            }

            for (int i = 0; i < permitCount; i++)
            {
                _grants[(_oldest + _count) % _grants.Length] = now;
                _count++;
            }

            _idleSince = null;
            _successfulLeases++;
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }

    private void Expire(long now)
    {
        while (_count > 0 && now - _grants[_oldest] >= _windowTicks)
        {
            _idleSince = _grants[_oldest] + _windowTicks;
            _oldest = (_oldest + 1) % _grants.Length;
            _count--;
        }
    }

    private TimeSpan ToTimeSpan(long timestampTicks) =>
        TimeSpan.FromTicks((long)Math.Ceiling(timestampTicks * (double)TimeSpan.TicksPerSecond / _timeProvider.TimestampFrequency));

    private sealed class WindowLease : RateLimitLease
    {
        private static readonly string[] RetryAfterName = [MetadataName.RetryAfter.Name];

        private readonly TimeSpan? _retryAfter;

        public WindowLease(bool isAcquired, TimeSpan? retryAfter)
        {
            IsAcquired = isAcquired;
            _retryAfter = retryAfter;
        }

        public override bool IsAcquired { get; }

        public override IEnumerable<string> MetadataNames => _retryAfter is null ? [] : RetryAfterName;

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = _retryAfter is { } retryAfter && metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
