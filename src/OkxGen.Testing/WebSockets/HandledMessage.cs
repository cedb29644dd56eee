using System;
using System.Collections.Generic;

namespace OkxGen.Testing.WebSockets;

/// <summary>What the server does with one received message: the frames to answer, the orders to push, or a drop.</summary>
internal sealed record HandledMessage(
    string? Op,
    string? Id,
    string? Code,
    IReadOnlyList<string> Answers,
    IReadOnlyList<OrderSnapshot> ChangedOrders,
    OkxWebSocketFaultKind? Fault = null)
{
    public static HandledMessage Unanswered(string? op, string? id, OkxWebSocketFaultKind fault) =>
        new(op, id, null, Array.Empty<string>(), Array.Empty<OrderSnapshot>(), fault);

    public static HandledMessage Answered(string? op, string? id, string? code, string answer) =>
        new(op, id, code, new[] { answer }, Array.Empty<OrderSnapshot>());
}
