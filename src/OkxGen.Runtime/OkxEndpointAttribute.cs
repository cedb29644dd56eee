using System;
using System.Diagnostics.CodeAnalysis;

namespace OkxGen;

/// <summary>
/// Declares a partial record (or class or struct) as an OKX V5 REST request. OkxGen's source generator then writes,
/// at compile time, the only serializer the type can use: canonical JSON (keys sorted at every level, no whitespace,
/// invariant numbers) for <c>POST</c>, and a sorted, percent-encoded query string for <c>GET</c>.
/// </summary>
/// <example>
/// <code>
/// [OkxEndpoint("POST", "/api/v5/trade/order")]
/// public partial record PlaceOrderRequest
/// {
///     public required string InstId { get; init; }
///     public required decimal Sz { get; init; }
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class OkxEndpointAttribute : Attribute
{
    /// <summary>Declares the endpoint.</summary>
    /// <param name="method">The HTTP method in upper case: <c>GET</c> or <c>POST</c>.</param>
    /// <param name="path">The request path, starting with <c>/api/v5/</c>, without a query string.</param>
    public OkxEndpointAttribute(string method, string path)
    {
        Method = method;
        Path = path;
    }

    /// <summary>Gets the HTTP method: <c>GET</c> or <c>POST</c>.</summary>
    public string Method { get; }

    /// <summary>Gets the request path, for example <c>/api/v5/trade/order</c>.</summary>
    public string Path { get; }

    /// <summary>
    /// Gets or sets whether the request carries OKX's authentication headers. Defaults to <see langword="true"/>;
    /// public market-data endpoints set it to <see langword="false"/>.
    /// </summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "'Signed' means 'authenticated' here; the name is part of the public contract.")]
    public bool Signed { get; set; } = true;

    /// <summary>
    /// Gets or sets whether the endpoint honours OKX's <c>expTime</c> header, so that
    /// <see cref="OkxClientOptions.RequestExpiry"/> applies to it. OKX honours it on place order, batch orders, amend
    /// order and batch amend.
    /// </summary>
    public bool AcceptsExpTime { get; set; }

    /// <summary>Gets or sets the element type of the response's <c>data</c> array, or <see langword="null"/> for raw JSON.</summary>
    public Type? Response { get; set; }

    /// <summary>
    /// Gets or sets OKX's documented rate limit: the number of requests allowed per
    /// <see cref="RateLimitWindowSeconds"/>, or 0 (the default) when the endpoint declares none.
    /// </summary>
    public int RateLimit { get; set; }

    /// <summary>Gets or sets the window, in seconds, that <see cref="RateLimit"/> counts over. Defaults to 2, OKX's usual window.</summary>
    public int RateLimitWindowSeconds { get; set; } = 2;

    /// <summary>Gets or sets what OKX counts <see cref="RateLimit"/> against: the IP, the user, or the user and an instrument.</summary>
    public OkxRateLimitRule RateLimitRule { get; set; }

    /// <summary>
    /// Gets or sets the WebSocket order operation that carries the same request over OKX's private socket
    /// (<c>order</c>, <c>batch-orders</c>, <c>cancel-order</c>, <c>batch-cancel-orders</c>, <c>amend-order</c>,
    /// <c>batch-amend-orders</c> or <c>mass-cancel</c>), or <see langword="null"/> when there is none.
    /// </summary>
    public string? WebSocketOp { get; set; }

    /// <summary>
    /// Gets or sets whether OKX applies this <c>POST</c> at most once however often it arrives, so that a request
    /// whose answer was lost may be sent again (<c>AddOkxResilience()</c> retries it): setting a value, such as the
    /// leverage, or cancelling by id. Never set it on an endpoint that creates something (placing an order, a
    /// transfer, a withdrawal): a second copy would be a second order. Every <c>GET</c> is idempotent already.
    /// </summary>
    public bool Idempotent { get; set; }
}
