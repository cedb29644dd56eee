using System.Collections.Generic;

namespace OkxGen.WebSockets;

/// <summary>One message of a subscription: OKX's push, or a marker that says pushes were lost.</summary>
/// <typeparam name="T">The type of one item of <c>data</c>.</typeparam>
public sealed class OkxPush<T>
{
    internal OkxPush(OkxPushKind kind, IOkxChannel<T> arg, string? action, IReadOnlyList<T> data, long droppedCount)
    {
        Kind = kind;
        Arg = arg;
        Action = action;
        Data = data;
        DroppedCount = droppedCount;
    }

    /// <summary>Gets whether this is data or a marker for a reconnect or dropped pushes.</summary>
    public OkxPushKind Kind { get; }

    /// <summary>Gets the subscription's argument, as passed to <see cref="OkxWebSocketClient.SubscribeAsync{T}"/>.</summary>
    public IOkxChannel<T> Arg { get; }

    /// <summary>Gets OKX's <c>action</c>, <c>snapshot</c> or <c>update</c> on the channels that send it; otherwise <see langword="null"/>.</summary>
    public string? Action { get; }

    /// <summary>Gets the items of <c>data</c>; empty for a marker.</summary>
    public IReadOnlyList<T> Data { get; }

    /// <summary>Gets the number of pushes dropped before a <see cref="OkxPushKind.Dropped"/> marker; 0 otherwise.</summary>
    public long DroppedCount { get; }

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        OkxPushKind.Data => $"OkxPush {{ {Arg.Channel}, Action = {Action}, Data = {Data.Count} item(s) }}",
        OkxPushKind.Dropped => $"OkxPush {{ {Arg.Channel}, Dropped = {DroppedCount} }}",
        _ => $"OkxPush {{ {Arg.Channel}, {Kind} }}",
    };
}
