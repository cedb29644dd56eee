using System;
using System.Collections.Generic;
using OkxGen.WebSockets.Books;

namespace OkxGen.WebSockets;

/// <summary>
/// A local order book kept by <see cref="OkxWebSocketClient.SubscribeOrderBookAsync"/>: snapshots and updates applied
/// by OKX's rules, <c>seqId</c>/<c>prevSeqId</c> continuity checked on every update (heartbeats and sequence resets
/// included), the CRC32 checksum checked whenever OKX sends a non-zero one. On any gap or mismatch the book reports
/// <see cref="OkxBookStatus.Resyncing"/> and is resubscribed for a fresh snapshot: it is never silently wrong.
/// </summary>
/// <remarks>The same instance is yielded after every message; read it before asking for the next one.</remarks>
public sealed class OkxOrderBook
{
    private readonly BookSide _bids = new(descending: true);
    private readonly BookSide _asks = new(descending: false);
    private bool _hasSnapshot;

    /// <summary>Creates an empty book.</summary>
    /// <param name="instId">The instrument.</param>
    /// <param name="channel">The channel that feeds it.</param>
    public OkxOrderBook(string instId, OkxBookChannel channel)
    {
        ArgumentException.ThrowIfNullOrEmpty(instId);
        InstId = instId;
        Channel = channel;
    }

    /// <summary>Gets the instrument.</summary>
    public string InstId { get; }

    /// <summary>Gets the channel that feeds the book.</summary>
    public OkxBookChannel Channel { get; }

    /// <summary>Gets the bids, best (highest price) first.</summary>
    public IReadOnlyList<OkxBookLevel> Bids => _bids.Levels;

    /// <summary>Gets the asks, best (lowest price) first.</summary>
    public IReadOnlyList<OkxBookLevel> Asks => _asks.Levels;

    /// <summary>Gets the <c>seqId</c> of the last message applied.</summary>
    public long? SeqId { get; private set; }

    /// <summary>Gets OKX's <c>ts</c> of the last message applied.</summary>
    public DateTimeOffset? Timestamp { get; private set; }

    /// <summary>Gets what the last message did.</summary>
    public OkxBookStatus Status { get; private set; } = OkxBookStatus.Resyncing;

    /// <summary>Gets why the book is <see cref="OkxBookStatus.Resyncing"/>, or <see langword="null"/>.</summary>
    public string? ResyncReason { get; private set; }

    /// <summary>Gets whether the book has a snapshot and has not lost continuity since.</summary>
    public bool IsSynchronized => _hasSnapshot && Status != OkxBookStatus.Resyncing;

    /// <inheritdoc/>
    public override string ToString() =>
        $"OkxOrderBook {{ {InstId}, {Status}, SeqId = {SeqId}, Bids = {Bids.Count}, Asks = {Asks.Count}{(ResyncReason is null ? "" : ", " + ResyncReason)} }}";

    /// <summary>Applies one push item; returns why the book must be resynchronised, or <see langword="null"/>.</summary>
    internal string? Apply(string? action, BookMessage message)
    {
        bool isSnapshot = action == "snapshot" || !IsIncremental(Channel);
        if (isSnapshot)
        {
            _bids.Replace(message.Bids);
            _asks.Replace(message.Asks);
            _hasSnapshot = true;
            return Accept(message, OkxBookStatus.Snapshot);
        }

        if (!_hasSnapshot)
        {
            return "an update came before a snapshot";
        }

        if (message.PrevSeqId is not { } previous || message.SeqId is not { } current)
        {
            return "an update came without seqId/prevSeqId";
        }

        if (previous != SeqId)
        {
            return $"seqId gap: the update follows {previous}, the book is at {SeqId}";
        }

        // OKX's heartbeat: no levels and prevSeqId == seqId. A sequence reset (seqId < prevSeqId) is a normal update.
        if (message.IsEmpty && previous == current)
        {
            return Accept(message, OkxBookStatus.Heartbeat);
        }

        foreach (OkxBookLevel level in message.Bids)
        {
            _bids.Apply(level);
        }

        foreach (OkxBookLevel level in message.Asks)
        {
            _asks.Apply(level);
        }

        return Accept(message, OkxBookStatus.Updated);
    }

    internal void MarkResyncing(string reason)
    {
        _hasSnapshot = false;
        _bids.Clear();
        _asks.Clear();
        Status = OkxBookStatus.Resyncing;
        ResyncReason = reason;
    }

    internal static bool IsIncremental(OkxBookChannel channel) => channel is OkxBookChannel.Books or OkxBookChannel.BooksL2Tbt or OkxBookChannel.Books50L2Tbt;

    private string? Accept(BookMessage message, OkxBookStatus status)
    {
        if (message.Checksum != 0)
        {
            int expected = OkxBookChecksum.Compute(Bids, Asks);
            if (expected != message.Checksum)
            {
                return $"checksum mismatch at seqId {message.SeqId}: OKX sent {message.Checksum}, the book gives {expected}";
            }
        }

        SeqId = message.SeqId ?? SeqId;
        Timestamp = message.Ts ?? Timestamp;
        Status = status;
        ResyncReason = null;
        return null;
    }
}
