using System.Threading;
using System.Threading.Tasks;
using OkxGen.RateLimiting;
using OkxGen.WebSockets.Connection;

namespace OkxGen.WebSockets;

// OKX counts an order operation against the limit of the REST endpoint it mirrors (place, amend, cancel): the
// operation's request is that endpoint's declaration, so it takes its permit from the same budget as REST.
public sealed partial class OkxWebSocketClient
{
    /// <summary>
    /// Gets the limiter that counts this client's order operations against their declared limits: the one given in
    /// <see cref="OkxWebSocketOptions.RateLimiter"/> (share <see cref="OkxClient.RateLimiter"/> here so that REST and
    /// WebSocket orders of one account are counted once), or the client's own.
    /// </summary>
    public OkxRateLimiter RateLimiter { get; }

    private async Task<OkxResponse<TResponse>> SendCountedOperationAsync<TResponse>(
        WebSocketConnection connection,
        IOkxRequest request,
        string op,
        OkxResponseReader<TResponse> responseReader,
        CancellationToken cancellationToken)
    {
        await RateLimitGate.AcquireAsync(RateLimiter, _options.RateLimiting, request, _options.Credentials?.ApiKey, cancellationToken).ConfigureAwait(false);
        return await connection.SendOperationAsync(request, op, responseReader, cancellationToken).ConfigureAwait(false);
    }
}
