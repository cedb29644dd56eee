using System;

namespace OkxGen.Testing.WebSockets;

/// <summary>
/// A failure the <see cref="OkxTestServer"/> applies to the next WebSocket messages it matches, on any connection; see
/// <see cref="OkxTestServer.InjectWebSocketFault(OkxWebSocketFault, int)"/>. Faults that act at once (closing every connection,
/// the 64008 notice) are methods of the server: <see cref="OkxTestServer.DropWebSocketConnectionsAsync(string?, System.Threading.CancellationToken)"/>
/// and <see cref="OkxTestServer.SendWebSocketNoticeAsync(string?, System.Threading.CancellationToken)"/>.
/// </summary>
/// <example>
/// <code>
/// server.InjectWebSocketFault(OkxWebSocketFault.RefuseLogin("60009"));   // the next login is refused
/// server.InjectWebSocketFault(OkxWebSocketFault.DropConnection("order")); // the next order operation is never answered: the socket drops
/// server.InjectWebSocketFault(OkxWebSocketFault.IgnorePing(), times: 3);  // three pings go unanswered
/// </code>
/// </example>
public sealed class OkxWebSocketFault
{
    private OkxWebSocketFault(OkxWebSocketFaultKind kind, string? op, string code)
    {
        Kind = kind;
        Op = op;
        Code = code;
    }

    /// <summary>What the fault does.</summary>
    public OkxWebSocketFaultKind Kind { get; }

    /// <summary>The <c>op</c> of the messages it applies to (<c>login</c>, <c>subscribe</c>, <c>order</c>, <c>ping</c> for the text ping...), or <see langword="null"/> for any message.</summary>
    public string? Op { get; }

    /// <summary>The code a refused login is answered with; empty for the other kinds.</summary>
    public string Code { get; }

    /// <summary>The next login is answered <c>{"event":"error","code":code,...}</c>, whatever its signature; the connection stays open.</summary>
    /// <param name="code">The code, for example <see cref="OkxWebSocketErrorCodes.LoginFailure"/> (the default) or 63999.</param>
    /// <returns>The fault.</returns>
    public static OkxWebSocketFault RefuseLogin(string code = OkxWebSocketErrorCodes.LoginFailure)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        return new(OkxWebSocketFaultKind.RefuseLogin, "login", code);
    }

    /// <summary>The next message with <paramref name="op"/> aborts its connection (no close frame) before it is answered or carried out.</summary>
    /// <param name="op">The op to wait for, for example <c>order</c>; <see langword="null"/> for any message, pings included.</param>
    /// <returns>The fault.</returns>
    public static OkxWebSocketFault DropConnection(string? op = null) => new(OkxWebSocketFaultKind.DropConnection, op, string.Empty);

    /// <summary>The next text <c>ping</c> gets no <c>pong</c>; inject it with <c>times</c> to silence several.</summary>
    /// <returns>The fault.</returns>
    public static OkxWebSocketFault IgnorePing() => new(OkxWebSocketFaultKind.IgnorePing, "ping", string.Empty);

    /// <summary>The kind and op, for test output.</summary>
    /// <returns>For example <c>DropConnection on order</c>.</returns>
    public override string ToString() => Kind.ToString() + (Code.Length > 0 ? " " + Code : string.Empty) + " on " + (Op ?? "any message");
}
