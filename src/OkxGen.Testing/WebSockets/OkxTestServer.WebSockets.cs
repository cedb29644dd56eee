using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.Testing.WebSockets;

namespace OkxGen.Testing;

/// <summary>The WebSocket side of the server: OKX's <c>/ws/v5/public</c>, <c>/ws/v5/private</c> and <c>/ws/v5/business</c>.</summary>
/// <remarks>
/// <para>
/// Environments: OKX serves demo trading on its own host (<c>wss://wspap.okx.com:8443</c>). The server serves the live
/// environment under <see cref="WebSocketBaseAddress"/> (<c>ws://127.0.0.1:{port}/ws/v5/...</c>) and the demo environment under
/// <see cref="DemoWebSocketBaseAddress"/> (<c>ws://127.0.0.1:{port}/wspap/ws/v5/...</c>); a demo key logs in only on the demo
/// address and a live key only on the live one, otherwise 60032 (a key used on the wrong site). Append the relative path
/// <c>ws/v5/private</c> (no leading slash) to a base address.
/// </para>
/// <para>
/// Login is checked as OKX does (see <see cref="OkxWebSocketErrorCodes"/>): a timestamp in Unix seconds within the options'
/// <see cref="OkxTestServerOptions.TimestampWindow"/>, the passphrase, and <c>sign = Base64(HMAC-SHA256(secret, timestamp +
/// "GET" + "/users/self/verify"))</c>; a refused login leaves the connection open. Subscriptions are acknowledged per argument;
/// private channels and order operations need login; the tick-by-tick books need login and a VIP 4 fee tier
/// (<see cref="OkxTestKey.VipLevel"/>; 64003 below), and <c>books-l2-tbt</c> excludes <c>books</c> and <c>books50-l2-tbt</c>
/// for one instrument on one connection (64004). Each connection may send 480 <c>subscribe</c>, <c>unsubscribe</c> and
/// <c>login</c> requests in any hour of the server's clock; the server refuses more with 60014. Order operations are
/// answered like the REST ones, from the same per-key order book (<see cref="Orders"/>), and every order change (over the socket, over REST or by <see cref="Fill"/>) is pushed on
/// the <c>orders</c> channel to the subscriptions of that key. The text <c>ping</c> is answered <c>pong</c>; a connection
/// silent for <see cref="OkxTestServerOptions.WebSocketIdleTimeout"/> is closed with 4004. Nothing else is sent unless a test
/// scripts it.
/// </para>
/// </remarks>
public sealed partial class OkxTestServer
{
    /// <summary>The live WebSocket base address, <c>ws://127.0.0.1:{port}/</c> (OKX: <c>wss://ws.okx.com:8443/</c>); the endpoints are <c>ws/v5/public</c>, <c>ws/v5/private</c> and <c>ws/v5/business</c> below it.</summary>
    public Uri WebSocketBaseAddress { get; private set; } = null!;

    /// <summary>The demo-trading WebSocket base address, <c>ws://127.0.0.1:{port}/wspap/</c> (OKX: <c>wss://wspap.okx.com:8443/</c>); demo keys log in here.</summary>
    public Uri DemoWebSocketBaseAddress { get; private set; } = null!;

    /// <summary>A snapshot of every WebSocket message received so far, in arrival order, with the server's answers.</summary>
    public IReadOnlyList<RecordedWebSocketMessage> WebSocketMessages => _webSockets.Messages;

    /// <summary>How many WebSocket connections are open now.</summary>
    public int WebSocketConnectionCount => _webSockets.ConnectionCount;

    /// <summary>Forgets the recorded WebSocket messages.</summary>
    public void ClearWebSocketMessages() => _webSockets.ClearMessages();

    /// <summary>
    /// Pushes <c>{"arg":{..},"action":..,"data":[..]}</c> to every subscription that <paramref name="selector"/> matches, on every
    /// connection; each push carries the subscriber's own argument as <c>arg</c>.
    /// </summary>
    /// <param name="selector">A JSON object with <c>channel</c> and optionally more fields, for example <c>{"channel":"tickers","instId":"BTC-USDT"}</c>; a subscription matches when it has every field with the same value (<c>{"channel":"tickers"}</c> matches every tickers subscription).</param>
    /// <param name="data">The <c>data</c> array as JSON, sent as is; a single object is wrapped in an array.</param>
    /// <param name="action"><c>snapshot</c> or <c>update</c> for books; <see langword="null"/> (the default) to leave <c>action</c> out.</param>
    /// <param name="cancellationToken">Cancels the sending.</param>
    /// <returns>How many pushes were sent (0 when nothing is subscribed).</returns>
    /// <example>
    /// <code>
    /// await server.PushAsync("""{"channel":"tickers","instId":"BTC-USDT"}""", """[{"instId":"BTC-USDT","last":"43250.5","ts":"1597026383085"}]""");
    /// </code>
    /// </example>
    public Task<int> PushAsync(string selector, string data, string? action = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selector);
        ArgumentNullException.ThrowIfNull(data);
        SubscriptionArg target = ReadSelector(selector);
        using JsonDocument parsed = ParseJson(data, nameof(data));
        string array = parsed.RootElement.ValueKind switch
        {
            JsonValueKind.Array => data,
            JsonValueKind.Object => "[" + data + "]",
            _ => throw new ArgumentException("The push data is a JSON array or object.", nameof(data)),
        };
        return _webSockets.PushAsync(target, array, action, cancellationToken);
    }

    /// <summary>Pushes an order-book message (levels, <c>seqId</c>, <c>prevSeqId</c>, <c>checksum</c> as given) to the subscriptions to its channel and instrument.</summary>
    /// <param name="push">The book message.</param>
    /// <param name="cancellationToken">Cancels the sending.</param>
    /// <returns>How many pushes were sent.</returns>
    public Task<int> PushBookAsync(OkxBookPush push, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(push);
        SubscriptionArg target = SubscriptionArg.ForChannel(push.Channel, push.InstId);
        return _webSockets.PushAsync(target, BookPushWriter.Write(push, Now), push.Action, cancellationToken);
    }

    /// <summary>Applies <paramref name="fault"/> to the next <paramref name="times"/> WebSocket messages it matches, on any connection.</summary>
    /// <param name="fault">The fault.</param>
    /// <param name="times">How many matching messages it affects; at least 1.</param>
    public void InjectWebSocketFault(OkxWebSocketFault fault, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        _webSocketFaults.Add(fault, times);
    }

    /// <summary>Removes every WebSocket fault not yet applied.</summary>
    public void ClearWebSocketFaults() => _webSocketFaults.Clear();

    /// <summary>Aborts open WebSocket connections at once, without a close frame, as a network failure does.</summary>
    /// <param name="path">Only connections opened on this path (for example <c>/ws/v5/private</c> or <c>/wspap/ws/v5/private</c>); <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Not used; present for a uniform API.</param>
    /// <returns>How many connections were dropped.</returns>
    public Task<int> DropWebSocketConnectionsAsync(string? path = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(_webSockets.Drop(path));

    /// <summary>Sends OKX's service-upgrade notice, <c>{"event":"notice","code":"64008",...}</c>, to open connections; the connections stay open.</summary>
    /// <param name="path">Only connections opened on this path; <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the sending.</param>
    /// <returns>How many connections got the notice.</returns>
    public Task<int> SendWebSocketNoticeAsync(string? path = null, CancellationToken cancellationToken = default) =>
        _webSockets.SendNoticeAsync(path, cancellationToken);

    /// <summary>
    /// Sends a text message exactly as given to open connections, for a client's handling of messages in shapes the
    /// server does not write itself (members in another order, a malformed frame).
    /// </summary>
    /// <param name="text">The message, sent as is.</param>
    /// <param name="path">Only connections opened on this path; <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the sending.</param>
    /// <returns>How many connections got the message.</returns>
    public Task<int> SendWebSocketTextAsync(string text, string? path = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _webSockets.SendTextAsync(path, text, cancellationToken);
    }

    private static SubscriptionArg ReadSelector(string selector)
    {
        using JsonDocument parsed = ParseJson(selector, nameof(selector));
        return SubscriptionArg.TryRead(parsed.RootElement)
            ?? throw new ArgumentException("A push selector is a JSON object with a non-empty \"channel\".", nameof(selector));
    }

    private static JsonDocument ParseJson(string json, string parameterName)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new ArgumentException("Not valid JSON: " + exception.Message, parameterName, exception);
        }
    }
}
