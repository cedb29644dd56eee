using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using OkxGen.RateLimiting;

namespace OkxGen;

/// <summary>
/// Counts requests against their endpoints' declared limits (<see cref="OkxEndpointInfo.RateLimit"/>), as OKX does:
/// one budget per endpoint and per rule key: everyone behind this limiter (<see cref="OkxRateLimitRule.Ip"/>), the API
/// key (<see cref="OkxRateLimitRule.User"/>), or the API key and the request's <c>instId</c>/<c>instFamily</c>. Each
/// budget is a sliding window read from the <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="OkxClient"/> uses one (<see cref="OkxClient.RateLimiter"/>). Give the same instance to every client and
/// socket that sends with the same keys from the same IP (<see cref="OkxClientOptions.RateLimiter"/>), so that OKX's
/// limits shared by REST and WebSocket order operations are counted once.
/// </para>
/// <para>
/// A request without a declared limit always gets a permit. OKX counts per user ID; this limiter counts per API key, so
/// two keys of one user, or several processes, share budgets that one limiter cannot see: turn the client's limiting
/// off (<see cref="OkxRateLimitMode.Off"/>) there and handle <see cref="OkxResponse{T}.IsRateLimited"/>.
/// Each request takes one permit, batch requests included.
/// </para>
/// </remarks>
public sealed class OkxRateLimiter : PartitionedRateLimiter<OkxRateLimitResource>
{
    private const int PartitionsBeforeCleanup = 4096;

    private static readonly RateLimitLease Unlimited = new UnlimitedLease();

    private readonly ConcurrentDictionary<RateLimitBudget, SlidingWindowLog> _partitions = new();
    private readonly TimeProvider _timeProvider;
    private int _disposed;

    /// <summary>Creates a limiter on the system clock.</summary>
    public OkxRateLimiter()
        : this(TimeProvider.System)
    {
    }

    /// <summary>Creates a limiter.</summary>
    /// <param name="timeProvider">The clock the windows are read from and waits are timed by.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> is <see langword="null"/>.</exception>
    public OkxRateLimiter(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
    }

    /// <summary>Gets the budget's counts for a request, or <see langword="null"/> when its endpoint declares no limit.</summary>
    /// <param name="resource">The request and its API key.</param>
    /// <returns>The free permits, the requests waiting, and the leases given and refused so far.</returns>
    public override RateLimiterStatistics? GetStatistics(OkxRateLimitResource resource) =>
        PartitionOf(resource)?.GetStatistics();

    /// <inheritdoc/>
    /// <remarks>A refusal is counted in the <c>okxgen.rate_limit.refusals</c> metric, by method and path template.</remarks>
    protected override RateLimitLease AttemptAcquireCore(OkxRateLimitResource resource, int permitCount)
    {
        if (PartitionOf(resource) is not { } partition)
        {
            return Unlimited;
        }

        RateLimitLease lease = partition.AttemptAcquire(permitCount);
        if (!lease.IsAcquired)
        {
            OkxTelemetry.RateLimitRefused(resource.Request.Endpoint);
        }

        return lease;
    }

    /// <inheritdoc/>
    /// <remarks>The wait, read from the limiter's clock, is recorded in the <c>okxgen.rate_limit.wait.duration</c> metric, by method and path template.</remarks>
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(OkxRateLimitResource resource, int permitCount, CancellationToken cancellationToken)
    {
        if (PartitionOf(resource) is not { } partition)
        {
            return new ValueTask<RateLimitLease>(Unlimited);
        }

        return OkxTelemetry.RateLimitWaitEnabled
            ? TimedAcquireAsync(partition, resource.Request.Endpoint, permitCount, cancellationToken)
            : partition.AcquireAsync(permitCount, cancellationToken);
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            foreach (SlidingWindowLog partition in _partitions.Values)
            {
                partition.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private async ValueTask<RateLimitLease> TimedAcquireAsync(SlidingWindowLog partition, OkxEndpointInfo endpoint, int permitCount, CancellationToken cancellationToken)
    {
        long started = _timeProvider.GetTimestamp();
        RateLimitLease lease = await partition.AcquireAsync(permitCount, cancellationToken).ConfigureAwait(false);
        OkxTelemetry.RateLimitWaited(endpoint, _timeProvider.GetElapsedTime(started).TotalSeconds);
        return lease;
    }

    private SlidingWindowLog? PartitionOf(OkxRateLimitResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource.Request);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (resource.Request.Endpoint.RateLimit is not { } rateLimit)
        {
            return null;
        }

        RateLimitBudget key = RateLimitBudget.For(resource, rateLimit);
        if (_partitions.TryGetValue(key, out SlidingWindowLog? partition))
        {
            return partition;
        }

        if (_partitions.Count >= PartitionsBeforeCleanup)
        {
            RemoveIdlePartitions();
        }

        return _partitions.GetOrAdd(key, static (_, state) => new SlidingWindowLog(state.Limit, state.Window, state.TimeProvider), (rateLimit.Limit, rateLimit.Window, TimeProvider: _timeProvider));
    }

    // A budget whose window has emptied holds nothing worth keeping: a new one starts the same. (A caller that fetched
    // it just before may still take a permit from it; that is the rare price of not locking every acquisition.)
    private void RemoveIdlePartitions()
    {
        foreach (KeyValuePair<RateLimitBudget, SlidingWindowLog> partition in _partitions)
        {
            if (partition.Value.IdleDuration is not null)
            {
                _partitions.TryRemove(partition);
            }
        }
    }

    private sealed class UnlimitedLease : RateLimitLease
    {
        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
