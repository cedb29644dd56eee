// Hand-written from OKX's channel page (qiuham/crypto-api-docs docs/okx/order/book/trading-market-data-ws-trades-channel.md).
// The other public channels push exactly the items of a REST answer and reuse its record.

namespace OkxGen.Api.WebSockets;

/// <summary>An item of a <c>trades</c> push (WS / Trades channel): one taker order's fills at one price, aggregated.</summary>
public sealed record TradePush
{
    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>tradeId</c>.</summary>
    public string? TradeId { get; init; }

    /// <summary>OKX's <c>px</c>.</summary>
    public decimal? Px { get; init; }

    /// <summary>OKX's <c>sz</c>.</summary>
    public decimal? Sz { get; init; }

    /// <summary>OKX's <c>side</c>.</summary>
    public string? Side { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }

    /// <summary>OKX's <c>count</c>.</summary>
    public int? Count { get; init; }

    /// <summary>OKX's <c>source</c>.</summary>
    public string? Source { get; init; }

    /// <summary>OKX's <c>seqId</c>.</summary>
    public long? SeqId { get; init; }
}
