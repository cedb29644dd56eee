using System;
using System.Net.Http;

namespace OkxGen;

/// <summary>Describes an OKX V5 REST endpoint: its HTTP method, its path, whether it is signed, and its rate limit.</summary>
public sealed class OkxEndpointInfo
{
    private readonly bool _idempotent;

    /// <summary>Creates the description of an endpoint.</summary>
    /// <param name="method">The HTTP method in upper case: <c>GET</c> or <c>POST</c>.</param>
    /// <param name="path">The request path without a query string, for example <c>/api/v5/trade/order</c>.</param>
    /// <param name="isSigned">Whether the request carries OKX's authentication headers.</param>
    /// <param name="acceptsExpTime">Whether the endpoint honours the <c>expTime</c> header.</param>
    /// <param name="rateLimit">The documented rate limit, or <see langword="null"/> when none is declared.</param>
    /// <exception cref="ArgumentException">The method is not <c>GET</c> or <c>POST</c>, or the path does not start with <c>/api/v5/</c>.</exception>
    public OkxEndpointInfo(string method, string path, bool isSigned, bool acceptsExpTime = false, OkxRateLimit? rateLimit = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        if (method is not ("GET" or "POST"))
        {
            throw new ArgumentException($"OKX V5 endpoints use GET or POST, not '{method}'.", nameof(method));
        }

        if (!path.StartsWith("/api/v5/", StringComparison.Ordinal))
        {
            throw new ArgumentException($"OKX V5 paths start with /api/v5/, not '{path}'.", nameof(path));
        }

        Method = method;
        Path = path;
        IsSigned = isSigned;
        AcceptsExpTime = acceptsExpTime;
        RateLimit = rateLimit;
    }

    /// <summary>Gets the HTTP method: <c>GET</c> or <c>POST</c>.</summary>
    public string Method { get; }

    /// <summary>Gets the request path without a query string.</summary>
    public string Path { get; }

    /// <summary>Gets whether the request carries OKX's authentication headers.</summary>
    public bool IsSigned { get; }

    /// <summary>Gets whether the endpoint honours the <c>expTime</c> header (<see cref="OkxClientOptions.RequestExpiry"/>).</summary>
    public bool AcceptsExpTime { get; }

    /// <summary>Gets the documented rate limit that <see cref="OkxClient"/> enforces, or <see langword="null"/> when none is declared.</summary>
    public OkxRateLimit? RateLimit { get; }

    /// <summary>
    /// Gets the key under which <see cref="OkxClient"/> puts the endpoint into each <see cref="HttpRequestMessage.Options"/>
    /// it sends, so that HTTP handlers (retries, guards) can tell which requests are safe to send again
    /// (<see cref="IsIdempotent"/>).
    /// </summary>
    public static HttpRequestOptionsKey<OkxEndpointInfo> RequestOptionsKey { get; } = new("OkxGen.Endpoint");

    /// <summary>
    /// Gets whether sending the request twice has the effect of sending it once, so that a request whose answer was
    /// lost may be retried: every <c>GET</c>, and the <c>POST</c> endpoints declared with
    /// <see cref="OkxEndpointAttribute.Idempotent"/>. Placing an order never is.
    /// </summary>
    public bool IsIdempotent
    {
        get => _idempotent || !HasBody;
        init => _idempotent = value;
    }

    /// <summary>Gets whether the request has a JSON body (<c>POST</c>) rather than a query string (<c>GET</c>).</summary>
    public bool HasBody => Method == "POST";

    /// <inheritdoc/>
    public override string ToString() => $"{Method} {Path}";
}
