using System;

namespace OkxGen.WebSockets;

/// <summary>Data of <see cref="OkxWebSocketClient.Reconnected"/>.</summary>
public sealed class OkxReconnectedEventArgs : EventArgs
{
    internal OkxReconnectedEventArgs(OkxWebSocketEndpoint endpoint, string reason)
    {
        Endpoint = endpoint;
        Reason = reason;
    }

    /// <summary>Gets the service whose connection was re-established.</summary>
    public OkxWebSocketEndpoint Endpoint { get; }

    /// <summary>Gets why the previous connection ended.</summary>
    public string Reason { get; }
}
