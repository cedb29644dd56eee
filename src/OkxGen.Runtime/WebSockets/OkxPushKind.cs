namespace OkxGen.WebSockets;

/// <summary>What an <see cref="OkxPush{T}"/> reports.</summary>
public enum OkxPushKind
{
    /// <summary>Data OKX pushed.</summary>
    Data,

    /// <summary>
    /// The connection dropped and was re-established, and the subscription was renewed: pushes sent while it was down
    /// are lost. A consumer of incremental data must resynchronise (the next push of a book channel is a snapshot).
    /// </summary>
    Reconnected,

    /// <summary>
    /// The consumer fell behind and its buffer was full: <see cref="OkxPush{T}.DroppedCount"/> pushes were dropped
    /// before this marker.
    /// </summary>
    Dropped,
}
