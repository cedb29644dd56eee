using System;
using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OkxGen.WebSockets.Connection;

internal sealed partial class WebSocketConnection
{
    /// <summary>Subscribes and waits for OKX's acknowledgement; the subscription is renewed after every reconnect until removed.</summary>
    /// <exception cref="OkxWebSocketException">OKX refused the subscription (60012, 60018, 64001...).</exception>
    /// <param name="subscription">The subscription.</param>
    /// <param name="needsLogin">Whether the channel needs a login on a connection that does not always log in (the public tick-by-tick books).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public async Task SubscribeAsync(Subscription subscription, bool needsLogin, CancellationToken cancellationToken)
    {
        Session session = await EnsureOpenAsync(cancellationToken).ConfigureAwait(false);
        if (needsLogin)
        {
            await LogInOnceAsync(session, cancellationToken).ConfigureAwait(false);
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _subscriptions = [.. _subscriptions, subscription];
        }

        try
        {
            byte[]? answer = await RequestAsync(session, "subscribe", subscription.Argument, cancellationToken).ConfigureAwait(false);
            if (answer is not null && RefusalOf(answer, "subscribe", subscription.Argument) is { } refusal)
            {
                throw refusal;
            }
        }
        catch
        {
            Remove(subscription);
            throw;
        }
    }

    /// <summary>Stops routing pushes to the subscription and unsubscribes unless another subscription has the same argument.</summary>
    public async Task UnsubscribeAsync(Subscription subscription)
    {
        bool shared = false;
        lock (_gate)
        {
            Remove(subscription);
            foreach (Subscription other in _subscriptions)
            {
                shared |= other.Argument.SameAs(subscription.Argument);
            }
        }

        if (shared || Volatile.Read(ref _session) is not { IsStopped: false } session)
        {
            return;
        }

        try
        {
            await RequestAsync(session, "unsubscribe", subscription.Argument, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OkxWebSocketException or WebSocketException or TimeoutException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The subscription is gone from this side; a failed unsubscribe only costs the pushes OKX still sends.
        }
    }

    /// <summary>Sends an order operation and reads OKX's answer. Never re-sent: a drop makes its outcome unknown.</summary>
    public async Task<OkxResponse<T>> SendOperationAsync<T>(IOkxRequest request, string op, OkxResponseReader<T> reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await SendOperationOnceAsync(request, op, reader, cancellationToken).ConfigureAwait(false);
            }
            catch (SessionClosedException)
            {
                // Nothing was sent: the socket was already closed. Send on the next connection.
            }
        }
    }

    private async Task<OkxResponse<T>> SendOperationOnceAsync<T>(IOkxRequest request, string op, OkxResponseReader<T> reader, CancellationToken cancellationToken)
    {
        Session session = await EnsureOpenAsync(cancellationToken).ConfigureAwait(false);
        string id = NextId();
        long? expTime = request.Endpoint.AcceptsExpTime && _options.RequestExpiry is { } expiry
            ? (_options.TimeProvider.GetUtcNow() + expiry).ToUnixTimeMilliseconds()
            : null;

        Span<byte> idBytes = stackalloc byte[20];
        int idLength = Encoding.ASCII.GetBytes(id, idBytes);
        Span<byte> opBytes = stackalloc byte[32];
        int opLength = Encoding.ASCII.GetBytes(op, opBytes);
        int length = Frames.WriteOperation(request, opBytes[..opLength], idBytes[..idLength], expTime, out byte[] frame);
        var pending = new PendingRequest(op, session);
        _pending[id] = pending;
        try
        {
            await session.SendAsync(frame.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
        }
        catch (SessionClosedException)
        {
            _pending.TryRemove(id, out _);
            throw;
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            _pending.TryRemove(id, out _);
            throw new OkxOperationOutcomeUnknownException(
                $"Sending '{op}' (id {id}) to {_uri} failed part-way ({exception.Message}): it may or may not have reached OKX, and it is not sent again.",
                exception)
            {
                Operation = op,
                Id = id,
            };
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(frame);
        }

        byte[] answer;
        try
        {
            answer = await pending.Answer.Task.WaitAsync(_options.ResponseTimeout, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException exception)
        {
            _pending.TryRemove(id, out _);
            throw new OkxOperationOutcomeUnknownException(
                $"OKX did not answer '{op}' (id {id}) within {_options.ResponseTimeout.TotalSeconds:0.###} s: it may or may not have been executed, and it is not sent again.",
                exception)
            {
                Operation = op,
                Id = id,
            };
        }
        catch (OperationCanceledException)
        {
            _pending.TryRemove(id, out _);
            throw;
        }

        InboundMessage inbound = InboundMessage.Read(answer);
        OkxResponse<T> response = OkxResponseParser.Parse(answer, reader, HttpStatusCode.OK);
        response.InTime = FromMicroseconds(inbound.InTime);
        response.OutTime = FromMicroseconds(inbound.OutTime);
        return response;
    }

    // Logs in on a connection opened without a login, once (OKX refuses a second login with 60031), and from then on
    // after every reconnect (a refused login does not make the public connection's reconnects log in). Without
    // credentials nothing is sent: OKX's refusal of the subscription (60011) says why.
    private async Task LogInOnceAsync(Session session, CancellationToken cancellationToken)
    {
        if (session.LoggedIn || _options.Credentials is not { } credentials)
        {
            return;
        }

        await _loginLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!session.LoggedIn)
            {
                await LoginAsync(session, credentials, cancellationToken).ConfigureAwait(false);
            }

            _logsIn = true;
        }
        finally
        {
            _loginLock.Release();
        }
    }

    private async Task LoginAsync(Session session, OkxCredentials credentials, CancellationToken cancellationToken)
    {
        session.Budget.Take("login");
        string timestamp = _options.TimeProvider.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        session.Login = new TaskCompletionSource<InboundMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        await session.SendAsync(Frames.Login(credentials, timestamp), cancellationToken).ConfigureAwait(false);
        InboundMessage answer = await session.Login.Task.WaitAsync(_options.ResponseTimeout, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
        if (answer.Event != "login" || answer.Code != "0")
        {
            throw new OkxWebSocketException(answer.Code, answer.Msg, $"OKX refused the login on {_uri.AbsolutePath}: {answer.Code} {answer.Msg}");
        }

        session.LoggedIn = true;
    }

    // After a reconnect: each live subscription first reads a Reconnected marker, so that nothing it reads after it
    // can be mistaken for a continuation of what came before the drop, then is subscribed again.
    private void Resubscribe(Session session)
    {
        foreach (Subscription subscription in Volatile.Read(ref _subscriptions))
        {
            subscription.MarkReconnected();
            _ = ResubscribeAsync(session, subscription);
        }
    }

    private async Task ResubscribeAsync(Session session, Subscription subscription)
    {
        try
        {
            byte[]? answer = await RequestAsync(session, "subscribe", subscription.Argument, CancellationToken.None).ConfigureAwait(false);
            if (answer is not null && RefusalOf(answer, "subscribe", subscription.Argument) is { } refusal)
            {
                Remove(subscription);
                subscription.Fail(refusal);
            }
        }
        catch (Exception exception) when (exception is OkxWebSocketException or WebSocketException or TimeoutException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
        {
            // Renewed again after the next reconnect, or refused then; a budget error ends the subscription.
            if (exception is OkxWebSocketException { Code: null } && !session.IsStopped)
            {
                Remove(subscription);
                subscription.Fail(exception);
            }
        }
    }

    // Sends a subscribe or unsubscribe with an id and waits for its answer; null when the connection dropped first,
    // in which case a live subscription is renewed by the reconnect.
    private async Task<byte[]?> RequestAsync(Session session, string op, ChannelArgument argument, CancellationToken cancellationToken)
    {
        session.Budget.Take(op);
        string id = NextId();
        var pending = new PendingRequest(op, session);
        _pending[id] = pending;
        try
        {
            await session.SendAsync(Frames.Subscription(op, id, argument.Json), cancellationToken).ConfigureAwait(false);
            return await pending.Answer.Task.WaitAsync(_options.ResponseTimeout, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or SessionClosedException || (exception is OkxWebSocketException && session.IsStopped))
        {
            return null;
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    private OkxWebSocketException? RefusalOf(byte[] answer, string op, ChannelArgument argument)
    {
        InboundMessage inbound = InboundMessage.Read(answer);
        return inbound.Event == op
            ? null
            : new OkxWebSocketException(inbound.Code, inbound.Msg, $"OKX refused to {op} {argument} on {_uri.AbsolutePath}: {inbound.Code} {inbound.Msg}");
    }

    private void Remove(Subscription subscription)
    {
        lock (_gate)
        {
            _subscriptions = Array.FindAll(_subscriptions, other => !ReferenceEquals(other, subscription));
        }
    }

    private static DateTimeOffset? FromMicroseconds(long? microseconds) =>
        microseconds is { } value ? DateTimeOffset.UnixEpoch.AddTicks(value * 10) : null;
}
