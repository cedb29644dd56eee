using System;

namespace OkxGen;

/// <summary>
/// An OKX V5 request whose canonical bytes the OkxGen generator writes. Implemented by every
/// <see cref="OkxEndpointAttribute"/> type, so that runtime code (the client, the signer) can be generic over requests.
/// </summary>
/// <remarks>
/// Both writers produce the exact bytes that are signed and sent: the request path (with the query string of a
/// <c>GET</c>) and the body (canonical JSON for a <c>POST</c>, nothing for a <c>GET</c>).
/// </remarks>
public interface IOkxRequest
{
    /// <summary>Gets the endpoint this request is sent to.</summary>
    OkxEndpointInfo Endpoint { get; }

    /// <summary>
    /// Writes the request path as it is signed and sent: the path, plus <c>?k=v&amp;...</c> for a <c>GET</c> with
    /// members set.
    /// </summary>
    /// <param name="destination">The buffer to write UTF-8 into.</param>
    /// <param name="bytesWritten">The number of bytes written, or 0 when the buffer is too small.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too small; nothing is thrown then.</returns>
    bool TryWriteRequestPath(Span<byte> destination, out int bytesWritten);

    /// <summary>Writes the body as it is signed and sent: canonical JSON for a <c>POST</c>, nothing for a <c>GET</c>.</summary>
    /// <param name="destination">The buffer to write UTF-8 into.</param>
    /// <param name="bytesWritten">The number of bytes written, or 0 when the buffer is too small.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too small; nothing is thrown then.</returns>
    bool TryWriteBody(Span<byte> destination, out int bytesWritten);

    /// <summary>
    /// Gets the value of the member that the endpoint's rate limit is also counted per (the member sent as
    /// <see cref="OkxRateLimit.KeyParameter"/>: <c>instId</c>, <c>instFamily</c>, <c>instType</c>, <c>ccy</c> or
    /// <c>tag</c>), or <see langword="null"/> when the rule names no parameter or the request has no such string member
    /// (it is then counted per user or IP alone, which is stricter). The generator implements it without reflection.
    /// </summary>
    string? RateLimitKey => null;
}
