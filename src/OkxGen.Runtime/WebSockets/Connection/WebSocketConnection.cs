using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace OkxGen.WebSockets.Connection;

/// <summary>
/// The connection to one OKX WebSocket path, opened on first use and kept open: it reconnects with capped
/// exponential back-off and jitter, logs in again with a fresh timestamp, and renews every live subscription.
/// </summary>
internal sealed partial class WebSocketConnection : IAsyncDisposable
{
    private readonly OkxWebSocketOptions _options;
    private readonly Uri _uri;
    private readonly OkxWebSocketEndpoint _endpoint;
    private readonly SemaphoreSlim _loginLock = new(1, 1);
    private readonly ILogger? _logger;
    private readonly Action<OkxWebSocketEndpoint, string> _onReconnected;
    private readonly object _gate = new();
    private readonly ConcurrentDictionary<string, PendingRequest> _pending = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _lifetime = new();
    private Subscription[] _subscriptions = [];
    private TaskCompletionSource _ready = NewReady();
    private Task? _supervisor;
    private Session? _session;
    private long _nextId;
    private bool _disposed;

    // Private and business connections log in whenever there are credentials; a public one from the first subscription
    // to a channel that needs it (books-l2-tbt), and then after every reconnect too.
    private volatile bool _logsIn;

    public WebSocketConnection(OkxWebSocketOptions options, Uri uri, OkxWebSocketEndpoint endpoint, Action<OkxWebSocketEndpoint, string> onReconnected)
    {
        _options = options;
        _uri = uri;
        _endpoint = endpoint;
        _logger = options.Logger;
        _onReconnected = onReconnected;
        _logsIn = endpoint != OkxWebSocketEndpoint.Public;
    }

    /// <summary>Waits until the connection is open (and logged in); opens it on first use.</summary>
    /// <exception cref="OkxWebSocketException">The connection could not be opened or the login was refused.</exception>
    public async Task<Session> EnsureOpenAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task ready;
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_supervisor is null)
                {
                    _ready = NewReady();
                    _supervisor = SuperviseAsync(_ready);
                }

                ready = _ready.Task;
            }

            await ready.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (Volatile.Read(ref _session) is { IsStopped: false } session)
            {
                return session;
            }

            // The socket just dropped and the supervisor has not taken over yet: wait for the next connection.
            await Task.Delay(TimeSpan.FromMilliseconds(5), _options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    public string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        Task? supervisor;
        Subscription[] subscriptions;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            supervisor = _supervisor;
            subscriptions = _subscriptions;
            _subscriptions = [];
        }

        _lifetime.Cancel();
        if (Volatile.Read(ref _session) is { } session)
        {
            await CloseGracefullyAsync(session).ConfigureAwait(false);
        }

        if (supervisor is not null)
        {
            await supervisor.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        FailPending(static () => new ObjectDisposedException(nameof(OkxWebSocketClient)), null);
        foreach (Subscription subscription in subscriptions)
        {
            subscription.Fail(new ObjectDisposedException(nameof(OkxWebSocketClient)));
        }

        _ready.TrySetException(new ObjectDisposedException(nameof(OkxWebSocketClient)));
        _lifetime.Dispose();
    }

    private OkxCredentials? LoginCredentials => _logsIn ? _options.Credentials : null;

    private static TaskCompletionSource NewReady() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task SuperviseAsync(TaskCompletionSource firstReady)
    {
        CancellationToken lifetime = _lifetime.Token;
        Session session;
        try
        {
            session = await OpenSessionAsync(lifetime).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            lock (_gate)
            {
                _supervisor = null;
            }

            firstReady.TrySetException(AsWebSocketException(exception));
            return;
        }

        firstReady.TrySetResult();
        while (true)
        {
            await session.Completion.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            TaskCompletionSource ready;
            lock (_gate)
            {
                if (_disposed)
                {
                    session.Dispose();
                    return;
                }

                ready = _ready = NewReady();
            }

            Volatile.Write(ref _session, null);
            string reason = session.DropReason ?? "closed";
            bool notice = session.ClosingForNotice;
            session.Dispose();
            FailPending(() => new OkxWebSocketException($"The connection to {_uri} dropped ({reason})."), reason);
            if (_logger is not null)
            {
                Log.Dropped(_logger, _uri, reason);
            }

            Session? renewed = await ReconnectAsync(notice, ready, lifetime).ConfigureAwait(false);
            if (renewed is null)
            {
                return;
            }

            session = renewed;
            Resubscribe(session);
            _onReconnected(_endpoint, reason);
            ready.TrySetResult();
        }
    }

    private async Task<Session?> ReconnectAsync(bool immediately, TaskCompletionSource ready, CancellationToken lifetime)
    {
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                if (!immediately || attempt > 0)
                {
                    TimeSpan delay = Backoff(attempt);
                    if (_logger is not null)
                    {
                        Log.Reconnecting(_logger, _uri, attempt + 1, delay.TotalMilliseconds);
                    }

                    await Task.Delay(delay, _options.TimeProvider, lifetime).ConfigureAwait(false);
                }

                return await OpenSessionAsync(lifetime).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
            {
                return null;
            }
            catch (OkxWebSocketException exception) when (exception.Code is not null)
            {
                // OKX refused the login (a revoked key, a changed passphrase): retrying cannot help.
                Subscription[] subscriptions;
                lock (_gate)
                {
                    subscriptions = _subscriptions;
                    _subscriptions = [];
                    _supervisor = null;
                }

                foreach (Subscription subscription in subscriptions)
                {
                    subscription.Fail(exception);
                }

                ready.TrySetException(exception);
                return null;
            }
            catch (Exception exception) when (exception is WebSocketException or OkxWebSocketException or TimeoutException or System.Net.Http.HttpRequestException or SessionClosedException or OperationCanceledException)
            {
                if (_logger is not null)
                {
                    Log.ReconnectFailed(_logger, _uri, exception.Message);
                }
            }
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        double cap = _options.MaxReconnectDelay.TotalMilliseconds;
        double exponential = Math.Min(cap, _options.ReconnectDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30)));
        return TimeSpan.FromMilliseconds(exponential * (0.5 + (Random.Shared.NextDouble() * 0.5)));
    }

    private async Task<Session> OpenSessionAsync(CancellationToken cancellationToken)
    {
        await ConnectGate.For(_options.TimeProvider).WaitAsync(cancellationToken).ConfigureAwait(false);
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        if (_options.Simulated)
        {
            socket.Options.SetRequestHeader("x-simulated-trading", "1");
        }

        var session = new Session(socket, _options.TimeProvider);
        try
        {
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(_options.ResponseTimeout);
                await socket.ConnectAsync(_uri, timeout.Token).ConfigureAwait(false);
            }

            session.Completion = Task.WhenAll(ReceiveLoopAsync(session), KeepAliveAsync(session));
            if (LoginCredentials is { } credentials)
            {
                await LoginAsync(session, credentials, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            session.Abort("open failed");
            await session.Completion.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            session.Dispose();
            throw;
        }

        Volatile.Write(ref _session, session);
        if (_logger is not null)
        {
            Log.Connected(_logger, _uri, session.LoggedIn);
        }

        return session;
    }

    private void FailPending(Func<Exception> connectionLost, string? reason)
    {
        foreach (var entry in _pending)
        {
            if (!_pending.TryRemove(entry.Key, out PendingRequest? pending))
            {
                continue;
            }

            pending.Answer.TrySetException(pending.IsOrderOperation
                ? new OkxOperationOutcomeUnknownException(
                    $"The connection to {_uri} dropped ({reason ?? "closed"}) after '{pending.Op}' (id {entry.Key}) was sent and before OKX answered: it may or may not have been executed, and it is not sent again.",
                    connectionLost())
                {
                    Operation = pending.Op,
                    Id = entry.Key,
                }
                : connectionLost());
        }
    }

    private static async Task CloseGracefullyAsync(Session session)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await session.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
        }

        session.Abort("client closed");
        await session.Completion.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private Exception AsWebSocketException(Exception exception) => exception switch
    {
        OkxWebSocketException or OperationCanceledException or ObjectDisposedException => exception,
        _ => new OkxWebSocketException($"Could not connect to {_uri}: {exception.Message}", exception),
    };
}
