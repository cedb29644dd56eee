namespace OkxGen.WebSockets;

/// <summary>What the last message did to an <see cref="OkxOrderBook"/>.</summary>
public enum OkxBookStatus
{
    /// <summary>The book was replaced by a snapshot.</summary>
    Snapshot,

    /// <summary>An update was applied; the sequence and, when OKX sent one, the checksum were checked.</summary>
    Updated,

    /// <summary>OKX's heartbeat (no change, <c>prevSeqId == seqId</c>): the book is still current.</summary>
    Heartbeat,

    /// <summary>
    /// The book cannot be trusted (a <c>seqId</c> gap, a checksum mismatch, a reconnect or dropped pushes; see
    /// <see cref="OkxOrderBook.ResyncReason"/>): it is being resubscribed for a fresh snapshot and must not be used
    /// until the next <see cref="Snapshot"/>.
    /// </summary>
    Resyncing,
}
