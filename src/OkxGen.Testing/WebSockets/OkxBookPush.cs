using System;
using System.Collections.Generic;

namespace OkxGen.Testing.WebSockets;

/// <summary>
/// An order-book push for <see cref="OkxTestServer.PushBookAsync(OkxBookPush, System.Threading.CancellationToken)"/>: the
/// levels and the sequence and checksum fields of OKX's <c>books</c> data, set by the test (wrong on purpose when it tests a
/// client's resync). Levels are OKX's <c>[price, size, "0", orderCount]</c> strings, sent as given.
/// </summary>
/// <example>
/// <code>
/// await server.PushBookAsync(new OkxBookPush
/// {
///     InstId = "BTC-USDT",
///     Action = "snapshot",
///     Asks = [["41006.8", "0.60038921", "0", "1"]],
///     Bids = [["41006.3", "0.30178218", "0", "2"]],
///     SeqId = 123456,
///     PrevSeqId = -1,
///     Checksum = -855196043,
/// });
/// </code>
/// </example>
public sealed class OkxBookPush
{
    /// <summary>The channel: <c>books</c> (the default), <c>books5</c>, <c>bbo-tbt</c>, <c>books-l2-tbt</c> or <c>books50-l2-tbt</c>.</summary>
    public string Channel { get; init; } = "books";

    /// <summary>The instrument; the push goes to the subscriptions to <see cref="Channel"/> with this <c>instId</c>.</summary>
    public required string InstId { get; init; }

    /// <summary><c>snapshot</c> or <c>update</c> (the default); <see langword="null"/> to leave <c>action</c> out, as OKX does for <c>books5</c> and <c>bbo-tbt</c>.</summary>
    public string? Action { get; init; } = "update";

    /// <summary>Ask levels, best first.</summary>
    public IReadOnlyList<string[]> Asks { get; init; } = Array.Empty<string[]>();

    /// <summary>Bid levels, best first.</summary>
    public IReadOnlyList<string[]> Bids { get; init; } = Array.Empty<string[]>();

    /// <summary>The message's <c>seqId</c>.</summary>
    public long SeqId { get; init; }

    /// <summary>The message's <c>prevSeqId</c>: -1 for a snapshot, the previous <c>seqId</c> for an update.</summary>
    public long PrevSeqId { get; init; } = -1;

    /// <summary>The CRC32 checksum as a signed 32-bit integer; 0 (the default) is what OKX sends now that it retires the checksum.</summary>
    public int Checksum { get; init; }

    /// <summary>The book's time; <see langword="null"/> for the server's clock.</summary>
    public DateTimeOffset? Ts { get; init; }
}
