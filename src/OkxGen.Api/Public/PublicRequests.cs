// Written by tools/okx-api/generate.py from tools/okx-api/spec: edit the spec and run the script again.

using OkxGen;

namespace OkxGen.Api.Public;

/// <summary>Get option trades: <c>GET /api/v5/public/option-trades</c>, 20 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-market-data.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/option-trades", Response = typeof(OptionTrade), Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetOptionTradesRequest
{
    /// <summary>OKX's <c>instId</c>. Conditional: see the endpoint page.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>instFamily</c>. Conditional: see the endpoint page.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>optType</c>.</summary>
    public string? OptType { get; init; }
}

/// <summary>Get instruments: <c>GET /api/v5/public/instruments</c>, 20 requests per 2 s by IP + Instrument Type.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/instruments", Response = typeof(Instrument), Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.IpAndInstrumentType)]
public partial record GetInstrumentsRequest
{
    /// <summary>OKX's <c>instType</c>. Required.</summary>
    public required string InstType { get; init; }

    /// <summary>OKX's <c>seriesId</c>. Conditional: see the endpoint page.</summary>
    public string? SeriesId { get; init; }

    /// <summary>OKX's <c>instFamily</c>. Conditional: see the endpoint page.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }
}

/// <summary>Get event contract series: <c>GET /api/v5/public/event-contract/series</c>, 10 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/event-contract/series", Response = typeof(EventSeries), Signed = false, RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetEventContractSeriesRequest
{
    /// <summary>OKX's <c>seriesId</c>.</summary>
    public string? SeriesId { get; init; }
}

/// <summary>Get event contract events: <c>GET /api/v5/public/event-contract/events</c>, 10 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/event-contract/events", Response = typeof(EventContractEvent), Signed = false, RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetEventContractEventsRequest
{
    /// <summary>OKX's <c>seriesId</c>. Required.</summary>
    public required string SeriesId { get; init; }

    /// <summary>OKX's <c>eventId</c>.</summary>
    public string? EventId { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }
}

/// <summary>Get event contract markets: <c>GET /api/v5/public/event-contract/markets</c>, 10 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/event-contract/markets", Response = typeof(EventContractMarket), Signed = false, RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetEventContractMarketsRequest
{
    /// <summary>OKX's <c>seriesId</c>. Required.</summary>
    public required string SeriesId { get; init; }

    /// <summary>OKX's <c>eventId</c>.</summary>
    public string? EventId { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }
}

/// <summary>Get estimated price: <c>GET /api/v5/public/estimated-price</c>, 10 requests per 2 s by IP + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/estimated-price", Response = typeof(EstimatedPrice), Signed = false, RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.IpAndInstrument)]
public partial record GetEstimatedPriceRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }
}

/// <summary>Get delivery exercise history: <c>GET /api/v5/public/delivery-exercise-history</c>, 40 requests per 2 s by IP + Instrument Family.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/delivery-exercise-history", Response = typeof(DeliveryExerciseRecord), Signed = false, RateLimit = 40, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.IpAndInstrumentFamily)]
public partial record GetDeliveryExerciseHistoryRequest
{
    /// <summary>OKX's <c>instType</c>. Required.</summary>
    public required string InstType { get; init; }

    /// <summary>OKX's <c>instFamily</c>. Required.</summary>
    public required string InstFamily { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get estimated settlement info: <c>GET /api/v5/public/estimated-settlement-info</c>, 10 requests per 2 s by IP + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/estimated-settlement-info", Response = typeof(EstimatedSettlement), Signed = false, RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.IpAndInstrument)]
public partial record GetEstimatedSettlementInfoRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }
}

/// <summary>Get settlement history: <c>GET /api/v5/public/settlement-history</c>, 40 requests per 2 s by IP + Instrument Family.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/settlement-history", Response = typeof(SettlementRecord), Signed = false, RateLimit = 40, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.IpAndInstrumentFamily)]
public partial record GetSettlementHistoryRequest
{
    /// <summary>OKX's <c>instFamily</c>. Required.</summary>
    public required string InstFamily { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get funding rate: <c>GET /api/v5/public/funding-rate</c>, 10 requests per 2 s by IP + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/funding-rate", Response = typeof(FundingRateInfo), Signed = false, RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.IpAndInstrument)]
public partial record GetFundingRateRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }
}

/// <summary>Get funding rate history: <c>GET /api/v5/public/funding-rate-history</c>, 10 requests per 2 s by IP + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/funding-rate-history", Response = typeof(FundingRateRecord), Signed = false, RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.IpAndInstrument)]
public partial record GetFundingRateHistoryRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get open interest: <c>GET /api/v5/public/open-interest</c>, 20 requests per 2 s by IP + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/open-interest", Response = typeof(OpenInterest), Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.IpAndInstrument)]
public partial record GetOpenInterestRequest
{
    /// <summary>OKX's <c>instType</c>. Required.</summary>
    public required string InstType { get; init; }

    /// <summary>OKX's <c>instFamily</c>. Conditional: see the endpoint page.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }
}

/// <summary>Get price limit: <c>GET /api/v5/public/price-limit</c>, 20 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/price-limit", Response = typeof(PriceLimit), Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetPriceLimitRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }
}

/// <summary>Get option summary: <c>GET /api/v5/public/opt-summary</c>, 20 requests per 2 s by IP + Instrument Family.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/opt-summary", Response = typeof(OptionSummary), Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.IpAndInstrumentFamily)]
public partial record GetOptionSummaryRequest
{
    /// <summary>OKX's <c>instFamily</c>. Required.</summary>
    public required string InstFamily { get; init; }

    /// <summary>OKX's <c>expTime</c>.</summary>
    public string? ExpTime { get; init; }
}

/// <summary>Get discount rate interest free quota: <c>GET /api/v5/public/discount-rate-interest-free-quota</c>, 2 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/discount-rate-interest-free-quota", Response = typeof(DiscountRate), Signed = false, RateLimit = 2, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetDiscountRateInterestFreeQuotaRequest
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>discountLv</c>.</summary>
    public string? DiscountLv { get; init; }
}

/// <summary>Get system time: <c>GET /api/v5/public/time</c>, 10 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/time", Response = typeof(SystemTime), Signed = false, RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetSystemTimeRequest
{
}

/// <summary>Get mark price: <c>GET /api/v5/public/mark-price</c>, 10 requests per 2 s by IP + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/mark-price", Response = typeof(MarkPrice), Signed = false, RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.IpAndInstrument)]
public partial record GetMarkPriceRequest
{
    /// <summary>OKX's <c>instType</c>. Required.</summary>
    public required string InstType { get; init; }

    /// <summary>OKX's <c>instFamily</c>.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }
}

/// <summary>Get position tiers: <c>GET /api/v5/public/position-tiers</c>, 10 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/position-tiers", Response = typeof(PositionTier), Signed = false, RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetPositionTiersRequest
{
    /// <summary>OKX's <c>instType</c>. Required.</summary>
    public required string InstType { get; init; }

    /// <summary>OKX's <c>tdMode</c>. Required.</summary>
    public required string TdMode { get; init; }

    /// <summary>OKX's <c>instFamily</c>. Conditional: see the endpoint page.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>instId</c>. Conditional: see the endpoint page.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>ccy</c>. Conditional: see the endpoint page.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>tier</c>.</summary>
    public string? Tier { get; init; }
}

/// <summary>Get interest rate loan quota: <c>GET /api/v5/public/interest-rate-loan-quota</c>, 2 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/interest-rate-loan-quota", Signed = false, RateLimit = 2, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetInterestRateLoanQuotaRequest
{
}

/// <summary>Get underlying: <c>GET /api/v5/public/underlying</c>, 20 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/underlying", Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetUnderlyingRequest
{
    /// <summary>OKX's <c>instType</c>. Required.</summary>
    public required string InstType { get; init; }
}

/// <summary>Get insurance fund: <c>GET /api/v5/public/insurance-fund</c>, 10 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/insurance-fund", Response = typeof(InsuranceFund), Signed = false, RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetInsuranceFundRequest
{
    /// <summary>OKX's <c>instType</c>. Required.</summary>
    public required string InstType { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>instFamily</c>. Conditional: see the endpoint page.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>ccy</c>. Conditional: see the endpoint page.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Convert contract coin: <c>GET /api/v5/public/convert-contract-coin</c>, 10 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/convert-contract-coin", Response = typeof(UnitConversion), Signed = false, RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record ConvertContractCoinRequest
{
    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>sz</c>. Required.</summary>
    public required decimal Sz { get; init; }

    /// <summary>OKX's <c>px</c>. Conditional: see the endpoint page.</summary>
    public decimal? Px { get; init; }

    /// <summary>OKX's <c>unit</c>.</summary>
    public string? Unit { get; init; }

    /// <summary>OKX's <c>opType</c>.</summary>
    public string? OpType { get; init; }
}

/// <summary>Get instrument tick bands: <c>GET /api/v5/public/instrument-tick-bands</c>, 5 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/instrument-tick-bands", Response = typeof(InstrumentTickBands), Signed = false, RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetInstrumentTickBandsRequest
{
    /// <summary>OKX's <c>instType</c>. Required.</summary>
    public required string InstType { get; init; }

    /// <summary>OKX's <c>instFamily</c>.</summary>
    public string? InstFamily { get; init; }
}

/// <summary>Get premium history: <c>GET /api/v5/public/premium-history</c>, 20 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/premium-history", Response = typeof(PremiumRecord), Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetPremiumHistoryRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get economic calendar: <c>GET /api/v5/public/economic-calendar</c>, 1 requests per 5 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/economic-calendar", Response = typeof(EconomicEvent), RateLimit = 1, RateLimitWindowSeconds = 5, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetEconomicCalendarRequest
{
    /// <summary>OKX's <c>region</c>.</summary>
    public string? Region { get; init; }

    /// <summary>OKX's <c>importance</c>.</summary>
    public string? Importance { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get market data history: <c>GET /api/v5/public/market-data-history</c>, 5 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/public/data/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/public/market-data-history", Response = typeof(MarketDataHistory), Signed = false, RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetMarketDataHistoryRequest
{
    /// <summary>OKX's <c>module</c>. Required.</summary>
    public required string Module { get; init; }

    /// <summary>OKX's <c>instType</c>. Required.</summary>
    public required string InstType { get; init; }

    /// <summary>OKX's <c>instIdList</c>. Conditional: see the endpoint page.</summary>
    public string? InstIdList { get; init; }

    /// <summary>OKX's <c>instFamilyList</c>. Conditional: see the endpoint page.</summary>
    public string? InstFamilyList { get; init; }

    /// <summary>OKX's <c>dateAggrType</c>. Required.</summary>
    public required string DateAggrType { get; init; }

    /// <summary>OKX's <c>begin</c>. Required.</summary>
    public required global::System.DateTimeOffset Begin { get; init; }

    /// <summary>OKX's <c>end</c>. Required.</summary>
    public required global::System.DateTimeOffset End { get; init; }
}
