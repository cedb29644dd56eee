using System;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;

namespace OkxGen;

// Enforcement of the declared rate limits, before a request is timestamped and signed.
public sealed partial class OkxClient
{
    /// <summary>
    /// Gets the limiter that counts this client's requests against their declared limits: the one given in
    /// <see cref="OkxClientOptions.RateLimiter"/>, or the client's own. Give it to a WebSocket client that sends order
    /// operations with the same keys, so that the limits OKX shares between REST and WebSocket are counted once.
    /// </summary>
    public OkxRateLimiter RateLimiter { get; }

    private ValueTask AcquirePermitAsync(IOkxRequest request, OkxCredentials? credentials, CancellationToken cancellationToken)
    {
        if (_options.RateLimiting == OkxRateLimitMode.Off || request.Endpoint.RateLimit is null)
        {
            return default;
        }

        var resource = new OkxRateLimitResource(request, credentials?.ApiKey);
        if (_options.RateLimiting == OkxRateLimitMode.Fail)
        {
            using RateLimitLease lease = RateLimiter.AttemptAcquire(resource);
            ThrowIfRefused(lease, request.Endpoint);
            return default;
        }

        return WaitForPermitAsync(resource, cancellationToken);
    }

    private async ValueTask WaitForPermitAsync(OkxRateLimitResource resource, CancellationToken cancellationToken)
    {
        using RateLimitLease lease = await RateLimiter.AcquireAsync(resource, 1, cancellationToken).ConfigureAwait(false);
        ThrowIfRefused(lease, resource.Request.Endpoint);
    }

    private static void ThrowIfRefused(RateLimitLease lease, OkxEndpointInfo endpoint)
    {
        if (!lease.IsAcquired)
        {
            throw new OkxRateLimitExceededException(endpoint, lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan retryAfter) ? retryAfter : null);
        }
    }
}
