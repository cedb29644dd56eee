using System.Threading;
using System.Threading.Tasks;
using OkxGen.RateLimiting;

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

    private ValueTask AcquirePermitAsync(IOkxRequest request, OkxCredentials? credentials, CancellationToken cancellationToken) =>
        RateLimitGate.AcquireAsync(RateLimiter, _options.RateLimiting, request, credentials?.ApiKey, cancellationToken);
}
