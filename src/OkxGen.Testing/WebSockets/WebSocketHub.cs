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

namespace OkxGen.Testing.WebSockets;

/// <summary>
/// Accepts WebSocket connections on <c>/ws/v5/{public|private|business}</c> (live) and <c>/wspap/ws/v5/...</c> (demo), runs
/// each connection's receive loop, records every message, and sends scripted pushes, order pushes, notices and drops.
/// </summary>
internal sealed class WebSocketHub
{
    public const string DemoPrefix = "/wspap";
    private const string PathPrefix = "/ws/v5/";

    private readonly ConcurrentDictionary<string, WebSocketConnection> _connections = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedWebSocketMessage> _log = new();
    private readonly WebSocketMessageHandler _handler;
    private readonly Func<DateTimeOffset> _now;

    public WebSocketHub(WebSocketMessageHandler handler, Func<DateTimeOffset> now)
    {
        _handler = handler;
        _now = now;
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

        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
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

    /// <summary>Sends the 64008 notice to every connection (or those on <paramref name="path"/>); returns how many got it.</summary>
    public async Task<int> SendNoticeAsync(string? path, CancellationToken cancellationToken)
    {
        int sent = 0;
        foreach (WebSocketConnection connection in Matching(path))
        {
            sent += await connection.SendAsync(WebSocketAnswers.ServiceUpgradeNotice(connection.Id), cancellationToken).ConfigureAwait(false) ? 1 : 0;
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
                WebSocketReceiveResult result = await connection.Socket.ReceiveAsync(buffer, aborted).ConfigureAwait(false);
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

    /// <summary>Handles, records and answers one message; <see langword="false"/> when the connection was dropped.</summary>
    private async Task<bool> HandleMessageAsync(WebSocketConnection connection, string text, CancellationToken cancellationToken)
    {
        DateTimeOffset receivedAt = _now();
        HandledMessage handled = _handler.Handle(connection, text, receivedAt);
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

        if (handled.ChangedOrders.Count > 0)
        {
            await PushOrdersAsync(connection, handled.ChangedOrders, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>Pushes changed orders on <c>orders</c> to the subscriptions of the same key and environment whose instType / instId / instFamily cover them.</summary>
    private async Task PushOrdersAsync(WebSocketConnection origin, IReadOnlyList<OrderSnapshot> orders, CancellationToken cancellationToken)
    {
        SubscriptionArg selector = SubscriptionArg.ForChannel("orders");
        foreach (WebSocketConnection connection in _connections.Values)
        {
            if (connection.IsDemo != origin.IsDemo || connection.Key?.ApiKey != origin.Key?.ApiKey)
            {
                continue;
            }

            foreach (SubscriptionArg arg in connection.FindSubscriptions(selector))
            {
                var covered = new List<OrderSnapshot>();
                foreach (OrderSnapshot order in orders)
                {
                    if (Covers(arg, order))
                    {
                        covered.Add(order);
                    }
                }

                if (covered.Count > 0)
                {
                    await connection.SendAsync(WebSocketAnswers.Push(arg, null, OrderPushWriter.Write(covered)), cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private static bool Covers(SubscriptionArg arg, OrderSnapshot order)
    {
        string instType = arg.Get("instType") ?? "ANY";
        string? instId = arg.Get("instId");
        string? instFamily = arg.Get("instFamily");
        return (instType == "ANY" || instType == order.InstType)
            && (instId is null || instId == order.InstId)
            && (instFamily is null || order.InstId.StartsWith(instFamily + "-", StringComparison.Ordinal));
    }
}
