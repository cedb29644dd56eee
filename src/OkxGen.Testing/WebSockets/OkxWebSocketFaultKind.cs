namespace OkxGen.Testing.WebSockets;

/// <summary>What an <see cref="OkxWebSocketFault"/> does to the next message it matches.</summary>
public enum OkxWebSocketFaultKind
{
    /// <summary>Refuses a login (whatever its signature) with a given code.</summary>
    RefuseLogin,

    /// <summary>Aborts the connection on a message, without answering it.</summary>
    DropConnection,

    /// <summary>Leaves a <c>ping</c> without its <c>pong</c>.</summary>
    IgnorePing,
}
