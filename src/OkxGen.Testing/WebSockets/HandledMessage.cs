using System;
using System.Collections.Generic;

namespace OkxGen.Testing.WebSockets;

/// <summary>What the server does with one received message: the frames to answer, or a fault (no answer, or a drop).</summary>
internal sealed record HandledMessage(string? Op, string? Id, string? Code, IReadOnlyList<string> Answers, OkxWebSocketFaultKind? Fault = null)
{
    public static HandledMessage Unanswered(string? op, string? id, OkxWebSocketFaultKind fault) => new(op, id, null, Array.Empty<string>(), fault);

    public static HandledMessage Answered(string? op, string? id, string? code, string answer) => new(op, id, code, new[] { answer });
}
