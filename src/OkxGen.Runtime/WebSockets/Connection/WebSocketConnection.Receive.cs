using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace OkxGen.WebSockets.Connection;

internal sealed partial class WebSocketConnection
{
    private const int ReceiveBufferSize = 16 * 1024;

    private async Task ReceiveLoopAsync(Session session)
    {
        await Task.Yield();
        byte[] buffer = ArrayPool<byte>.Shared.Rent(ReceiveBufferSize);
        int length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent(checked(buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                ValueWebSocketReceiveResult result = await session.Socket
                    .ReceiveAsync(buffer.AsMemory(length), session.Stopping)
                    .ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    session.DropReason ??= $"closed by the server ({(int?)session.Socket.CloseStatus} {session.Socket.CloseStatusDescription})";
                    break;
                }

                length += result.Count;
                if (!result.EndOfMessage)
                {
                    continue;
                }

                session.MarkReceived(_options.TimeProvider.GetTimestamp());
                Dispatch(session, buffer.AsSpan(0, length));
                length = 0;
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException or InvalidOperationException)
        {
            session.DropReason ??= exception.Message;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            session.Login?.TrySetException(new OkxWebSocketException($"The connection to {_uri} closed during the login ({session.DropReason})."));
            session.Abort(session.DropReason ?? "closed");
        }
    }

    // OKX closes a connection after 30 s without traffic: after PingInterval without a message, send "ping"; a
    // connection that stays silent for PongTimeout after it is dead, and the socket is aborted to reconnect.
    private async Task KeepAliveAsync(Session session)
    {
        TimeProvider time = _options.TimeProvider;
        try
        {
            while (true)
            {
                TimeSpan idle = time.GetElapsedTime(session.LastReceived);
                if (idle < _options.PingInterval)
                {
                    await Task.Delay(_options.PingInterval - idle, time, session.Stopping).ConfigureAwait(false);
                    continue;
                }

                long pingSent = time.GetTimestamp();
                await session.SendAsync("ping"u8.ToArray(), session.Stopping).ConfigureAwait(false);
                await Task.Delay(_options.PongTimeout, time, session.Stopping).ConfigureAwait(false);
                if (session.LastReceived < pingSent)
                {
                    if (_logger is not null)
                    {
                        Log.PongMissing(_logger, _uri, _options.PongTimeout.TotalMilliseconds);
                    }

                    session.Abort("no pong");
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException or InvalidOperationException or SessionClosedException)
        {
        }
    }

    private void Dispatch(Session session, ReadOnlySpan<byte> message)
    {
        if (InboundMessage.IsPong(message))
        {
            return;
        }

        Subscription[] subscriptions = Volatile.Read(ref _subscriptions);
        if (TryReadPush(message, subscriptions, out PushMessage push))
        {
            DeliverPush(message, push, subscriptions);
            return;
        }

        InboundMessage inbound;
        try
        {
            inbound = InboundMessage.Read(message);
        }
        catch (Exception exception) when (exception is JsonException or OkxResponseException)
        {
            if (_logger is not null)
            {
                Log.Unreadable(_logger, _uri, exception.Message);
            }

            return;
        }

        if (inbound.Event is { } eventName)
        {
            DispatchEvent(session, eventName, message, inbound);
        }
        else if (inbound.Op is not null && inbound.Id is not null)
        {
            Answer(inbound.Id, message);
        }
        else if (inbound.HasArg && inbound.HasData)
        {
            DeliverPush(message, new PushMessage(inbound.Arg, inbound.Data, inbound.Action, null, null), subscriptions);
        }
    }

    private void DispatchEvent(Session session, string eventName, ReadOnlySpan<byte> message, in InboundMessage inbound)
    {
        switch (eventName)
        {
            case "login":
                session.Login?.TrySetResult(inbound);
                break;
            case "subscribe" or "unsubscribe" when inbound.Id is not null:
                Answer(inbound.Id, message);
                break;
            case "error":
                if (inbound.Id is not null && Answer(inbound.Id, message))
                {
                    break;
                }

                if (session.Login is { Task.IsCompleted: false } login)
                {
                    login.TrySetResult(inbound);
                }
                else if (_logger is not null)
                {
                    Log.ErrorEvent(_logger, _uri, inbound.Code ?? "", inbound.Msg);
                }

                break;
            case "notice" when inbound.Code == "64008":
                if (_logger is not null)
                {
                    Log.ServiceUpgrade(_logger, _uri);
                }

                session.ClosingForNotice = true;
                _ = CloseForNoticeAsync(session);
                break;
        }
    }

    private bool Answer(string id, ReadOnlySpan<byte> message)
    {
        if (!_pending.TryRemove(id, out PendingRequest? pending))
        {
            return false;
        }

        pending.Answer.TrySetResult(message.ToArray());
        return true;
    }

    // A push read in one pass; anything that pass cannot read (not JSON, data a subscription cannot read) is read
    // again by the general path, which logs an unreadable message or fails the subscription, as each deserves.
    private static bool TryReadPush(ReadOnlySpan<byte> message, Subscription[] subscriptions, out PushMessage push)
    {
        try
        {
            return PushMessage.TryRead(message, subscriptions, out push);
        }
        catch (Exception exception) when (exception is JsonException or OkxResponseException or InvalidOperationException)
        {
            push = default;
            return false;
        }
    }

    private void DeliverPush(ReadOnlySpan<byte> message, in PushMessage push, Subscription[] subscriptions)
    {
        ReadOnlySpan<byte> argument = message[push.Arg];
        bool lagRecorded = !OkxTelemetry.PushLagEnabled;
        foreach (Subscription subscription in subscriptions)
        {
            bool readInPlace = ReferenceEquals(subscription, push.ReadBy);
            if (!readInPlace && !subscription.Argument.IsMatchedBy(argument))
            {
                continue;
            }

            if (!lagRecorded)
            {
                PushLag.Record(_options.TimeProvider.GetUtcNow(), _endpoint, subscription.Argument.Channel, message[push.Data]);
                lagRecorded = true;
            }

            try
            {
                subscription.Deliver(readInPlace ? push.Items! : subscription.ReadItems(message[push.Data]), push.Action);
            }
            catch (Exception exception) when (exception is JsonException or OkxResponseException or InvalidOperationException)
            {
                Remove(subscription);
                subscription.Fail(new OkxWebSocketException($"A push of {subscription.Argument} could not be read: {exception.Message}", exception));
            }
        }
    }

    // The service-upgrade notice comes about 60 s before OKX closes the socket: let operations in flight get their
    // answers (up to the response timeout), then drop the socket and reconnect at once.
    private async Task CloseForNoticeAsync(Session session)
    {
        long started = _options.TimeProvider.GetTimestamp();
        try
        {
            while (HasPendingOperations(session) && _options.TimeProvider.GetElapsedTime(started) < _options.ResponseTimeout)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), _options.TimeProvider, session.Stopping).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }

        session.Abort("service upgrade notice (64008)");
    }

    private bool HasPendingOperations(Session session)
    {
        foreach (var entry in _pending)
        {
            if (entry.Value.Session == session && entry.Value.IsOrderOperation)
            {
                return true;
            }
        }

        return false;
    }
}
