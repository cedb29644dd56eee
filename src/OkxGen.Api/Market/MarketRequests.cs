// Written by tools/okx-api/generate.py from tools/okx-api/spec: edit the spec and run the script again.

using OkxGen;

namespace OkxGen.Api.Market;

/// <summary>Get tickers: <c>GET /api/v5/market/tickers</c>, 20 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-market-data.md.</remarks>
[OkxEndpoint("GET", "/api/v5/market/tickers", Response = typeof(Ticker), Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetTickersRequest
{
    /// <summary>OKX's <c>instType</c>. Required.</summary>
    public required string InstType { get; init; }

    /// <summary>OKX's <c>instFamily</c>.</summary>
    public string? InstFamily { get; init; }
}

/// <summary>Get ticker: <c>GET /api/v5/market/ticker</c>, 20 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-market-data.md.</remarks>
[OkxEndpoint("GET", "/api/v5/market/ticker", Response = typeof(Ticker), Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetTickerRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }
}

/// <summary>Get order book: <c>GET /api/v5/market/books</c>, 40 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-market-data.md.</remarks>
[OkxEndpoint("GET", "/api/v5/market/books", Response = typeof(OrderBook), Signed = false, RateLimit = 40, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetOrderBookRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>sz</c>.</summary>
    public int? Sz { get; init; }
}

/// <summary>Get full order book: <c>GET /api/v5/market/books-full</c>, 10 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-market-data.md.</remarks>
[OkxEndpoint("GET", "/api/v5/market/books-full", Response = typeof(FullOrderBook), Signed = false, RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetFullOrderBookRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>sz</c>.</summary>
    public int? Sz { get; init; }
}

/// <summary>Get candles: <c>GET /api/v5/market/candles</c>, 40 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-market-data.md.</remarks>
[OkxEndpoint("GET", "/api/v5/market/candles", Signed = false, RateLimit = 40, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetCandlesRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>bar</c>.</summary>
    public string? Bar { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }

    /// <summary>OKX's <c>adjust</c>.</summary>
    public string? Adjust { get; init; }
}

/// <summary>Get history candles: <c>GET /api/v5/market/history-candles</c>, 20 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-market-data.md.</remarks>
[OkxEndpoint("GET", "/api/v5/market/history-candles", Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetHistoryCandlesRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>bar</c>.</summary>
    public string? Bar { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }

    /// <summary>OKX's <c>adjust</c>.</summary>
    public string? Adjust { get; init; }
}

/// <summary>Get trades: <c>GET /api/v5/market/trades</c>, 100 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-market-data.md.</remarks>
[OkxEndpoint("GET", "/api/v5/market/trades", Response = typeof(PublicTrade), Signed = false, RateLimit = 100, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetTradesRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get history trades: <c>GET /api/v5/market/history-trades</c>, 20 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-market-data.md.</remarks>
[OkxEndpoint("GET", "/api/v5/market/history-trades", Response = typeof(PublicTrade), Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetHistoryTradesRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public string? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public string? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get option instrument family trades: <c>GET /api/v5/market/option/instrument-family-trades</c>, 20 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-market-data.md.</remarks>
[OkxEndpoint("GET", "/api/v5/market/option/instrument-family-trades", Response = typeof(OptionFamilyTrades), Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetOptionInstrumentFamilyTradesRequest
{
    /// <summary>OKX's <c>instFamily</c>. Required.</summary>
    public required string InstFamily { get; init; }
}

/// <summary>Get platform volume: <c>GET /api/v5/market/platform-24-volume</c>, 2 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-market-data.md.</remarks>
[OkxEndpoint("GET", "/api/v5/market/platform-24-volume", Response = typeof(PlatformVolume), Signed = false, RateLimit = 2, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetPlatformVolumeRequest
{
}

/// <summary>Get call auction details: <c>GET /api/v5/market/call-auction-details</c>, 20 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-market-data.md.</remarks>
[OkxEndpoint("GET", "/api/v5/market/call-auction-details", Response = typeof(CallAuctionDetails), Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetCallAuctionDetailsRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }
}

/// <summary>Get index tickers: <c>GET /api/v5/market/index-tickers</c>, 20 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/market/index-tickers", Response = typeof(IndexTicker), Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetIndexTickersRequest
{
    /// <summary>OKX's <c>quoteCcy</c>. Conditional: see the endpoint page.</summary>
    public string? QuoteCcy { get; init; }

    /// <summary>OKX's <c>instId</c>. Conditional: see the endpoint page.</summary>
    public string? InstId { get; init; }
}

/// <summary>Get index candles: <c>GET /api/v5/market/index-candles</c>, 20 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/market/index-candles", Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetIndexCandlesRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>bar</c>.</summary>
    public string? Bar { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get history index candles: <c>GET /api/v5/market/history-index-candles</c>, 10 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/market/history-index-candles", Signed = false, RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetHistoryIndexCandlesRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>bar</c>.</summary>
    public string? Bar { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get mark price candles: <c>GET /api/v5/market/mark-price-candles</c>, 20 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/market/mark-price-candles", Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetMarkPriceCandlesRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>bar</c>.</summary>
    public string? Bar { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get history mark price candles: <c>GET /api/v5/market/history-mark-price-candles</c>, 20 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/market/history-mark-price-candles", Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetHistoryMarkPriceCandlesRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>bar</c>.</summary>
    public string? Bar { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get exchange rate: <c>GET /api/v5/market/exchange-rate</c>, 1 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/market/exchange-rate", Response = typeof(ExchangeRate), Signed = false, RateLimit = 1, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetExchangeRateRequest
{
}

/// <summary>Get index components: <c>GET /api/v5/market/index-components</c>, 20 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/market/index-components", Response = typeof(IndexComponents), Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetIndexComponentsRequest
{
    /// <summary>OKX's <c>index</c>. Required.</summary>
    public required string Index { get; init; }
}
