using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OkxGen.Testing.Faults;
using OkxGen.Testing.Orders;
using OkxGen.Testing.RateLimiting;
using OkxGen.Testing.Recording;
using OkxGen.Testing.Responses;
using OkxGen.Testing.Verification;
using OkxGen.Testing.WebSockets;

namespace OkxGen.Testing;

/// <summary>
/// An in-process HTTP server on 127.0.0.1 that checks OKX V5 REST requests exactly as OKX does (headers, key, timestamp format
/// and window, passphrase, demo/live environment, signature over the raw target and the raw body), records every request, and
/// answers with OKX-shaped bodies, custom answers or injected faults.
/// </summary>
/// <remarks>
/// Checks run in this order: the four <c>OK-ACCESS-*</c> headers present (50103, 50104, 50106, 50107), key known (50111),
/// timestamp format (50112), timestamp window (50102), passphrase (50105), environment (50101), signature (50113), then for
/// POST a non-empty body (50000) that is valid JSON (50002); with <see cref="OkxTestServerOptions.StrictCanonicalJson"/> the body must
/// also be canonical (50002 again). Authentication errors are HTTP 401,
/// body errors HTTP 400. Paths under <c>/api/v5/public/</c> and <c>/api/v5/market/</c> need no authentication. An accepted
/// request for a path with no answer gets HTTP 404 with code <see cref="OkxErrorCodes.NotFound"/>. Nothing is logged. Trade
/// endpoints are served from an order book per API key (see <see cref="Orders"/>, <see cref="Fill"/>, <see cref="OrderChanged"/>).
/// </remarks>
/// <example>
/// <code>
/// await using var server = await OkxTestServer.StartAsync();
/// server.AddKey("key", "secret", "passphrase", demo: true);
/// using var http = new HttpClient { BaseAddress = server.BaseAddress };
/// // ... send signed requests, then:
/// Assert.All(server.Requests, r =&gt; Assert.True(r.IsAccepted, r.VerificationMessage));
/// </code>
/// </example>
public sealed partial class OkxTestServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, OkxTestKey> _keys = new(StringComparer.Ordinal);
    private readonly RequestLog _log = new();
    private readonly FaultQueue _faults = new();
    private readonly ResponseRouter _router = new();
    private readonly OrderBook _orders = new(new OrderIdSource());
    private readonly RateLimitCounter _rateLimits = new();
    private readonly ServerClock _clock;
    private readonly OkxRequestPipeline _pipeline;
    private readonly WebSocketFaultQueue _webSocketFaults = new();
    private readonly WebSocketHub _webSockets;
    private WebApplication? _app;

    private OkxTestServer(OkxTestServerOptions options)
    {
        _clock = new ServerClock(options.TimeProvider, options.ClockOffset);
        foreach (OkxTestKey key in options.Keys)
        {
            AddKey(key);
        }

        DefaultResponses.Register(_router, _orders);
        _orders.Changed += order => OrderChanged?.Invoke(this, new OkxOrderChangedEventArgs(order));
        var verifier = new RequestVerifier(_keys, options.TimestampWindow, options.StrictCanonicalJson);
        _pipeline = new OkxRequestPipeline(_clock, verifier, _log, _faults, _router, _rateLimits, options.ExplainInvalidSign);
        Func<DateTimeOffset> now = () => _clock.Now;
        var messageHandler = new WebSocketMessageHandler(new LoginVerifier(_keys, options.TimestampWindow), new OrderOperations(_orders, _rateLimits), _webSocketFaults, now);
        _webSockets = new WebSocketHub(messageHandler, now, options.TimeProvider, options.WebSocketIdleTimeout);
        _orders.Changed += _webSockets.OnOrderChanged;
    }

    /// <summary>
    /// Raised each time an order of any key is placed, amended, cancelled or filled, with the order after the change. Raised
    /// synchronously, after the change, on the thread that made it (a request's, or the caller of <see cref="Fill"/>).
    /// </summary>
    public event EventHandler<OkxOrderChangedEventArgs>? OrderChanged;

    /// <summary>The server's address, <c>http://127.0.0.1:{port}/</c>; use it as an <see cref="System.Net.Http.HttpClient.BaseAddress"/>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The skew of the server's clock against the options' <see cref="TimeProvider"/>; set it to simulate a client clock that is off (50102).</summary>
    public TimeSpan ClockOffset
    {
        get => _clock.Offset;
        set => _clock.Offset = value;
    }

    /// <summary>The server's current time: the time provider's UTC time plus <see cref="ClockOffset"/>.</summary>
    public DateTimeOffset Now => _clock.Now;

    /// <summary>A snapshot of every request received so far, in arrival order, including rejected and faulted ones.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _log.Snapshot();

    /// <summary>A snapshot of every order placed with any key, in placement order, each in its current state.</summary>
    public IReadOnlyList<OkxTestOrder> Orders => _orders.Snapshot();

    /// <summary>Starts a server on 127.0.0.1, on <see cref="OkxTestServerOptions.Port"/> or a free port.</summary>
    /// <param name="options">Settings; <see langword="null"/> for the defaults (system clock, any valid JSON as OKX accepts, a free port, no keys).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop it.</returns>
    public static async Task<OkxTestServer> StartAsync(OkxTestServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new OkxTestServerOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort);
        var server = new OkxTestServer(options);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = "OkxGen.Testing",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });

        WebApplication app = builder.Build();
        app.UseWebSockets();
        app.Use(server._webSockets.HandleAsync);
        RequestDelegate handler = server._pipeline.HandleAsync;
        app.Run(handler);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        server._app = app;
        foreach (string url in app.Urls)
        {
            server.BaseAddress = new Uri(url.EndsWith('/') ? url : url + "/");
            server.WebSocketBaseAddress = new Uri("ws" + server.BaseAddress.AbsoluteUri[4..]);
            server.DemoWebSocketBaseAddress = new Uri(server.WebSocketBaseAddress, WebSocketHub.DemoPrefix[1..] + "/");
            break;
        }

        return server;
    }

    /// <summary>Accepts a key from now on.</summary>
    /// <param name="apiKey">The value clients send in <c>OK-ACCESS-KEY</c>.</param>
    /// <param name="secretKey">The HMAC-SHA256 secret.</param>
    /// <param name="passphrase">The value clients send in <c>OK-ACCESS-PASSPHRASE</c>.</param>
    /// <param name="demo"><see langword="true"/> (the default) for a demo key, which requires <c>x-simulated-trading: 1</c>; <see langword="false"/> for a live key, which forbids it.</param>
    public void AddKey(string apiKey, string secretKey, string passphrase, bool demo = true) =>
        AddKey(new OkxTestKey(apiKey, secretKey, passphrase, demo));

    /// <summary>Accepts a key from now on, replacing one with the same <see cref="OkxTestKey.ApiKey"/>.</summary>
    /// <param name="key">The key.</param>
    public void AddKey(OkxTestKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _keys[key.ApiKey] = key;
    }

    /// <summary>
    /// Fills part or all of a pending order, as a trade on OKX would (there is no matching engine): <c>accFillSz</c> grows,
    /// <c>avgPx</c> is the size-weighted average, <c>fillPx</c>/<c>fillSz</c>/<c>fillTime</c>/<c>tradeId</c> describe this fill,
    /// and the state becomes <c>partially_filled</c>, or <c>filled</c> when nothing remains, which moves the order from pending
    /// orders to the order history. Raises <see cref="OrderChanged"/>.
    /// </summary>
    /// <param name="ordId">The order id the server answered when the order was placed.</param>
    /// <param name="px">The fill price.</param>
    /// <param name="sz">The fill size, in the order's unit; at most what remains.</param>
    /// <returns>The order after the fill.</returns>
    /// <exception cref="InvalidOperationException">No such order, or it is no longer pending.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="px"/> or <paramref name="sz"/> is not positive, or <paramref name="sz"/> is more than remains.</exception>
    public OkxTestOrder Fill(string ordId, decimal px, decimal sz)
    {
        ArgumentException.ThrowIfNullOrEmpty(ordId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(px);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sz);
        return _orders.Fill(ordId, px, sz, _clock.Now);
    }

    /// <summary>Forgets the recorded requests.</summary>
    public void Clear() => _log.Clear();

    /// <summary>Answers accepted requests for <paramref name="method"/> and <paramref name="path"/> with <paramref name="handler"/>, instead of the default.</summary>
    /// <param name="method">The HTTP method, for example <c>GET</c>.</param>
    /// <param name="path">The path without the query, for example <c>/api/v5/account/balance</c>.</param>
    /// <param name="handler">Builds the answer from the recorded request.</param>
    public void Respond(string method, string path, Func<RecordedRequest, OkxTestResponse> handler)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(handler);
        _router.SetCustom(method, path, handler);
    }

    /// <summary>Answers accepted requests for <paramref name="path"/>, any method, with HTTP 200 and <paramref name="json"/>.</summary>
    /// <param name="path">The path without the query.</param>
    /// <param name="json">The complete body, sent as is.</param>
    public void Respond(string path, string json)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(json);
        var response = OkxTestResponse.Json(json);
        _router.SetCustom(null, path, _ => response);
    }

    /// <summary>Removes every answer set with <c>Respond</c>; the defaults apply again.</summary>
    public void ClearResponses() => _router.ClearCustom();

    /// <summary>Applies <paramref name="fault"/> to the next <paramref name="times"/> requests it matches. Faults apply in the order injected, one per request.</summary>
    /// <param name="fault">The fault.</param>
    /// <param name="times">How many matching requests it affects; at least 1.</param>
    public void InjectFault(OkxFault fault, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        _faults.Add(fault, times);
    }

    /// <summary>Removes every fault not yet applied.</summary>
    public void ClearFaults() => _faults.Clear();

    /// <summary>
    /// From now on counts the accepted requests to <paramref name="endpoint"/> against its declared limit
    /// (<see cref="OkxEndpointInfo.RateLimit"/>), per rule key (everyone, the <c>OK-ACCESS-KEY</c>, the key and the
    /// request's <c>instId</c>/<c>instFamily</c>), in a sliding window of the server's clock, and answers the requests
    /// past it with <c>50011</c> as OKX does. The WebSocket order operations that mirror a trade endpoint (<c>order</c>
    /// for <c>POST /api/v5/trade/order</c>...) count against the same budget, as OKX shares them. See <see cref="RateLimitUsage"/>.
    /// </summary>
    /// <param name="endpoint">The endpoint, for example <c>PlaceOrderRequest.Endpoint</c>.</param>
    /// <param name="rejectionStatus">The HTTP status of the <c>50011</c> answer: 429 (the default) or 200; OKX uses both.</param>
    /// <exception cref="ArgumentException">The endpoint declares no rate limit.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rejectionStatus"/> is not 429 or 200.</exception>
    public void EnforceRateLimit(OkxEndpointInfo endpoint, HttpStatusCode rejectionStatus = HttpStatusCode.TooManyRequests)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        OkxRateLimit limit = endpoint.RateLimit ?? throw new ArgumentException($"{endpoint} declares no rate limit.", nameof(endpoint));
        if (rejectionStatus is not (HttpStatusCode.TooManyRequests or HttpStatusCode.OK))
        {
            throw new ArgumentOutOfRangeException(nameof(rejectionStatus), rejectionStatus, "OKX answers 50011 with HTTP 429 or 200.");
        }

        _rateLimits.Enforce(endpoint, limit, (int)rejectionStatus);
    }

    /// <summary>
    /// A snapshot of how each budget of the endpoints given to <see cref="EnforceRateLimit"/> was used: the requests
    /// accepted and rejected, and the most accepted in one window.
    /// </summary>
    public IReadOnlyList<OkxRateLimitUsage> RateLimitUsage => _rateLimits.Snapshot();

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            _webSockets.Shutdown(); // Kestrel's graceful stop would otherwise wait 30 s for open sockets.
            await app.StopAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
