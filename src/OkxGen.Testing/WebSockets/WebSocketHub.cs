using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using OkxGen.Testing.Orders;

namespace OkxGen.Testing.WebSockets;

/// <summary>
/// Accepts WebSocket connections on <c>/ws/v5/{public|private|business}</c> (live) and <c>/wspap/ws/v5/...</c> (demo), runs
/// each connection's receive loop, records every message, and sends scripted pushes, order pushes, notices and drops.
/// </summary>
internal sealed class WebSocketHub
{
    public const string DemoPrefix = "/wspap";
    private const string PathPrefix = "/ws/v5/";
    private const int IdleCloseStatus = 4004;

    private readonly ConcurrentDictionary<string, WebSocketConnection> _connections = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedWebSocketMessage> _log = new();
    private readonly WebSocketMessageHandler _handler;
    private readonly Func<DateTimeOffset> _now;
    private readonly TimeProvider _timers;
    private readonly TimeSpan _idleTimeout;
    private bool _shutDown;

    // Collects the order changes a message's handling makes (the book raises them synchronously) so they are pushed after its answer.
    private readonly AsyncLocal<List<OkxTestOrder>?> _changesOfCurrentMessage = new();

    public WebSocketHub(WebSocketMessageHandler handler, Func<DateTimeOffset> now, TimeProvider timers, TimeSpan idleTimeout)
    {
        _handler = handler;
        _now = now;
        if (idleTimeout <= TimeSpan.Zero && idleTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(idleTimeout), idleTimeout, "The WebSocket idle timeout is positive, or Timeout.InfiniteTimeSpan.");
        }

        _timers = timers;
        _idleTimeout = idleTimeout;
    }

    public IReadOnlyList<RecordedWebSocketMessage> Messages => _log.ToArray();

    public int ConnectionCount => _connections.Count;

    public void ClearMessages() => _log.Clear();

    /// <summary>Middleware: takes WebSocket requests for the OKX paths, passes everything else on.</summary>
    public async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        string path = context.Request.Path.Value ?? string.Empty;
        if (!TryParsePath(path, out WebSocketEndpoint endpoint, out bool isDemo))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (!context.WebSockets.IsWebSocketRequest || Volatile.Read(ref _shutDown))
        {
            context.Response.StatusCode = _shutDown ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status400BadRequest;
            return;
        }

        using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var connection = new WebSocketConnection(socket, NewConnectionId(), path, endpoint, isDemo);
        _connections[connection.Id] = connection;
        try
        {
            await ReceiveLoopAsync(connection, context.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            _connections.TryRemove(connection.Id, out _);
        }
    }

    /// <summary>Sends <paramref name="dataArrayJson"/> to every subscription that <paramref name="selector"/> matches; returns how many.</summary>
    public async Task<int> PushAsync(SubscriptionArg selector, string dataArrayJson, string? action, CancellationToken cancellationToken)
    {
        int sent = 0;
        foreach (WebSocketConnection connection in _connections.Values)
        {
            foreach (SubscriptionArg arg in connection.FindSubscriptions(selector))
            {
                sent += await connection.SendAsync(WebSocketAnswers.Push(arg, action, dataArrayJson), cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }
        }

        return sent;
    }

    /// <summary>Aborts every connection (or those on <paramref name="path"/>); returns how many.</summary>
    public int Drop(string? path)
    {
        int dropped = 0;
        foreach (WebSocketConnection connection in Matching(path))
        {
            connection.Abort();
            dropped++;
        }

        return dropped;
    }

    /// <summary>Refuses new connections and aborts the open ones, so that the server stops at once.</summary>
    public void Shutdown()
    {
        Volatile.Write(ref _shutDown, true);
        Drop(null);
    }

    /// <summary>Sends the 64008 notice to every connection (or those on <paramref name="path"/>); returns how many got it.</summary>
    public Task<int> SendNoticeAsync(string? path, CancellationToken cancellationToken) =>
        SendAsync(path, WebSocketAnswers.ServiceUpgradeNotice, cancellationToken);

    /// <summary>Sends a text message as given to every connection (or those on <paramref name="path"/>); returns how many got it.</summary>
    public Task<int> SendTextAsync(string? path, string text, CancellationToken cancellationToken) =>
        SendAsync(path, _ => text, cancellationToken);

    private async Task<int> SendAsync(string? path, Func<string, string> message, CancellationToken cancellationToken)
    {
        int sent = 0;
        foreach (WebSocketConnection connection in Matching(path))
        {
            sent += await connection.SendAsync(message(connection.Id), cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        return sent;
    }

    private static bool TryParsePath(string path, out WebSocketEndpoint endpoint, out bool isDemo)
    {
        isDemo = path.StartsWith(DemoPrefix + PathPrefix, StringComparison.Ordinal);
        string rest = isDemo ? path[(DemoPrefix.Length + PathPrefix.Length)..] : path.StartsWith(PathPrefix, StringComparison.Ordinal) ? path[PathPrefix.Length..] : string.Empty;
        (bool known, endpoint) = rest switch
        {
            "public" => (true, WebSocketEndpoint.Public),
            "private" => (true, WebSocketEndpoint.Private),
            "business" => (true, WebSocketEndpoint.Business),
            _ => (false, WebSocketEndpoint.Public),
        };
        return known;
    }

    private static string NewConnectionId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();

    private IEnumerable<WebSocketConnection> Matching(string? path)
    {
        foreach (WebSocketConnection connection in _connections.Values)
        {
            if (path is null || string.Equals(connection.Path, path, StringComparison.Ordinal))
            {
                yield return connection;
            }
        }
    }

    private async Task ReceiveLoopAsync(WebSocketConnection connection, CancellationToken aborted)
    {
        byte[] buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (connection.Socket.State == WebSocketState.Open)
            {
                Task<WebSocketReceiveResult> receive = connection.Socket.ReceiveAsync(buffer, aborted);
                if (!await ArrivesInTimeAsync(receive, aborted).ConfigureAwait(false))
                {
                    await connection.CloseAsync(IdleCloseStatus, "No data received in 30s", aborted).ConfigureAwait(false);
                    _ = receive.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                    return;
                }

                WebSocketReceiveResult result = await receive.ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await connection.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, string.Empty, aborted).ConfigureAwait(false);
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                string text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                message.SetLength(0);
                if (!await HandleMessageAsync(connection, text, aborted).ConfigureAwait(false))
                {
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            // The client went away or the connection was dropped on purpose.
        }
    }

    /// <summary>Whether the client's next frame starts before the idle timeout.</summary>
    private async Task<bool> ArrivesInTimeAsync(Task<WebSocketReceiveResult> receive, CancellationToken aborted)
    {
        if (receive.IsCompleted || _idleTimeout == Timeout.InfiniteTimeSpan)
        {
            return true;
        }

        using var stopTimer = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        Task idle = Task.Delay(_idleTimeout, _timers, stopTimer.Token);
        Task first = await Task.WhenAny(receive, idle).ConfigureAwait(false);
        await stopTimer.CancelAsync().ConfigureAwait(false);
        return first == receive;
    }

    /// <summary>Handles, records and answers one message; <see langword="false"/> when the connection was dropped.</summary>
    private async Task<bool> HandleMessageAsync(WebSocketConnection connection, string text, CancellationToken cancellationToken)
    {
        DateTimeOffset receivedAt = _now();
        var changedOrders = new List<OkxTestOrder>();
        HandledMessage handled;
        _changesOfCurrentMessage.Value = changedOrders;
        try
        {
            handled = _handler.Handle(connection, text, receivedAt);
        }
        finally
        {
            _changesOfCurrentMessage.Value = null;
        }

        _log.Enqueue(new RecordedWebSocketMessage(
            connection.Id, connection.Path, connection.IsDemo, text, receivedAt, handled.Op, handled.Id, handled.Code, handled.Answers, handled.Fault));
        if (handled.Fault == OkxWebSocketFaultKind.DropConnection)
        {
            connection.Abort();
            return false;
        }

        foreach (string answer in handled.Answers)
        {
            await connection.SendAsync(answer, cancellationToken).ConfigureAwait(false);
        }

        if (changedOrders.Count > 0)
        {
            await PushOrdersAsync(changedOrders, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>
    /// Pushes an order change on <c>orders</c>. A change made by a WebSocket order operation is pushed after that operation's
    /// answer, as OKX does; a change made over REST or by <see cref="OkxTestServer.Fill"/> is pushed at once.
    /// </summary>
    public void OnOrderChanged(OkxTestOrder order)
    {
        if (_changesOfCurrentMessage.Value is { } pending)
        {
            pending.Add(order);
            return;
        }

        _ = PushOrdersAsync([order], CancellationToken.None);
    }

    /// <summary>Pushes changed orders to the <c>orders</c> subscriptions that cover them.</summary>
    private async Task PushOrdersAsync(List<OkxTestOrder> orders, CancellationToken cancellationToken)
    {
        SubscriptionArg selector = SubscriptionArg.ForChannel("orders");
        foreach (WebSocketConnection connection in _connections.Values)
        {
            foreach (SubscriptionArg arg in connection.FindSubscriptions(selector))
            {
                if (connection.Key is { } key && OrdersChannel.TryWriteData(arg, key.ApiKey, orders, out string? data))
                {
                    await connection.SendAsync(WebSocketAnswers.Push(arg, null, data), cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }
}
