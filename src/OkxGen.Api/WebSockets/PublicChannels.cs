// Hand-written from OKX's channel pages: docs/okx/order/book/trading-market-data-ws-{tickers,trades}-channel.md and
// docs/okx/public/data/websocket-{funding-rate,mark-price,index-tickers,open-interest,price-limit}-channel.md
// (qiuham/crypto-api-docs). All live on /ws/v5/public and need no login. Where a push's items have exactly the fields
// of a REST answer's items, the channel reads them into that REST record.

using OkxGen.Api.Market;
using OkxGen.Api.Public;
using OkxGen.WebSockets;

namespace OkxGen.Api.WebSockets;

/// <summary>The <c>tickers</c> channel: last price, best bid and ask, 24 h volume; at most every 100 ms. <c>{"channel":"tickers","instId":"BTC-USDT"}</c>.</summary>
[OkxChannel("tickers", Push = typeof(Ticker))]
public sealed partial record TickersChannel
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }
}

/// <summary>The <c>trades</c> channel: trades, one push per taker order, price and source (<c>count</c> says how many fills). <c>{"channel":"trades","instId":"BTC-USDT"}</c>.</summary>
[OkxChannel("trades", Push = typeof(TradePush))]
public sealed partial record TradesChannel
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }
}

/// <summary>The <c>funding-rate</c> channel: a perpetual's funding rate, every 30 to 90 s. <c>{"channel":"funding-rate","instId":"BTC-USD-SWAP"}</c>.</summary>
[OkxChannel("funding-rate", Push = typeof(FundingRateInfo))]
public sealed partial record FundingRateChannel
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }
}

/// <summary>The <c>mark-price</c> channel: every 200 ms while the mark price changes, every 10 s otherwise. <c>{"channel":"mark-price","instId":"BTC-USDT-SWAP"}</c>.</summary>
[OkxChannel("mark-price", Push = typeof(MarkPrice))]
public sealed partial record MarkPriceChannel
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }
}

/// <summary>The <c>index-tickers</c> channel: an index's price, every 100 ms on change, once a minute otherwise. <c>{"channel":"index-tickers","instId":"BTC-USDT"}</c>.</summary>
[OkxChannel("index-tickers", Push = typeof(IndexTicker))]
public sealed partial record IndexTickersChannel
{
    /// <summary>OKX's <c>instId</c>: the index, quoted in USD, USDT, BTC or USDC (<c>BTC-USDT</c>). Required.</summary>
    public required string InstId { get; init; }
}

/// <summary>The <c>open-interest</c> channel: every 3 s when it changes. <c>{"channel":"open-interest","instId":"BTC-USDT-SWAP"}</c>.</summary>
[OkxChannel("open-interest", Push = typeof(OpenInterest))]
public sealed partial record OpenInterestChannel
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }
}

/// <summary>The <c>price-limit</c> channel: the highest buy and lowest sell price, every 200 ms when they change. <c>{"channel":"price-limit","instId":"BTC-USDT-SWAP"}</c>.</summary>
[OkxChannel("price-limit", Push = typeof(PriceLimit))]
public sealed partial record PriceLimitChannel
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }
}
