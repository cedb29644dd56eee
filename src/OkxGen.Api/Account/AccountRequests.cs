// Written by tools/okx-api/generate.py from tools/okx-api/spec: edit the spec and run the script again.

using OkxGen;

namespace OkxGen.Api.Account;

/// <summary>Get account instruments: <c>GET /api/v5/account/instruments</c>, 20 requests per 2 s by User ID + Instrument Type.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/instruments", Response = typeof(AccountInstrument), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.UserAndInstrumentType)]
public partial record GetAccountInstrumentsRequest
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

/// <summary>Get balance: <c>GET /api/v5/account/balance</c>, 10 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/balance", Response = typeof(AccountBalance), RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetBalanceRequest
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }
}

/// <summary>Get positions: <c>GET /api/v5/account/positions</c>, 10 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/positions", Response = typeof(Position), RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetPositionsRequest
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>posId</c>.</summary>
    public string? PosId { get; init; }
}

/// <summary>Get positions history: <c>GET /api/v5/account/positions-history</c>, 10 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/positions-history", Response = typeof(PositionHistory), RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetPositionsHistoryRequest
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>mgnMode</c>.</summary>
    public string? MgnMode { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>posId</c>.</summary>
    public string? PosId { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get account position risk: <c>GET /api/v5/account/account-position-risk</c>, 10 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/account-position-risk", Response = typeof(AccountPositionRisk), RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetAccountPositionRiskRequest
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }
}

/// <summary>Get bills: <c>GET /api/v5/account/bills</c>, 5 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/bills", Response = typeof(Bill), RateLimit = 5, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetBillsRequest
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>mgnMode</c>.</summary>
    public string? MgnMode { get; init; }

    /// <summary>OKX's <c>ctType</c>.</summary>
    public string? CtType { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>subType</c>.</summary>
    public string? SubType { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public string? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public string? Before { get; init; }

    /// <summary>OKX's <c>begin</c>.</summary>
    public global::System.DateTimeOffset? Begin { get; init; }

    /// <summary>OKX's <c>end</c>.</summary>
    public global::System.DateTimeOffset? End { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get bills archive: <c>GET /api/v5/account/bills-archive</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/bills-archive", Response = typeof(Bill), RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetBillsArchiveRequest
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>mgnMode</c>.</summary>
    public string? MgnMode { get; init; }

    /// <summary>OKX's <c>ctType</c>.</summary>
    public string? CtType { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>subType</c>.</summary>
    public string? SubType { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public string? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public string? Before { get; init; }

    /// <summary>OKX's <c>begin</c>.</summary>
    public global::System.DateTimeOffset? Begin { get; init; }

    /// <summary>OKX's <c>end</c>.</summary>
    public global::System.DateTimeOffset? End { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Apply bills history archive: <c>POST /api/v5/account/bills-history-archive</c>, 1 requests per 10 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/bills-history-archive", Response = typeof(BillsArchiveApplication), RateLimit = 1, RateLimitWindowSeconds = 10, RateLimitRule = OkxRateLimitRule.User)]
public partial record ApplyBillsHistoryArchiveRequest
{
    /// <summary>OKX's <c>year</c>. Required.</summary>
    public required string Year { get; init; }

    /// <summary>OKX's <c>quarter</c>. Required.</summary>
    public required string Quarter { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }
}

/// <summary>Get bills history archive: <c>GET /api/v5/account/bills-history-archive</c>, 10 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/bills-history-archive", Response = typeof(BillsArchiveFile), RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetBillsHistoryArchiveRequest
{
    /// <summary>OKX's <c>year</c>. Required.</summary>
    public required string Year { get; init; }

    /// <summary>OKX's <c>quarter</c>. Required.</summary>
    public required string Quarter { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }
}

/// <summary>Get bill types: <c>GET /api/v5/account/subtypes</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/subtypes", Response = typeof(BillType), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetBillTypesRequest
{
    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }
}

/// <summary>Get account config: <c>GET /api/v5/account/config</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/config", Response = typeof(AccountConfig), RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetAccountConfigRequest
{
}

/// <summary>Set position mode: <c>POST /api/v5/account/set-position-mode</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/set-position-mode", Response = typeof(PositionModeResult), RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record SetPositionModeRequest
{
    /// <summary>OKX's <c>posMode</c>. Required.</summary>
    public required string PosMode { get; init; }
}

/// <summary>Set leverage: <c>POST /api/v5/account/set-leverage</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/set-leverage", Response = typeof(LeverageResult), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record SetLeverageRequest
{
    /// <summary>OKX's <c>instId</c>. Conditional: see the endpoint page.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>ccy</c>. Conditional: see the endpoint page.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>lever</c>. Required.</summary>
    public required decimal Lever { get; init; }

    /// <summary>OKX's <c>mgnMode</c>. Required.</summary>
    public required global::OkxGen.Api.Trade.MarginMode MgnMode { get; init; }

    /// <summary>OKX's <c>posSide</c>. Conditional: see the endpoint page.</summary>
    public global::OkxGen.Api.Trade.PositionSide? PosSide { get; init; }
}

/// <summary>Get max order size: <c>GET /api/v5/account/max-size</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/max-size", Response = typeof(MaxOrderSize), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetMaxOrderSizeRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>tdMode</c>. Required.</summary>
    public required global::OkxGen.Api.Trade.TradeMode TdMode { get; init; }

    /// <summary>OKX's <c>ccy</c>. Conditional: see the endpoint page.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>px</c>.</summary>
    public decimal? Px { get; init; }

    /// <summary>OKX's <c>leverage</c>.</summary>
    public decimal? Leverage { get; init; }

    /// <summary>OKX's <c>tradeQuoteCcy</c>.</summary>
    public string? TradeQuoteCcy { get; init; }

    /// <summary>OKX's <c>outcome</c>.</summary>
    public string? Outcome { get; init; }
}

/// <summary>Get max available size: <c>GET /api/v5/account/max-avail-size</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/max-avail-size", Response = typeof(MaxAvailableSize), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetMaxAvailableSizeRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>ccy</c>. Conditional: see the endpoint page.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>tdMode</c>. Required.</summary>
    public required global::OkxGen.Api.Trade.TradeMode TdMode { get; init; }

    /// <summary>OKX's <c>reduceOnly</c>.</summary>
    public bool? ReduceOnly { get; init; }

    /// <summary>OKX's <c>px</c>.</summary>
    public decimal? Px { get; init; }

    /// <summary>OKX's <c>tradeQuoteCcy</c>.</summary>
    public string? TradeQuoteCcy { get; init; }
}

/// <summary>Adjust margin balance: <c>POST /api/v5/account/position/margin-balance</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/position/margin-balance", Response = typeof(MarginAdjustment), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record AdjustMarginBalanceRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>posSide</c>. Required.</summary>
    public required global::OkxGen.Api.Trade.PositionSide PosSide { get; init; }

    /// <summary>OKX's <c>type</c>. Required.</summary>
    public required string Type { get; init; }

    /// <summary>OKX's <c>amt</c>. Required.</summary>
    public required decimal Amt { get; init; }

    /// <summary>OKX's <c>ccy</c>. Conditional: see the endpoint page.</summary>
    public string? Ccy { get; init; }
}

/// <summary>Get leverage: <c>GET /api/v5/account/leverage-info</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/leverage-info", Response = typeof(LeverageInfo), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetLeverageRequest
{
    /// <summary>OKX's <c>instId</c>. Conditional: see the endpoint page.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>ccy</c>. Conditional: see the endpoint page.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>mgnMode</c>. Required.</summary>
    public required global::OkxGen.Api.Trade.MarginMode MgnMode { get; init; }
}

/// <summary>Get leverage estimate: <c>GET /api/v5/account/adjust-leverage-info</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/adjust-leverage-info", Response = typeof(LeverageEstimate), RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetLeverageEstimateRequest
{
    /// <summary>OKX's <c>instType</c>. Required.</summary>
    public required string InstType { get; init; }

    /// <summary>OKX's <c>mgnMode</c>. Required.</summary>
    public required global::OkxGen.Api.Trade.MarginMode MgnMode { get; init; }

    /// <summary>OKX's <c>lever</c>. Required.</summary>
    public required decimal Lever { get; init; }

    /// <summary>OKX's <c>instId</c>. Conditional: see the endpoint page.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>ccy</c>. Conditional: see the endpoint page.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>posSide</c>.</summary>
    public global::OkxGen.Api.Trade.PositionSide? PosSide { get; init; }
}

/// <summary>Get max loan: <c>GET /api/v5/account/max-loan</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/max-loan", Response = typeof(MaxLoanInfo), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetMaxLoanRequest
{
    /// <summary>OKX's <c>mgnMode</c>. Required.</summary>
    public required global::OkxGen.Api.Trade.MarginMode MgnMode { get; init; }

    /// <summary>OKX's <c>instId</c>. Conditional: see the endpoint page.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>ccy</c>. Conditional: see the endpoint page.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>mgnCcy</c>. Conditional: see the endpoint page.</summary>
    public string? MgnCcy { get; init; }

    /// <summary>OKX's <c>tradeQuoteCcy</c>.</summary>
    public string? TradeQuoteCcy { get; init; }
}

/// <summary>Get fee rates: <c>GET /api/v5/account/trade-fee</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/trade-fee", Response = typeof(FeeRates), RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetFeeRatesRequest
{
    /// <summary>OKX's <c>instType</c>. Required.</summary>
    public required string InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>instFamily</c>.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>groupId</c>.</summary>
    public string? GroupId { get; init; }
}

/// <summary>Get interest accrued: <c>GET /api/v5/account/interest-accrued</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/interest-accrued", Response = typeof(InterestAccrued), RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetInterestAccruedRequest
{
    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>mgnMode</c>.</summary>
    public global::OkxGen.Api.Trade.MarginMode? MgnMode { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get interest rate: <c>GET /api/v5/account/interest-rate</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/interest-rate", Response = typeof(InterestRateInfo), RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetInterestRateRequest
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }
}

/// <summary>Set fee type: <c>POST /api/v5/account/set-fee-type</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/set-fee-type", Response = typeof(FeeTypeResult), RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record SetFeeTypeRequest
{
    /// <summary>OKX's <c>feeType</c>. Required.</summary>
    public required string FeeType { get; init; }
}

/// <summary>Set greeks: <c>POST /api/v5/account/set-greeks</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/set-greeks", Response = typeof(GreeksTypeResult), RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record SetGreeksRequest
{
    /// <summary>OKX's <c>greeksType</c>. Required.</summary>
    public required string GreeksType { get; init; }
}

/// <summary>Set isolated mode: <c>POST /api/v5/account/set-isolated-mode</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/set-isolated-mode", Response = typeof(IsolatedModeResult), RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record SetIsolatedModeRequest
{
    /// <summary>OKX's <c>isoMode</c>. Required.</summary>
    public required string IsoMode { get; init; }

    /// <summary>OKX's <c>type</c>. Required.</summary>
    public required string Type { get; init; }
}

/// <summary>Get max withdrawal: <c>GET /api/v5/account/max-withdrawal</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/max-withdrawal", Response = typeof(MaxWithdrawal), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetMaxWithdrawalRequest
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }
}

/// <summary>Get risk state: <c>GET /api/v5/account/risk-state</c>, 10 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/risk-state", Response = typeof(AccountRiskState), RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetRiskStateRequest
{
}

/// <summary>Get interest limits: <c>GET /api/v5/account/interest-limits</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/interest-limits", Response = typeof(BorrowInterestLimit), RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetInterestLimitsRequest
{
    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }
}

/// <summary>Spot manual borrow repay: <c>POST /api/v5/account/spot-manual-borrow-repay</c>, 1 requests per 3 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/spot-manual-borrow-repay", Response = typeof(BorrowRepayResult), RateLimit = 1, RateLimitWindowSeconds = 3, RateLimitRule = OkxRateLimitRule.User)]
public partial record SpotManualBorrowRepayRequest
{
    /// <summary>OKX's <c>ccy</c>. Required.</summary>
    public required string Ccy { get; init; }

    /// <summary>OKX's <c>side</c>. Required.</summary>
    public required string Side { get; init; }

    /// <summary>OKX's <c>amt</c>. Required.</summary>
    public required decimal Amt { get; init; }
}

/// <summary>Set auto repay: <c>POST /api/v5/account/set-auto-repay</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/set-auto-repay", Response = typeof(AutoRepayResult), RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record SetAutoRepayRequest
{
    /// <summary>OKX's <c>autoRepay</c>. Required.</summary>
    public required bool AutoRepay { get; init; }
}

/// <summary>Get spot borrow repay history: <c>GET /api/v5/account/spot-borrow-repay-history</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/spot-borrow-repay-history", Response = typeof(BorrowRepayRecord), RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetSpotBorrowRepayHistoryRequest
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Position builder: <c>POST /api/v5/account/position-builder</c>, 2 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/position-builder", RateLimit = 2, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record PositionBuilderRequest
{
    /// <summary>OKX's <c>acctLv</c>.</summary>
    public string? AcctLv { get; init; }

    /// <summary>OKX's <c>inclRealPosAndEq</c>.</summary>
    public bool? InclRealPosAndEq { get; init; }

    /// <summary>OKX's <c>lever</c>.</summary>
    public decimal? Lever { get; init; }

    /// <summary>OKX's <c>simPos</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<SimulatedPosition>? SimPos { get; init; }

    /// <summary>OKX's <c>simAsset</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<SimulatedAsset>? SimAsset { get; init; }

    /// <summary>OKX's <c>greeksType</c>.</summary>
    public string? GreeksType { get; init; }

    /// <summary>OKX's <c>idxVol</c>.</summary>
    public decimal? IdxVol { get; init; }
}

/// <summary>Position builder graph: <c>POST /api/v5/account/position-builder-graph</c>, 1 requests per 5 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/position-builder-graph", RateLimit = 1, RateLimitWindowSeconds = 5, RateLimitRule = OkxRateLimitRule.User)]
public partial record PositionBuilderGraphRequest
{
    /// <summary>OKX's <c>inclRealPosAndEq</c>.</summary>
    public bool? InclRealPosAndEq { get; init; }

    /// <summary>OKX's <c>simPos</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<SimulatedPosition>? SimPos { get; init; }

    /// <summary>OKX's <c>simAsset</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<SimulatedAsset>? SimAsset { get; init; }

    /// <summary>OKX's <c>type</c>. Required.</summary>
    public required string Type { get; init; }

    /// <summary>OKX's <c>mmrConfig</c>. Required.</summary>
    public required MmrConfig MmrConfig { get; init; }
}

/// <summary>Set risk offset amount: <c>POST /api/v5/account/set-riskOffset-amt</c>, 10 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/set-riskOffset-amt", Response = typeof(RiskOffsetAmount), RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record SetRiskOffsetAmountRequest
{
    /// <summary>OKX's <c>ccy</c>. Required.</summary>
    public required string Ccy { get; init; }

    /// <summary>OKX's <c>clSpotInUseAmt</c>. Required.</summary>
    public required decimal ClSpotInUseAmt { get; init; }
}

/// <summary>Get greeks: <c>GET /api/v5/account/greeks</c>, 10 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/greeks", Response = typeof(Greeks), RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetGreeksRequest
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }
}

/// <summary>Get position limitation: <c>GET /api/v5/account/position-tiers</c>, 10 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/position-tiers", Response = typeof(PositionLimitation), RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetPositionLimitationRequest
{
    /// <summary>OKX's <c>instType</c>. Required.</summary>
    public required string InstType { get; init; }

    /// <summary>OKX's <c>instFamily</c>. Required.</summary>
    public required string InstFamily { get; init; }
}

/// <summary>Activate option: <c>POST /api/v5/account/activate-option</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/activate-option", Response = typeof(OptionActivation), RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record ActivateOptionRequest
{
}

/// <summary>Set auto loan: <c>POST /api/v5/account/set-auto-loan</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/set-auto-loan", Response = typeof(AutoLoanResult), RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record SetAutoLoanRequest
{
    /// <summary>OKX's <c>autoLoan</c>.</summary>
    public bool? AutoLoan { get; init; }
}

/// <summary>Preset account mode switch: <c>POST /api/v5/account/account-level-switch-preset</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/account-level-switch-preset", Response = typeof(AccountModePreset), RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record PresetAccountModeSwitchRequest
{
    /// <summary>OKX's <c>acctLv</c>. Required.</summary>
    public required string AcctLv { get; init; }

    /// <summary>OKX's <c>lever</c>.</summary>
    public decimal? Lever { get; init; }

    /// <summary>OKX's <c>riskOffsetType</c>.</summary>
    public string? RiskOffsetType { get; init; }
}

/// <summary>Precheck account mode switch: <c>GET /api/v5/account/set-account-switch-precheck</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/set-account-switch-precheck", RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record PrecheckAccountModeSwitchRequest
{
    /// <summary>OKX's <c>acctLv</c>. Required.</summary>
    public required string AcctLv { get; init; }
}

/// <summary>Set account level: <c>POST /api/v5/account/set-account-level</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/set-account-level", Response = typeof(AccountLevelResult), RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record SetAccountLevelRequest
{
    /// <summary>OKX's <c>acctLv</c>. Required.</summary>
    public required string AcctLv { get; init; }
}

/// <summary>Set collateral assets: <c>POST /api/v5/account/set-collateral-assets</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/set-collateral-assets", Response = typeof(CollateralAssetsSetting), RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record SetCollateralAssetsRequest
{
    /// <summary>OKX's <c>type</c>. Required.</summary>
    public required string Type { get; init; }

    /// <summary>OKX's <c>collateralEnabled</c>. Required.</summary>
    public required bool CollateralEnabled { get; init; }

    /// <summary>OKX's <c>ccyList</c>. Conditional: see the endpoint page.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string>? CcyList { get; init; }
}

/// <summary>Get collateral assets: <c>GET /api/v5/account/collateral-assets</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/collateral-assets", Response = typeof(CollateralAsset), RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetCollateralAssetsRequest
{
    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>collateralEnabled</c>.</summary>
    public bool? CollateralEnabled { get; init; }
}

/// <summary>Reset mmp: <c>POST /api/v5/account/mmp-reset</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/mmp-reset", Response = typeof(MmpResetResult), RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record ResetMmpRequest
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instFamily</c>. Required.</summary>
    public required string InstFamily { get; init; }
}

/// <summary>Set mmp: <c>POST /api/v5/account/mmp-config</c>, 2 requests per 10 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/mmp-config", Response = typeof(MmpConfigResult), RateLimit = 2, RateLimitWindowSeconds = 10, RateLimitRule = OkxRateLimitRule.User)]
public partial record SetMmpRequest
{
    /// <summary>OKX's <c>instFamily</c>. Required.</summary>
    public required string InstFamily { get; init; }

    /// <summary>OKX's <c>timeInterval</c>. Required.</summary>
    public required long TimeInterval { get; init; }

    /// <summary>OKX's <c>frozenInterval</c>. Required.</summary>
    public required long FrozenInterval { get; init; }

    /// <summary>OKX's <c>qtyLimit</c>. Required.</summary>
    public required decimal QtyLimit { get; init; }
}

/// <summary>Get mmp config: <c>GET /api/v5/account/mmp-config</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/mmp-config", Response = typeof(MmpConfig), RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetMmpConfigRequest
{
    /// <summary>OKX's <c>instFamily</c>.</summary>
    public string? InstFamily { get; init; }
}

/// <summary>Move positions: <c>POST /api/v5/account/move-positions</c>, 1 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/move-positions", RateLimit = 1, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record MovePositionsRequest
{
    /// <summary>OKX's <c>fromAcct</c>. Required.</summary>
    public required string FromAcct { get; init; }

    /// <summary>OKX's <c>toAcct</c>. Required.</summary>
    public required string ToAcct { get; init; }

    /// <summary>OKX's <c>legs</c>. Required.</summary>
    public required global::System.Collections.Generic.IReadOnlyList<MovePositionLeg> Legs { get; init; }

    /// <summary>OKX's <c>clientId</c>. Required.</summary>
    public required string ClientId { get; init; }
}

/// <summary>Get move positions history: <c>GET /api/v5/account/move-positions-history</c>, 2 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/move-positions-history", RateLimit = 2, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetMovePositionsHistoryRequest
{
    /// <summary>OKX's <c>blockTdId</c>.</summary>
    public string? BlockTdId { get; init; }

    /// <summary>OKX's <c>clientId</c>.</summary>
    public string? ClientId { get; init; }

    /// <summary>OKX's <c>beginTs</c>.</summary>
    public global::System.DateTimeOffset? BeginTs { get; init; }

    /// <summary>OKX's <c>endTs</c>.</summary>
    public global::System.DateTimeOffset? EndTs { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }
}

/// <summary>Set auto earn: <c>POST /api/v5/account/set-auto-earn</c>, 2 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/set-auto-earn", Response = typeof(AutoEarnResult), RateLimit = 2, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record SetAutoEarnRequest
{
    /// <summary>OKX's <c>earnType</c>.</summary>
    public string? EarnType { get; init; }

    /// <summary>OKX's <c>ccy</c>. Required.</summary>
    public required string Ccy { get; init; }

    /// <summary>OKX's <c>action</c>. Required.</summary>
    public required string Action { get; init; }

    /// <summary>OKX's <c>apr</c>.</summary>
    public string? Apr { get; init; }
}

/// <summary>Set settle currency: <c>POST /api/v5/account/set-settle-currency</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/set-settle-currency", Response = typeof(SettleCurrencyResult), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record SetSettleCurrencyRequest
{
    /// <summary>OKX's <c>settleCcy</c>. Required.</summary>
    public required string SettleCcy { get; init; }
}

/// <summary>Set trading config: <c>POST /api/v5/account/set-trading-config</c>, 1 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/set-trading-config", Response = typeof(TradingConfigResult), RateLimit = 1, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record SetTradingConfigRequest
{
    /// <summary>OKX's <c>type</c>. Required.</summary>
    public required string Type { get; init; }

    /// <summary>OKX's <c>stgyType</c>.</summary>
    public string? StgyType { get; init; }
}

/// <summary>Precheck set delta neutral: <c>GET /api/v5/account/precheck-set-delta-neutral</c>, 1 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/precheck-set-delta-neutral", Response = typeof(DeltaNeutralPrecheck), RateLimit = 1, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record PrecheckSetDeltaNeutralRequest
{
    /// <summary>OKX's <c>stgyType</c>. Required.</summary>
    public required string StgyType { get; init; }
}

/// <summary>Adjust demo balance: <c>POST /api/v5/account/demo-adjust-balance</c>, 0 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/trading/account/rest-api.md.</remarks>
[OkxEndpoint("POST", "/api/v5/account/demo-adjust-balance", Response = typeof(DemoBalanceAdjustment), RateLimit = 0, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record AdjustDemoBalanceRequest
{
    /// <summary>OKX's <c>type</c>. Required.</summary>
    public required string Type { get; init; }

    /// <summary>OKX's <c>adjustments</c>. Required.</summary>
    public required global::System.Collections.Generic.IReadOnlyList<DemoBalanceItem> Adjustments { get; init; }
}

/// <summary>Get sub account balances: <c>GET /api/v5/account/subaccount/balances</c>, 6 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/sub/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/subaccount/balances", Response = typeof(AccountBalance), RateLimit = 6, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetSubAccountBalancesRequest
{
    /// <summary>OKX's <c>subAcct</c>. Required.</summary>
    public required string SubAcct { get; init; }
}

/// <summary>Get sub account max withdrawal: <c>GET /api/v5/account/subaccount/max-withdrawal</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/sub/account/rest-api.md.</remarks>
[OkxEndpoint("GET", "/api/v5/account/subaccount/max-withdrawal", Response = typeof(MaxWithdrawal), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetSubAccountMaxWithdrawalRequest
{
    /// <summary>OKX's <c>subAcct</c>. Required.</summary>
    public required string SubAcct { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }
}

/// <summary>A nested object of a account request.</summary>
public sealed record SimulatedPosition
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>pos</c>. Required.</summary>
    public required decimal Pos { get; init; }

    /// <summary>OKX's <c>avgPx</c>. Required.</summary>
    public required decimal AvgPx { get; init; }

    /// <summary>OKX's <c>lever</c>.</summary>
    public decimal? Lever { get; init; }
}

/// <summary>A nested object of a account request.</summary>
public sealed record SimulatedAsset
{
    /// <summary>OKX's <c>ccy</c>. Required.</summary>
    public required string Ccy { get; init; }

    /// <summary>OKX's <c>amt</c>. Required.</summary>
    public required decimal Amt { get; init; }
}

/// <summary>A nested object of a account request.</summary>
public sealed record MmrConfig
{
    /// <summary>OKX's <c>acctLv</c>.</summary>
    public string? AcctLv { get; init; }

    /// <summary>OKX's <c>lever</c>.</summary>
    public decimal? Lever { get; init; }
}

/// <summary>A nested object of a account request.</summary>
public sealed record MovePositionFrom
{
    /// <summary>OKX's <c>posId</c>. Required.</summary>
    public required string PosId { get; init; }

    /// <summary>OKX's <c>sz</c>. Required.</summary>
    public required decimal Sz { get; init; }

    /// <summary>OKX's <c>side</c>. Required.</summary>
    public required global::OkxGen.Api.Trade.OrderSide Side { get; init; }
}

/// <summary>A nested object of a account request.</summary>
public sealed record MovePositionTo
{
    /// <summary>OKX's <c>tdMode</c>.</summary>
    public global::OkxGen.Api.Trade.TradeMode? TdMode { get; init; }

    /// <summary>OKX's <c>posSide</c>.</summary>
    public global::OkxGen.Api.Trade.PositionSide? PosSide { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }
}

/// <summary>A nested object of a account request.</summary>
public sealed record MovePositionLeg
{
    /// <summary>OKX's <c>from</c>. Required.</summary>
    public required MovePositionFrom From { get; init; }

    /// <summary>OKX's <c>to</c>. Required.</summary>
    public required MovePositionTo To { get; init; }
}

/// <summary>A nested object of a account request.</summary>
public sealed record DemoBalanceItem
{
    /// <summary>OKX's <c>ccy</c>. Required.</summary>
    public required string Ccy { get; init; }

    /// <summary>OKX's <c>amt</c>. Required.</summary>
    public required decimal Amt { get; init; }
}
