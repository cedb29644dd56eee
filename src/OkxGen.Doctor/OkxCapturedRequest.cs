using System;

namespace OkxGen.Doctor;

/// <summary>
/// What a client sent to OKX, as captured on the wire or in a log: the method, the request target, the body bytes and
/// the two signing headers. The doctor compares it with the text OKX hashes.
/// </summary>
public sealed class OkxCapturedRequest
{
    /// <summary>Describes a captured request.</summary>
    /// <param name="method">The HTTP method as sent, for example <c>POST</c>.</param>
    /// <param name="requestTarget">The request target as sent: the path and query, for example <c>/api/v5/account/balance?ccy=BTC,ETH</c>.</param>
    /// <param name="body">The body bytes exactly as sent; empty for a <c>GET</c>.</param>
    /// <param name="timestamp">The <c>OK-ACCESS-TIMESTAMP</c> header value.</param>
    /// <param name="signature">The <c>OK-ACCESS-SIGN</c> header value.</param>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A string argument is empty.</exception>
    public OkxCapturedRequest(string method, string requestTarget, ReadOnlyMemory<byte> body, string timestamp, string signature)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentException.ThrowIfNullOrEmpty(requestTarget);
        ArgumentException.ThrowIfNullOrEmpty(timestamp);
        ArgumentException.ThrowIfNullOrEmpty(signature);
        Method = method;
        RequestTarget = requestTarget;
        Body = body;
        Timestamp = timestamp;
        Signature = signature;
    }

    /// <summary>Gets the HTTP method as sent.</summary>
    public string Method { get; }

    /// <summary>Gets the request target (path and query) as sent.</summary>
    public string RequestTarget { get; }

    /// <summary>Gets the body bytes as sent.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>Gets the <c>OK-ACCESS-TIMESTAMP</c> header value.</summary>
    public string Timestamp { get; }

    /// <summary>Gets the <c>OK-ACCESS-SIGN</c> header value.</summary>
    public string Signature { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Method} {RequestTarget} ({Body.Length} body bytes, timestamp {Timestamp})";
}
