// Written by tools/okx-api/generate.py from tools/okx-api/spec: edit the spec and run the script again.

using OkxGen;

namespace OkxGen.Api.Rubik;

/// <summary>Get support coin: <c>GET /api/v5/rubik/stat/trading-data/support-coin</c>, 5 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/statistics/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/rubik/stat/trading-data/support-coin", Response = typeof(SupportedCoins), Signed = false, RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetSupportCoinRequest
{
}

/// <summary>Get open interest history: <c>GET /api/v5/rubik/stat/contracts/open-interest-history</c>, 10 requests per 2 s by IP + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/statistics/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/rubik/stat/contracts/open-interest-history", Signed = false, RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.IpAndInstrument)]
public partial record GetOpenInterestHistoryRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>period</c>.</summary>
    public string? Period { get; init; }

    /// <summary>OKX's <c>end</c>.</summary>
    public global::System.DateTimeOffset? End { get; init; }

    /// <summary>OKX's <c>begin</c>.</summary>
    public global::System.DateTimeOffset? Begin { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get taker volume: <c>GET /api/v5/rubik/stat/taker-volume</c>, 5 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/statistics/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/rubik/stat/taker-volume", Signed = false, RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetTakerVolumeRequest
{
    /// <summary>OKX's <c>ccy</c>. Required.</summary>
    public required string Ccy { get; init; }

    /// <summary>OKX's <c>instType</c>. Required.</summary>
    public required string InstType { get; init; }

    /// <summary>OKX's <c>begin</c>.</summary>
    public global::System.DateTimeOffset? Begin { get; init; }

    /// <summary>OKX's <c>end</c>.</summary>
    public global::System.DateTimeOffset? End { get; init; }

    /// <summary>OKX's <c>period</c>.</summary>
    public string? Period { get; init; }
}

/// <summary>Get contract taker volume: <c>GET /api/v5/rubik/stat/taker-volume-contract</c>, 5 requests per 2 s by IP + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/statistics/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/rubik/stat/taker-volume-contract", Signed = false, RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.IpAndInstrument)]
public partial record GetContractTakerVolumeRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>period</c>.</summary>
    public string? Period { get; init; }

    /// <summary>OKX's <c>unit</c>.</summary>
    public string? Unit { get; init; }

    /// <summary>OKX's <c>end</c>.</summary>
    public global::System.DateTimeOffset? End { get; init; }

    /// <summary>OKX's <c>begin</c>.</summary>
    public global::System.DateTimeOffset? Begin { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get margin loan ratio: <c>GET /api/v5/rubik/stat/margin/loan-ratio</c>, 5 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/statistics/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/rubik/stat/margin/loan-ratio", Signed = false, RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetMarginLoanRatioRequest
{
    /// <summary>OKX's <c>ccy</c>. Required.</summary>
    public required string Ccy { get; init; }

    /// <summary>OKX's <c>begin</c>.</summary>
    public global::System.DateTimeOffset? Begin { get; init; }

    /// <summary>OKX's <c>end</c>.</summary>
    public global::System.DateTimeOffset? End { get; init; }

    /// <summary>OKX's <c>period</c>.</summary>
    public string? Period { get; init; }
}

/// <summary>Get top trader long short account ratio: <c>GET /api/v5/rubik/stat/contracts/long-short-account-ratio-contract-top-trader</c>, 5 requests per 2 s by IP + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/statistics/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/rubik/stat/contracts/long-short-account-ratio-contract-top-trader", Signed = false, RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.IpAndInstrument)]
public partial record GetTopTraderLongShortAccountRatioRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>period</c>.</summary>
    public string? Period { get; init; }

    /// <summary>OKX's <c>end</c>.</summary>
    public global::System.DateTimeOffset? End { get; init; }

    /// <summary>OKX's <c>begin</c>.</summary>
    public global::System.DateTimeOffset? Begin { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get top trader long short position ratio: <c>GET /api/v5/rubik/stat/contracts/long-short-position-ratio-contract-top-trader</c>, 5 requests per 2 s by IP + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/statistics/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/rubik/stat/contracts/long-short-position-ratio-contract-top-trader", Signed = false, RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.IpAndInstrument)]
public partial record GetTopTraderLongShortPositionRatioRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>period</c>.</summary>
    public string? Period { get; init; }

    /// <summary>OKX's <c>end</c>.</summary>
    public global::System.DateTimeOffset? End { get; init; }

    /// <summary>OKX's <c>begin</c>.</summary>
    public global::System.DateTimeOffset? Begin { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get contract long short account ratio: <c>GET /api/v5/rubik/stat/contracts/long-short-account-ratio-contract</c>, 5 requests per 2 s by IP + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/statistics/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/rubik/stat/contracts/long-short-account-ratio-contract", Signed = false, RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.IpAndInstrument)]
public partial record GetContractLongShortAccountRatioRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>period</c>.</summary>
    public string? Period { get; init; }

    /// <summary>OKX's <c>end</c>.</summary>
    public global::System.DateTimeOffset? End { get; init; }

    /// <summary>OKX's <c>begin</c>.</summary>
    public global::System.DateTimeOffset? Begin { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get long short account ratio: <c>GET /api/v5/rubik/stat/contracts/long-short-account-ratio</c>, 5 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/statistics/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/rubik/stat/contracts/long-short-account-ratio", Signed = false, RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetLongShortAccountRatioRequest
{
    /// <summary>OKX's <c>ccy</c>. Required.</summary>
    public required string Ccy { get; init; }

    /// <summary>OKX's <c>begin</c>.</summary>
    public global::System.DateTimeOffset? Begin { get; init; }

    /// <summary>OKX's <c>end</c>.</summary>
    public global::System.DateTimeOffset? End { get; init; }

    /// <summary>OKX's <c>period</c>.</summary>
    public string? Period { get; init; }
}

/// <summary>Get contracts open interest volume: <c>GET /api/v5/rubik/stat/contracts/open-interest-volume</c>, 5 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/statistics/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/rubik/stat/contracts/open-interest-volume", Signed = false, RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetContractsOpenInterestVolumeRequest
{
    /// <summary>OKX's <c>ccy</c>. Required.</summary>
    public required string Ccy { get; init; }

    /// <summary>OKX's <c>begin</c>.</summary>
    public global::System.DateTimeOffset? Begin { get; init; }

    /// <summary>OKX's <c>end</c>.</summary>
    public global::System.DateTimeOffset? End { get; init; }

    /// <summary>OKX's <c>period</c>.</summary>
    public string? Period { get; init; }
}

/// <summary>Get options open interest volume: <c>GET /api/v5/rubik/stat/option/open-interest-volume</c>, 5 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/statistics/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/rubik/stat/option/open-interest-volume", Signed = false, RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetOptionsOpenInterestVolumeRequest
{
    /// <summary>OKX's <c>ccy</c>. Required.</summary>
    public required string Ccy { get; init; }

    /// <summary>OKX's <c>period</c>.</summary>
    public string? Period { get; init; }
}

/// <summary>Get put call ratio: <c>GET /api/v5/rubik/stat/option/open-interest-volume-ratio</c>, 5 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/statistics/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/rubik/stat/option/open-interest-volume-ratio", Signed = false, RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetPutCallRatioRequest
{
    /// <summary>OKX's <c>ccy</c>. Required.</summary>
    public required string Ccy { get; init; }

    /// <summary>OKX's <c>period</c>.</summary>
    public string? Period { get; init; }
}

/// <summary>Get open interest volume expiry: <c>GET /api/v5/rubik/stat/option/open-interest-volume-expiry</c>, 5 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/statistics/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/rubik/stat/option/open-interest-volume-expiry", Signed = false, RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetOpenInterestVolumeExpiryRequest
{
    /// <summary>OKX's <c>ccy</c>. Required.</summary>
    public required string Ccy { get; init; }

    /// <summary>OKX's <c>period</c>.</summary>
    public string? Period { get; init; }
}

/// <summary>Get open interest volume strike: <c>GET /api/v5/rubik/stat/option/open-interest-volume-strike</c>, 5 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/statistics/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/rubik/stat/option/open-interest-volume-strike", Signed = false, RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetOpenInterestVolumeStrikeRequest
{
    /// <summary>OKX's <c>ccy</c>. Required.</summary>
    public required string Ccy { get; init; }

    /// <summary>OKX's <c>expTime</c>. Required.</summary>
    public required string ExpTime { get; init; }

    /// <summary>OKX's <c>period</c>.</summary>
    public string? Period { get; init; }
}

/// <summary>Get taker flow: <c>GET /api/v5/rubik/stat/option/taker-block-volume</c>, 5 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/statistics/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/rubik/stat/option/taker-block-volume", Signed = false, RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetTakerFlowRequest
{
    /// <summary>OKX's <c>ccy</c>. Required.</summary>
    public required string Ccy { get; init; }

    /// <summary>OKX's <c>period</c>.</summary>
    public string? Period { get; init; }
}
