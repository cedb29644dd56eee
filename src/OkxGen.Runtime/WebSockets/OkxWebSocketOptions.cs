using System;
using Microsoft.Extensions.Logging;

namespace OkxGen.WebSockets;

/// <summary>Options of an <see cref="OkxWebSocketClient"/>, read once when it is created.</summary>
public sealed class OkxWebSocketOptions
{
    /// <summary>OKX's production WebSocket host, <c>wss://ws.okx.com:8443</c>.</summary>
    public static readonly Uri ProductionAddress = new("wss://ws.okx.com:8443");

    /// <summary>OKX's demo-trading WebSocket host, <c>wss://wspap.okx.com:8443</c>.</summary>
    public static readonly Uri DemoAddress = new("wss://wspap.okx.com:8443");

    /// <summary>
    /// Gets or sets the API key that logs in on <c>/private</c> and <c>/business</c>, and on <c>/public</c> for the
    /// tick-by-tick books (<c>books-l2-tbt</c>, <c>books50-l2-tbt</c>); needed for private channels and order operations.
    /// </summary>
    public OkxCredentials? Credentials { get; set; }

    /// <summary>Gets or sets whether to use demo trading: <see cref="DemoAddress"/> unless <see cref="BaseAddress"/> is set, and the <c>x-simulated-trading: 1</c> header.</summary>
    public bool Simulated { get; set; }

    /// <summary>
    /// Gets or sets the host (<c>wss://</c>, <c>ws://</c>, or <c>http(s)://</c> for a test server) that overrides
    /// <see cref="ProductionAddress"/> and <see cref="DemoAddress"/>, for example OKX's regional sites.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>Gets or sets how long an order operation stays valid: sent as <c>expTime</c> on the operations that honour it.</summary>
    public TimeSpan? RequestExpiry { get; set; }

    /// <summary>Gets or sets the clock of login timestamps, <c>expTime</c> and the keepalive.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets the logger: connections, logins, reconnects, slow consumers; never a secret or a signature.</summary>
    public ILogger? Logger { get; set; }

    /// <summary>Gets or sets how long a connection may stay silent before the client sends <c>ping</c>. OKX closes it after 30 s. Defaults to 25 s.</summary>
    public TimeSpan PingInterval { get; set; } = TimeSpan.FromSeconds(25);

    /// <summary>Gets or sets how long to wait for <c>pong</c> (or any message) after a <c>ping</c> before reconnecting. Defaults to 5 s.</summary>
    public TimeSpan PongTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets how long to wait for OKX to answer a login, a subscription or an order operation. Defaults to 10 s.</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets the first delay before a reconnect; it doubles with each failed attempt, with jitter. Defaults to 0.5 s.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets the longest delay between reconnect attempts. Defaults to 30 s.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets how many pushes a subscription buffers for a consumer that has not read them yet. Defaults to
    /// 1024. When the buffer is full, new pushes are dropped (and logged) until the consumer catches up, which then
    /// reads one <see cref="OkxPushKind.Dropped"/> marker: the socket is never held up for one slow consumer.
    /// </summary>
    public int SubscriptionBufferCapacity { get; set; } = 1024;

    /// <summary>
    /// Gets or sets what the client does with the declared rate limits of order operations (those of the REST
    /// endpoints they mirror): wait for a permit (the default), fail at once without sending, or not count.
    /// </summary>
    public OkxRateLimitMode RateLimiting { get; set; } = OkxRateLimitMode.Wait;

    /// <summary>
    /// Gets or sets the limiter that counts order operations; <see langword="null"/> (the default) gives the client its
    /// own, on <see cref="TimeProvider"/>. OKX shares the limits of place, amend and cancel between REST and WebSocket:
    /// give the <see cref="OkxClient.RateLimiter"/> of the REST client that uses the same key.
    /// </summary>
    public OkxRateLimiter? RateLimiter { get; set; }
}
