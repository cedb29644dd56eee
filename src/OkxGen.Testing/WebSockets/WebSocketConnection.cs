using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.Testing.RateLimiting;

namespace OkxGen.Testing.WebSockets;

/// <summary>One accepted connection: its socket (one send at a time), its endpoint and environment, its login and its subscriptions.</summary>
internal sealed class WebSocketConnection : IDisposable
{
    /// <summary>OKX's limit of subscribe, unsubscribe and login requests on one connection in any hour.</summary>
    public const int SubscriptionRequestsPerHour = 480;

    private readonly WebSocket _socket;
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly ConcurrentDictionary<string, SubscriptionArg> _subscriptions = new(StringComparer.Ordinal);
    private readonly SlidingWindow _subscriptionRequests = new(SubscriptionRequestsPerHour, TimeSpan.FromHours(1));
    private OkxTestKey? _key;

    public WebSocketConnection(WebSocket socket, string id, string path, WebSocketEndpoint endpoint, bool isDemo)
    {
        _socket = socket;
        Id = id;
        Path = path;
        Endpoint = endpoint;
        IsDemo = isDemo;
    }

    public string Id { get; }

    public string Path { get; }

    public WebSocketEndpoint Endpoint { get; }

    public bool IsDemo { get; }

    /// <summary>The key logged in with, or <see langword="null"/> before login.</summary>
    public OkxTestKey? Key => Volatile.Read(ref _key);

    public WebSocket Socket => _socket;

    public void LogIn(OkxTestKey key) => Volatile.Write(ref _key, key);

    /// <summary>
    /// Counts a subscribe, unsubscribe or login request received at <paramref name="receivedAt"/>; <see langword="false"/>
    /// when this connection already had <see cref="SubscriptionRequestsPerHour"/> of them in the hour before. Refused
    /// requests are not counted. Called from the connection's receive loop only, one message at a time.
    /// </summary>
    public bool TryCountSubscriptionRequest(DateTimeOffset receivedAt) => _subscriptionRequests.TryAccept(receivedAt);

    /// <summary>Adds a subscription; an equal one (same fields in any order) is kept once.</summary>
    public void Subscribe(SubscriptionArg arg) => _subscriptions.TryAdd(arg.Key, arg);

    public void Unsubscribe(SubscriptionArg arg) => _subscriptions.TryRemove(arg.Key, out _);

    /// <summary>The subscriptions that every field of <paramref name="selector"/> matches.</summary>
    public List<SubscriptionArg> FindSubscriptions(SubscriptionArg selector)
    {
        var matches = new List<SubscriptionArg>();
        foreach (SubscriptionArg arg in _subscriptions.Values)
        {
            if (arg.Matches(selector))
            {
                matches.Add(arg);
            }
        }

        return matches;
    }

    /// <summary>Sends one text frame; <see langword="false"/> when the socket is gone.</summary>
    public async Task<bool> SendAsync(string text, CancellationToken cancellationToken)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        try
        {
            await _sendGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            return false;
        }

        try
        {
            if (_socket.State != WebSocketState.Open)
            {
                return false;
            }

            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            return false;
        }
        finally
        {
            _sendGate.Release();
        }
    }

    /// <summary>Sends a close frame with <paramref name="status"/>, as OKX closes an idle connection with 4004.</summary>
    public async Task CloseAsync(int status, string reason, CancellationToken cancellationToken)
    {
        try
        {
            await _sendGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        try
        {
            await _socket.CloseOutputAsync((WebSocketCloseStatus)status, reason, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // Already gone.
        }
        finally
        {
            _sendGate.Release();
        }
    }

    /// <summary>Drops the connection without a close frame, as a failing network or a crashed gateway does.</summary>
    public void Abort() => _socket.Abort();

    public void Dispose() => _sendGate.Dispose();
}
