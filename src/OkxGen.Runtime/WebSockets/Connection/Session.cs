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
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }

        Socket.Abort();
    }

    public void Dispose()
    {
        Socket.Dispose();
        _stop.Dispose();
        _sendLock.Dispose();
    }
}
