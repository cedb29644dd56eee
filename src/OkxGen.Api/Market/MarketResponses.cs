// Written by tools/okx-api/generate.py from tools/okx-api/spec: edit the spec and run the script again.

namespace OkxGen.Api.Market;

/// <summary>An item of OKX's <c>data</c> array (ticker).</summary>
public sealed record Ticker
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>last</c>.</summary>
    public decimal? Last { get; init; }

    /// <summary>OKX's <c>lastSz</c>.</summary>
    public decimal? LastSz { get; init; }

    /// <summary>OKX's <c>askPx</c>.</summary>
    public decimal? AskPx { get; init; }

    /// <summary>OKX's <c>askSz</c>.</summary>
    public decimal? AskSz { get; init; }

    /// <summary>OKX's <c>bidPx</c>.</summary>
    public decimal? BidPx { get; init; }

    /// <summary>OKX's <c>bidSz</c>.</summary>
    public decimal? BidSz { get; init; }

    /// <summary>OKX's <c>open24h</c>.</summary>
    public decimal? Open24h { get; init; }

    /// <summary>OKX's <c>high24h</c>.</summary>
    public decimal? High24h { get; init; }

    /// <summary>OKX's <c>low24h</c>.</summary>
    public decimal? Low24h { get; init; }

    /// <summary>OKX's <c>volCcy24h</c>.</summary>
    public decimal? VolCcy24h { get; init; }

    /// <summary>OKX's <c>vol24h</c>.</summary>
    public decimal? Vol24h { get; init; }

    /// <summary>OKX's <c>sodUtc0</c>.</summary>
    public decimal? SodUtc0 { get; init; }

    /// <summary>OKX's <c>sodUtc8</c>.</summary>
    public decimal? SodUtc8 { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (order book).</summary>
public sealed record OrderBook
{
    /// <summary>OKX's <c>asks</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.IReadOnlyList<decimal>>? Asks { get; init; }

    /// <summary>OKX's <c>bids</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.IReadOnlyList<decimal>>? Bids { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }

    /// <summary>OKX's <c>seqId</c>.</summary>
    public long? SeqId { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (full order book).</summary>
public sealed record FullOrderBook
{
    /// <summary>OKX's <c>asks</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.IReadOnlyList<decimal>>? Asks { get; init; }

    /// <summary>OKX's <c>bids</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.IReadOnlyList<decimal>>? Bids { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (public trade).</summary>
public sealed record PublicTrade
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

    /// <summary>OKX's <c>source</c>.</summary>
    public string? Source { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (option trade info).</summary>
public sealed record OptionTradeInfo
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
}

/// <summary>An item of OKX's <c>data</c> array (option family trades).</summary>
public sealed record OptionFamilyTrades
{
    /// <summary>OKX's <c>vol24h</c>.</summary>
    public decimal? Vol24h { get; init; }

    /// <summary>OKX's <c>optType</c>.</summary>
    public string? OptType { get; init; }

    /// <summary>OKX's <c>tradeInfo</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<OptionTradeInfo>? TradeInfo { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (platform volume).</summary>
public sealed record PlatformVolume
{
    /// <summary>OKX's <c>volUsd</c>.</summary>
    public decimal? VolUsd { get; init; }

    /// <summary>OKX's <c>volCny</c>.</summary>
    public decimal? VolCny { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (call auction details).</summary>
public sealed record CallAuctionDetails
{
    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>eqPx</c>.</summary>
    public decimal? EqPx { get; init; }

    /// <summary>OKX's <c>matchedSz</c>.</summary>
    public decimal? MatchedSz { get; init; }

    /// <summary>OKX's <c>unmatchedSz</c>.</summary>
    public decimal? UnmatchedSz { get; init; }

    /// <summary>OKX's <c>auctionEndTime</c>.</summary>
    public global::System.DateTimeOffset? AuctionEndTime { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (index ticker).</summary>
public sealed record IndexTicker
{
    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>idxPx</c>.</summary>
    public decimal? IdxPx { get; init; }

    /// <summary>OKX's <c>high24h</c>.</summary>
    public decimal? High24h { get; init; }

    /// <summary>OKX's <c>low24h</c>.</summary>
    public decimal? Low24h { get; init; }

    /// <summary>OKX's <c>open24h</c>.</summary>
    public decimal? Open24h { get; init; }

    /// <summary>OKX's <c>sodUtc0</c>.</summary>
    public decimal? SodUtc0 { get; init; }

    /// <summary>OKX's <c>sodUtc8</c>.</summary>
    public decimal? SodUtc8 { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (exchange rate).</summary>
public sealed record ExchangeRate
{
    /// <summary>OKX's <c>usdCny</c>.</summary>
    public decimal? UsdCny { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (index component).</summary>
public sealed record IndexComponent
{
    /// <summary>OKX's <c>symbol</c>.</summary>
    public string? Symbol { get; init; }

    /// <summary>OKX's <c>symPx</c>.</summary>
    public decimal? SymPx { get; init; }

    /// <summary>OKX's <c>wgt</c>.</summary>
    public decimal? Wgt { get; init; }

    /// <summary>OKX's <c>cnvPx</c>.</summary>
    public decimal? CnvPx { get; init; }

    /// <summary>OKX's <c>exch</c>.</summary>
    public string? Exch { get; init; }
}

/// <summary>An item of OKX's <c>data</c> array (index components).</summary>
public sealed record IndexComponents
{
    /// <summary>OKX's <c>index</c>.</summary>
    public string? Index { get; init; }

    /// <summary>OKX's <c>last</c>.</summary>
    public decimal? Last { get; init; }

    /// <summary>OKX's <c>ts</c>.</summary>
    public global::System.DateTimeOffset? Ts { get; init; }

    /// <summary>OKX's <c>components</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<IndexComponent>? Components { get; init; }
}
