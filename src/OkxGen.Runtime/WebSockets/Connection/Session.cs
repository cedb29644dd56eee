using System;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;

namespace OkxGen.WebSockets.Connection;

/// <summary>One socket of a connection, from connect to drop: sends are serialised, receipt times kept for the keepalive.</summary>
internal sealed class Session : IDisposable
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private long _lastReceived;

    public Session(ClientWebSocket socket, TimeProvider timeProvider)
    {
        Socket = socket;
        Budget = new RequestBudget(timeProvider);
        _lastReceived = timeProvider.GetTimestamp();
    }

    public ClientWebSocket Socket { get; }

    public RequestBudget Budget { get; }

    public CancellationToken Stopping => _stop.Token;

    public Task Completion { get; set; } = Task.CompletedTask;

    public TaskCompletionSource<InboundMessage>? Login { get; set; }

    /// <summary>Gets or sets whether OKX accepted a login on this socket.</summary>
    public bool LoggedIn { get; set; }

    /// <summary>Gets or sets whether OKX announced a service upgrade (64008): reconnect at once, without back-off.</summary>
    public bool ClosingForNotice { get; set; }

    public string? DropReason { get; set; }

    public long LastReceived => Volatile.Read(ref _lastReceived);

    public void MarkReceived(long timestamp) => Volatile.Write(ref _lastReceived, timestamp);

    public async Task SendAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // A socket already known dead has sent nothing: the caller may use the next connection.
            if (_stop.IsCancellationRequested || Socket.State != WebSocketState.Open)
            {
                throw new SessionClosedException();
            }

            await Socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public void Abort(string reason)
    {
        DropReason ??= reason;
        _stop.Cancel();
        Socket.Abort();
    }

    public bool IsStopped => _stop.IsCancellationRequested;

    // The semaphore and the token source hold no handle here; they stay usable by late callers, who see IsStopped.
    public void Dispose() => Socket.Dispose();
}

/// <summary>A send on a socket already closed: nothing left the process.</summary>
internal sealed class SessionClosedException : Exception
{
    public SessionClosedException()
        : base("The socket is closed; nothing was sent.")
    {
    }
}
