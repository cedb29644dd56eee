using System;
using System.Collections.Generic;

namespace OkxGen.Testing.WebSockets;

/// <summary>One message a WebSocket client sent to the <see cref="OkxTestServer"/>, with what the server answered. Immutable.</summary>
public sealed class RecordedWebSocketMessage
{
    internal RecordedWebSocketMessage(
        string connectionId,
        string path,
        bool isDemo,
        string text,
        DateTimeOffset receivedAt,
        string? op,
        string? id,
        string? code,
        IReadOnlyList<string> answers,
        OkxWebSocketFaultKind? fault)
    {
        ConnectionId = connectionId;
        Path = path;
        IsDemo = isDemo;
        Text = text;
        ReceivedAt = receivedAt;
        Op = op;
        Id = id;
        Code = code;
        Answers = answers;
        Fault = fault;
    }

    /// <summary>The connection's <c>connId</c>, as sent in the server's events.</summary>
    public string ConnectionId { get; }

    /// <summary>The path the connection was opened on, for example <c>/ws/v5/private</c> or <c>/wspap/ws/v5/private</c>.</summary>
    public string Path { get; }

    /// <summary>Whether the connection was opened on the demo address (<see cref="OkxTestServer.DemoWebSocketBaseAddress"/>).</summary>
    public bool IsDemo { get; }

    /// <summary>The message text exactly as received.</summary>
    public string Text { get; }

    /// <summary>When the message arrived, on the server's clock.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>The message's <c>op</c> (<c>login</c>, <c>subscribe</c>, <c>order</c>...), <c>ping</c> for the text ping, or <see langword="null"/> when the message is not JSON or has no <c>op</c>.</summary>
    public string? Op { get; }

    /// <summary>The message's <c>id</c>, or <see langword="null"/>.</summary>
    public string? Id { get; }

    /// <summary>
    /// The code answered: <c>"0"</c> on success, an OKX code (see <see cref="OkxWebSocketErrorCodes"/>) otherwise, the first
    /// error's code when a subscription had several arguments; <see langword="null"/> for a ping and when nothing was answered.
    /// </summary>
    public string? Code { get; }

    /// <summary>The frames sent in answer, in order (a subscription gets one per argument); empty when none was.</summary>
    public IReadOnlyList<string> Answers { get; }

    /// <summary>The injected fault applied to this message, if any.</summary>
    public OkxWebSocketFaultKind? Fault { get; }

    /// <summary>The op, id and code, for test output.</summary>
    /// <returns>For example <c>order #7 -&gt; 2</c>.</returns>
    public override string ToString() => (Op ?? "?") + (Id is null ? string.Empty : " #" + Id) + " -> " + (Code ?? "-");
}
