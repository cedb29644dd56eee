using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.WebSockets.Connection;

namespace OkxGen.WebSockets;

/// <summary>
/// OKX's V5 WebSocket API: typed subscriptions, order operations written by the generated writers, and order books
/// that never silently diverge. One connection per path (<c>/ws/v5/public</c>, <c>/private</c>, <c>/business</c>),
/// opened on first use, logged in with the credentials, kept alive with <c>ping</c>, and re-established after a drop
/// with capped exponential back-off and jitter: the client logs in again and renews every live subscription.
/// </summary>
/// <remarks>
/// Thread-safe. Order operations are generated as extension methods (<c>PlaceOrderAsync</c>) from
/// <see cref="OkxEndpointAttribute.WebSocketOp"/>; an operation in flight when the socket drops fails with
/// <see cref="OkxOperationOutcomeUnknownException"/> and is never sent again.
/// </remarks>
/// <example>
/// <code>
/// await using var ws = new OkxWebSocketClient(new OkxWebSocketOptions { Credentials = credentials, Simulated = true });
/// await foreach (OkxPush&lt;Ticker&gt; push in ws.SubscribeAsync(new TickersChannel { InstId = "BTC-USDT" }, ct))
/// {
///     if (push.Kind == OkxPushKind.Data) Console.WriteLine(push.Data[0].Last);
/// }
/// </code>
/// </example>
public sealed partial class OkxWebSocketClient : IAsyncDisposable
{
    private static readonly string[] Operations =
        ["order", "batch-orders", "cancel-order", "batch-cancel-orders", "amend-order", "batch-amend-orders", "mass-cancel"];

    private readonly OkxWebSocketOptions _options;
    private readonly Uri _host;
    private readonly WebSocketConnection?[] _connections = new WebSocketConnection?[3];
    private readonly object _gate = new();
    private bool _disposed;

    /// <summary>Creates a client; nothing is connected until the first subscription or operation.</summary>
    /// <param name="options">The credentials, host, clock and timings; read once, here.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The base address is not absolute, or a timing is not positive.</exception>
    public OkxWebSocketClient(OkxWebSocketOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.TimeProvider, "options.TimeProvider");
        if (options.PingInterval <= TimeSpan.Zero || options.PongTimeout <= TimeSpan.Zero || options.ResponseTimeout <= TimeSpan.Zero
            || options.ReconnectDelay <= TimeSpan.Zero || options.MaxReconnectDelay < options.ReconnectDelay || options.SubscriptionBufferCapacity < 1)
        {
            throw new ArgumentException("Timings must be positive (MaxReconnectDelay at least ReconnectDelay) and SubscriptionBufferCapacity at least 1.", nameof(options));
        }

        _options = new OkxWebSocketOptions
        {
            Credentials = options.Credentials,
            Simulated = options.Simulated,
            BaseAddress = options.BaseAddress,
            RequestExpiry = options.RequestExpiry,
            TimeProvider = options.TimeProvider,
            Logger = options.Logger,
            PingInterval = options.PingInterval,
            PongTimeout = options.PongTimeout,
            ResponseTimeout = options.ResponseTimeout,
            ReconnectDelay = options.ReconnectDelay,
            MaxReconnectDelay = options.MaxReconnectDelay,
            SubscriptionBufferCapacity = options.SubscriptionBufferCapacity,
            RateLimiting = options.RateLimiting,
            RateLimiter = options.RateLimiter,
        };
        RateLimiter = options.RateLimiter ?? new OkxRateLimiter(options.TimeProvider);
        _host = WebSocketHost(options.BaseAddress ?? (options.Simulated ? OkxWebSocketOptions.DemoAddress : OkxWebSocketOptions.ProductionAddress));
    }

    /// <summary>
    /// Raised after a connection dropped and was re-established, logged in again and its subscriptions renewed. Each
    /// live subscription also reads an <see cref="OkxPushKind.Reconnected"/> marker.
    /// </summary>
    public event EventHandler<OkxReconnectedEventArgs>? Reconnected;

    /// <summary>Gets the address of a service, for example <c>wss://ws.okx.com:8443/ws/v5/private</c>: <c>ws/v5/...</c> below the base address.</summary>
    /// <param name="endpoint">The service.</param>
    /// <returns>The address the client connects to.</returns>
    public Uri AddressOf(OkxWebSocketEndpoint endpoint) => new(_host, EndpointPath.Of(endpoint)[1..]);

    /// <summary>
    /// Subscribes to a channel for as long as the caller enumerates: the subscription is sent (after connecting and
    /// logging in where needed) when the enumeration starts, and unsubscribed when it ends or is cancelled.
    /// </summary>
    /// <remarks>
    /// Private and business connections log in when they open. The public connection logs in (once, and again after
    /// each reconnect) when a channel that OKX serves only after a login is subscribed: <c>books-l2-tbt</c> and
    /// <c>books50-l2-tbt</c>, which also need a VIP4 fee tier (OKX answers 64003 below it).
    /// </remarks>
    /// <typeparam name="T">The type of one item of a push's <c>data</c>.</typeparam>
    /// <param name="channel">The channel's argument, an <see cref="OkxChannelAttribute"/> type.</param>
    /// <param name="cancellationToken">Ends the enumeration.</param>
    /// <returns>
    /// The pushes, plus an <see cref="OkxPushKind.Reconnected"/> marker after every reconnect and an
    /// <see cref="OkxPushKind.Dropped"/> marker when the consumer fell more than
    /// <see cref="OkxWebSocketOptions.SubscriptionBufferCapacity"/> pushes behind.
    /// </returns>
    /// <exception cref="OkxWebSocketException">OKX refused the login or the subscription (60012, 60018, 64001...), then or after a reconnect.</exception>
    /// <exception cref="InvalidOperationException">The channel is private and no credentials are set.</exception>
    public async IAsyncEnumerable<OkxPush<T>> SubscribeAsync<T>(IOkxChannel<T> channel, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        WebSocketConnection connection = ConnectionFor(channel.Endpoint, requiresLogin: channel.Endpoint == OkxWebSocketEndpoint.Private);
        var subscription = new Subscription<T>(channel, ChannelArgument.From(channel), _options.SubscriptionBufferCapacity, _options.Logger);
        await connection.SubscribeAsync(subscription, IsLoginOnlyPublicChannel(channel), cancellationToken).ConfigureAwait(false);
        try
        {
            await foreach (OkxPush<T> push in subscription.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return push;
            }
        }
        finally
        {
            subscription.Complete();
            await connection.UnsubscribeAsync(subscription).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends an order operation on <c>/ws/v5/private</c>: <c>{"args":[...],"expTime":"...","id":"...","op":"..."}</c>,
    /// written by the request's generated writer into a pooled buffer. Generated methods such as <c>PlaceOrderAsync</c> call it.
    /// </summary>
    /// <typeparam name="TResponse">The type of an item of the answer's <c>data</c>.</typeparam>
    /// <param name="request">The request, whose body (an object, or the array of an <see cref="OkxBodyAttribute"/> list) becomes <c>args</c>.</param>
    /// <param name="op">OKX's operation: <c>order</c>, <c>batch-orders</c>, <c>cancel-order</c>, <c>batch-cancel-orders</c>, <c>amend-order</c>, <c>batch-amend-orders</c> or <c>mass-cancel</c>.</param>
    /// <param name="responseReader">The reader of one item of <c>data</c>.</param>
    /// <param name="cancellationToken">Cancels the wait; an operation already sent may still be executed.</param>
    /// <returns>OKX's answer with per-item <c>sCode</c>/<c>sMsg</c> and <c>inTime</c>/<c>outTime</c>; a non-zero <c>code</c> is a response, not an exception.</returns>
    /// <exception cref="OkxOperationOutcomeUnknownException">The connection dropped, or OKX did not answer in time, after the operation was sent.</exception>
    /// <exception cref="OkxWebSocketException">The connection could not be opened or the login was refused; nothing was sent.</exception>
    /// <exception cref="OkxRateLimitExceededException">The request's declared limit has no permit free and <see cref="OkxWebSocketOptions.RateLimiting"/> is <see cref="OkxRateLimitMode.Fail"/>; nothing was sent.</exception>
    /// <exception cref="InvalidOperationException">No credentials are set; nothing was sent.</exception>
    public Task<OkxResponse<TResponse>> SendOperationAsync<TResponse>(
        IOkxRequest request,
        string op,
        OkxResponseReader<TResponse> responseReader,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(responseReader);
        if (Array.IndexOf(Operations, op) < 0)
        {
            throw new ArgumentException($"'{op}' is not an OKX WebSocket order operation ({string.Join(", ", Operations)}).", nameof(op));
        }

        return SendCountedOperationAsync(ConnectionFor(OkxWebSocketEndpoint.Private, requiresLogin: true), request, op, responseReader, cancellationToken);
    }

    /// <summary>Closes every connection; enumerations in progress end with <see cref="ObjectDisposedException"/>.</summary>
    /// <returns>A task that completes when the connections are closed.</returns>
    public async ValueTask DisposeAsync()
    {
        WebSocketConnection?[] connections;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            connections = (WebSocketConnection?[])_connections.Clone();
        }

        foreach (WebSocketConnection? connection in connections)
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private WebSocketConnection ConnectionFor(OkxWebSocketEndpoint endpoint, bool requiresLogin)
    {
        if (requiresLogin && _options.Credentials is null)
        {
            throw new InvalidOperationException($"{AddressOf(endpoint).AbsolutePath} needs a login, and OkxWebSocketOptions.Credentials is not set.");
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _connections[(int)endpoint] ??= new WebSocketConnection(_options, AddressOf(endpoint), endpoint, OnReconnected);
        }
    }

    // OKX's public channels that need a login (and a VIP4 fee tier, else 64003): the tick-by-tick order books.
    private static bool IsLoginOnlyPublicChannel(IOkxChannel channel) =>
        channel.Endpoint == OkxWebSocketEndpoint.Public && channel.Channel is "books-l2-tbt" or "books50-l2-tbt";

    private void OnReconnected(OkxWebSocketEndpoint endpoint, string reason)
    {
        OkxTelemetry.Reconnected(EndpointPath.Of(endpoint));
        Reconnected?.Invoke(this, new OkxReconnectedEventArgs(endpoint, reason));
    }

    private static Uri WebSocketHost(Uri address)
    {
        if (!address.IsAbsoluteUri)
        {
            throw new ArgumentException($"The base address must be absolute, not '{address}'.", nameof(address));
        }

        var builder = new UriBuilder(address)
        {
            Scheme = address.Scheme switch
            {
                "https" or "wss" => "wss",
                "http" or "ws" => "ws",
                _ => throw new ArgumentException($"The base address must be a ws, wss, http or https address, not '{address}'.", nameof(address)),
            },
            // A path (a test server's /wspap/) is kept: the services are relative to it.
            Path = address.AbsolutePath.EndsWith('/') ? address.AbsolutePath : address.AbsolutePath + "/",
            Query = "",
        };
        return builder.Uri;
    }
}
