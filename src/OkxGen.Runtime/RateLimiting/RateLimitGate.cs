using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;

namespace OkxGen.RateLimiting;

/// <summary>
/// Takes a request's permit before it is sent, in the client's <see cref="OkxRateLimitMode"/>: the one path by which
/// <see cref="OkxClient"/> and the WebSocket order operations count against a shared <see cref="OkxRateLimiter"/>.
/// </summary>
internal static class RateLimitGate
{
    /// <exception cref="OkxRateLimitExceededException">No permit is free and <paramref name="mode"/> is <see cref="OkxRateLimitMode.Fail"/>.</exception>
    public static ValueTask AcquireAsync(OkxRateLimiter limiter, OkxRateLimitMode mode, IOkxRequest request, string? apiKey, CancellationToken cancellationToken)
    {
        if (mode == OkxRateLimitMode.Off || request.Endpoint.RateLimit is null)
        {
            return default;
        }

        var resource = new OkxRateLimitResource(request, apiKey);
        if (mode == OkxRateLimitMode.Fail)
        {
            using RateLimitLease lease = limiter.AttemptAcquire(resource);
            ThrowIfRefused(lease, request.Endpoint);
            return default;
        }

        return WaitAsync(limiter, resource, cancellationToken);
    }

    private static async ValueTask WaitAsync(OkxRateLimiter limiter, OkxRateLimitResource resource, CancellationToken cancellationToken)
    {
        using RateLimitLease lease = await limiter.AcquireAsync(resource, 1, cancellationToken).ConfigureAwait(false);
        ThrowIfRefused(lease, resource.Request.Endpoint);
    }

    private static void ThrowIfRefused(RateLimitLease lease, OkxEndpointInfo endpoint)
    {
        if (!lease.IsAcquired)
        {
            throw new OkxRateLimitExceededException(endpoint, lease.TryGetMetadata(MetadataName.RetryAfter, out System.TimeSpan retryAfter) ? retryAfter : null);
        }
    }
}
