// Written by tools/okx-api/generate.py from tools/okx-api/spec: edit the spec and run the script again.

using OkxGen;

namespace OkxGen.Api.TradingBot;

/// <summary>Place grid algo order: <c>POST /api/v5/tradingBot/grid/order-algo</c>, 20 requests per 2 s by User ID + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-grid-trading.md.</remarks>
[OkxEndpoint("POST", "/api/v5/tradingBot/grid/order-algo", Response = typeof(GridAlgoAck), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.UserAndInstrument)]
public partial record PlaceGridAlgoOrderRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>algoOrdType</c>. Required.</summary>
    public required string AlgoOrdType { get; init; }

    /// <summary>OKX's <c>maxPx</c>. Required.</summary>
    public required decimal MaxPx { get; init; }

    /// <summary>OKX's <c>minPx</c>. Required.</summary>
    public required decimal MinPx { get; init; }

    /// <summary>OKX's <c>gridNum</c>. Required.</summary>
    public required int GridNum { get; init; }

    /// <summary>OKX's <c>runType</c>.</summary>
    public string? RunType { get; init; }

    /// <summary>OKX's <c>tpTriggerPx</c>.</summary>
    public decimal? TpTriggerPx { get; init; }

    /// <summary>OKX's <c>slTriggerPx</c>.</summary>
    public decimal? SlTriggerPx { get; init; }

    /// <summary>OKX's <c>algoClOrdId</c>.</summary>
    public string? AlgoClOrdId { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }

    /// <summary>OKX's <c>profitSharingRatio</c>.</summary>
    public decimal? ProfitSharingRatio { get; init; }

    /// <summary>OKX's <c>triggerParams</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<GridTriggerParam>? TriggerParams { get; init; }

    /// <summary>OKX's <c>quoteSz</c>. Conditional: see the endpoint page.</summary>
    public decimal? QuoteSz { get; init; }

    /// <summary>OKX's <c>baseSz</c>. Conditional: see the endpoint page.</summary>
    public decimal? BaseSz { get; init; }

    /// <summary>OKX's <c>tradeQuoteCcy</c>.</summary>
    public string? TradeQuoteCcy { get; init; }

    /// <summary>OKX's <c>sz</c>. Conditional: see the endpoint page.</summary>
    public decimal? Sz { get; init; }

    /// <summary>OKX's <c>direction</c>. Conditional: see the endpoint page.</summary>
    public string? Direction { get; init; }

    /// <summary>OKX's <c>lever</c>. Conditional: see the endpoint page.</summary>
    public decimal? Lever { get; init; }

    /// <summary>OKX's <c>basePos</c>.</summary>
    public bool? BasePos { get; init; }

    /// <summary>OKX's <c>tpRatio</c>.</summary>
    public decimal? TpRatio { get; init; }

    /// <summary>OKX's <c>slRatio</c>.</summary>
    public decimal? SlRatio { get; init; }
}

/// <summary>Amend grid algo order basic param: <c>POST /api/v5/tradingBot/grid/amend-algo-basic-param</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-grid-trading.md.</remarks>
[OkxEndpoint("POST", "/api/v5/tradingBot/grid/amend-algo-basic-param", Response = typeof(GridTopUpRequirement), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record AmendGridAlgoOrderBasicParamRequest
{
    /// <summary>OKX's <c>algoId</c>. Required.</summary>
    public required string AlgoId { get; init; }

    /// <summary>OKX's <c>minPx</c>. Required.</summary>
    public required decimal MinPx { get; init; }

    /// <summary>OKX's <c>maxPx</c>. Required.</summary>
    public required decimal MaxPx { get; init; }

    /// <summary>OKX's <c>gridNum</c>. Required.</summary>
    public required int GridNum { get; init; }

    /// <summary>OKX's <c>topupAmount</c>.</summary>
    public decimal? TopupAmount { get; init; }
}

/// <summary>Amend grid algo order: <c>POST /api/v5/tradingBot/grid/amend-order-algo</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-grid-trading.md.</remarks>
[OkxEndpoint("POST", "/api/v5/tradingBot/grid/amend-order-algo", Response = typeof(GridAlgoAck), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record AmendGridAlgoOrderRequest
{
    /// <summary>OKX's <c>algoId</c>. Required.</summary>
    public required string AlgoId { get; init; }

    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>slTriggerPx</c>. Conditional: see the endpoint page.</summary>
    public string? SlTriggerPx { get; init; }

    /// <summary>OKX's <c>tpTriggerPx</c>. Conditional: see the endpoint page.</summary>
    public string? TpTriggerPx { get; init; }

    /// <summary>OKX's <c>tpRatio</c>.</summary>
    public string? TpRatio { get; init; }

    /// <summary>OKX's <c>slRatio</c>.</summary>
    public string? SlRatio { get; init; }

    /// <summary>OKX's <c>topUpAmt</c>.</summary>
    public decimal? TopUpAmt { get; init; }

    /// <summary>OKX's <c>triggerParams</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<GridAmendTriggerParam>? TriggerParams { get; init; }
}

/// <summary>Stop grid algo orders: <c>POST /api/v5/tradingBot/grid/stop-order-algo</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-grid-trading.md.</remarks>
[OkxEndpoint("POST", "/api/v5/tradingBot/grid/stop-order-algo", Response = typeof(GridAlgoAck), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record StopGridAlgoOrdersRequest
{
    /// <summary>The requests, sent as the body's JSON array.</summary>
    [OkxBody]
    public required global::System.Collections.Generic.IReadOnlyList<GridStopOrder> Items { get; init; }
}

/// <summary>Close grid position: <c>POST /api/v5/tradingBot/grid/close-position</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-grid-trading.md.</remarks>
[OkxEndpoint("POST", "/api/v5/tradingBot/grid/close-position", Response = typeof(GridCloseAck), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record CloseGridPositionRequest
{
    /// <summary>OKX's <c>algoId</c>. Required.</summary>
    public required string AlgoId { get; init; }

    /// <summary>OKX's <c>mktClose</c>. Required.</summary>
    public required bool MktClose { get; init; }

    /// <summary>OKX's <c>sz</c>. Conditional: see the endpoint page.</summary>
    public decimal? Sz { get; init; }

    /// <summary>OKX's <c>px</c>. Conditional: see the endpoint page.</summary>
    public decimal? Px { get; init; }
}

/// <summary>Cancel grid close order: <c>POST /api/v5/tradingBot/grid/cancel-close-order</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-grid-trading.md.</remarks>
[OkxEndpoint("POST", "/api/v5/tradingBot/grid/cancel-close-order", Response = typeof(GridCloseAck), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record CancelGridCloseOrderRequest
{
    /// <summary>OKX's <c>algoId</c>. Required.</summary>
    public required string AlgoId { get; init; }

    /// <summary>OKX's <c>ordId</c>. Required.</summary>
    public required string OrdId { get; init; }
}

/// <summary>Trigger grid algo order: <c>POST /api/v5/tradingBot/grid/order-instant-trigger</c>, 20 requests per 2 s by User ID + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-grid-trading.md.</remarks>
[OkxEndpoint("POST", "/api/v5/tradingBot/grid/order-instant-trigger", Response = typeof(GridTriggerAck), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.UserAndInstrument)]
public partial record TriggerGridAlgoOrderRequest
{
    /// <summary>OKX's <c>algoId</c>. Required.</summary>
    public required string AlgoId { get; init; }

    /// <summary>OKX's <c>topUpAmt</c>.</summary>
    public decimal? TopUpAmt { get; init; }
}

/// <summary>Get grid algo orders: <c>GET /api/v5/tradingBot/grid/orders-algo-pending</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-grid-trading.md.</remarks>
[OkxEndpoint("GET", "/api/v5/tradingBot/grid/orders-algo-pending", Response = typeof(GridAlgoOrder), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetGridAlgoOrdersRequest
{
    /// <summary>OKX's <c>algoOrdType</c>. Required.</summary>
    public required string AlgoOrdType { get; init; }

    /// <summary>OKX's <c>algoId</c>.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public string? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public string? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get grid algo order history: <c>GET /api/v5/tradingBot/grid/orders-algo-history</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-grid-trading.md.</remarks>
[OkxEndpoint("GET", "/api/v5/tradingBot/grid/orders-algo-history", Response = typeof(GridAlgoOrder), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetGridAlgoOrderHistoryRequest
{
    /// <summary>OKX's <c>algoOrdType</c>. Required.</summary>
    public required string AlgoOrdType { get; init; }

    /// <summary>OKX's <c>algoId</c>.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public string? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public string? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get grid algo order details: <c>GET /api/v5/tradingBot/grid/orders-algo-details</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-grid-trading.md.</remarks>
[OkxEndpoint("GET", "/api/v5/tradingBot/grid/orders-algo-details", Response = typeof(GridAlgoOrderDetails), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetGridAlgoOrderDetailsRequest
{
    /// <summary>OKX's <c>algoOrdType</c>. Required.</summary>
    public required string AlgoOrdType { get; init; }

    /// <summary>OKX's <c>algoId</c>. Required.</summary>
    public required string AlgoId { get; init; }
}

/// <summary>Get grid sub orders: <c>GET /api/v5/tradingBot/grid/sub-orders</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-grid-trading.md.</remarks>
[OkxEndpoint("GET", "/api/v5/tradingBot/grid/sub-orders", Response = typeof(GridSubOrder), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetGridSubOrdersRequest
{
    /// <summary>OKX's <c>algoOrdType</c>. Required.</summary>
    public required string AlgoOrdType { get; init; }

    /// <summary>OKX's <c>algoId</c>. Required.</summary>
    public required string AlgoId { get; init; }

    /// <summary>OKX's <c>type</c>. Required.</summary>
    public required string Type { get; init; }

    /// <summary>OKX's <c>groupId</c>.</summary>
    public string? GroupId { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public string? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public string? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get grid positions: <c>GET /api/v5/tradingBot/grid/positions</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-grid-trading.md.</remarks>
[OkxEndpoint("GET", "/api/v5/tradingBot/grid/positions", Response = typeof(GridPosition), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetGridPositionsRequest
{
    /// <summary>OKX's <c>algoOrdType</c>. Required.</summary>
    public required string AlgoOrdType { get; init; }

    /// <summary>OKX's <c>algoId</c>. Required.</summary>
    public required string AlgoId { get; init; }
}

/// <summary>Withdraw grid income: <c>POST /api/v5/tradingBot/grid/withdraw-income</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-grid-trading.md.</remarks>
[OkxEndpoint("POST", "/api/v5/tradingBot/grid/withdraw-income", Response = typeof(GridIncomeWithdrawal), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record WithdrawGridIncomeRequest
{
    /// <summary>OKX's <c>algoId</c>. Required.</summary>
    public required string AlgoId { get; init; }
}

/// <summary>Compute grid margin balance: <c>POST /api/v5/tradingBot/grid/compute-margin-balance</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-grid-trading.md.</remarks>
[OkxEndpoint("POST", "/api/v5/tradingBot/grid/compute-margin-balance", Response = typeof(GridMarginBalanceEstimate), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record ComputeGridMarginBalanceRequest
{
    /// <summary>OKX's <c>algoId</c>. Required.</summary>
    public required string AlgoId { get; init; }

    /// <summary>OKX's <c>type</c>. Required.</summary>
    public required string Type { get; init; }

    /// <summary>OKX's <c>amt</c>.</summary>
    public decimal? Amt { get; init; }
}

/// <summary>Adjust grid margin balance: <c>POST /api/v5/tradingBot/grid/margin-balance</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-grid-trading.md.</remarks>
[OkxEndpoint("POST", "/api/v5/tradingBot/grid/margin-balance", Response = typeof(GridMarginBalanceAck), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record AdjustGridMarginBalanceRequest
{
    /// <summary>OKX's <c>algoId</c>. Required.</summary>
    public required string AlgoId { get; init; }

    /// <summary>OKX's <c>type</c>. Required.</summary>
    public required string Type { get; init; }

    /// <summary>OKX's <c>amt</c>. Conditional: see the endpoint page.</summary>
    public decimal? Amt { get; init; }

    /// <summary>OKX's <c>percent</c>. Conditional: see the endpoint page.</summary>
    public decimal? Percent { get; init; }
}

/// <summary>Add grid investment: <c>POST /api/v5/tradingBot/grid/adjust-investment</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-grid-trading.md.</remarks>
[OkxEndpoint("POST", "/api/v5/tradingBot/grid/adjust-investment", Response = typeof(GridInvestmentAck), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record AddGridInvestmentRequest
{
    /// <summary>OKX's <c>algoId</c>. Required.</summary>
    public required string AlgoId { get; init; }

    /// <summary>OKX's <c>amt</c>. Required.</summary>
    public required decimal Amt { get; init; }

    /// <summary>OKX's <c>allowReinvestProfit</c>.</summary>
    public string? AllowReinvestProfit { get; init; }
}

/// <summary>Get grid ai parameter: <c>GET /api/v5/tradingBot/grid/ai-param</c>, 20 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-grid-trading.md.</remarks>
[OkxEndpoint("GET", "/api/v5/tradingBot/grid/ai-param", Response = typeof(GridAiParameter), Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetGridAiParameterRequest
{
    /// <summary>OKX's <c>algoOrdType</c>. Required.</summary>
    public required string AlgoOrdType { get; init; }

    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>direction</c>. Conditional: see the endpoint page.</summary>
    public string? Direction { get; init; }

    /// <summary>OKX's <c>duration</c>.</summary>
    public string? Duration { get; init; }
}

/// <summary>Compute grid min investment: <c>POST /api/v5/tradingBot/grid/min-investment</c>, 20 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-grid-trading.md.</remarks>
[OkxEndpoint("POST", "/api/v5/tradingBot/grid/min-investment", Response = typeof(GridMinInvestment), Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record ComputeGridMinInvestmentRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>algoOrdType</c>. Required.</summary>
    public required string AlgoOrdType { get; init; }

    /// <summary>OKX's <c>maxPx</c>. Required.</summary>
    public required decimal MaxPx { get; init; }

    /// <summary>OKX's <c>minPx</c>. Required.</summary>
    public required decimal MinPx { get; init; }

    /// <summary>OKX's <c>gridNum</c>. Required.</summary>
    public required int GridNum { get; init; }

    /// <summary>OKX's <c>runType</c>. Required.</summary>
    public required string RunType { get; init; }

    /// <summary>OKX's <c>direction</c>. Conditional: see the endpoint page.</summary>
    public string? Direction { get; init; }

    /// <summary>OKX's <c>lever</c>. Conditional: see the endpoint page.</summary>
    public decimal? Lever { get; init; }

    /// <summary>OKX's <c>basePos</c>.</summary>
    public bool? BasePos { get; init; }

    /// <summary>OKX's <c>investmentType</c>.</summary>
    public string? InvestmentType { get; init; }

    /// <summary>OKX's <c>triggerStrategy</c>.</summary>
    public string? TriggerStrategy { get; init; }

    /// <summary>OKX's <c>topUpAmt</c>.</summary>
    public decimal? TopUpAmt { get; init; }

    /// <summary>OKX's <c>investmentData</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<GridInvestmentData>? InvestmentData { get; init; }
}

/// <summary>Get rsi back testing: <c>GET /api/v5/tradingBot/public/rsi-back-testing</c>, 20 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-grid-trading.md.</remarks>
[OkxEndpoint("GET", "/api/v5/tradingBot/public/rsi-back-testing", Response = typeof(RsiBackTest), Signed = false, RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetRsiBackTestingRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>timeframe</c>. Required.</summary>
    public required string Timeframe { get; init; }

    /// <summary>OKX's <c>thold</c>. Required.</summary>
    public required string Thold { get; init; }

    /// <summary>OKX's <c>timePeriod</c>. Required.</summary>
    public required string TimePeriod { get; init; }

    /// <summary>OKX's <c>triggerCond</c>.</summary>
    public string? TriggerCond { get; init; }

    /// <summary>OKX's <c>duration</c>.</summary>
    public string? Duration { get; init; }
}

/// <summary>Get max grid quantity: <c>GET /api/v5/tradingBot/grid/grid-quantity</c>, 5 requests per 2 s by IP.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-grid-trading.md.</remarks>
[OkxEndpoint("GET", "/api/v5/tradingBot/grid/grid-quantity", Response = typeof(GridQuantityLimit), Signed = false, RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.Ip)]
public partial record GetMaxGridQuantityRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>runType</c>. Required.</summary>
    public required string RunType { get; init; }

    /// <summary>OKX's <c>algoOrdType</c>. Required.</summary>
    public required string AlgoOrdType { get; init; }

    /// <summary>OKX's <c>maxPx</c>. Required.</summary>
    public required decimal MaxPx { get; init; }

    /// <summary>OKX's <c>minPx</c>. Required.</summary>
    public required decimal MinPx { get; init; }

    /// <summary>OKX's <c>lever</c>. Conditional: see the endpoint page.</summary>
    public decimal? Lever { get; init; }
}

/// <summary>Copy grid algo order: <c>POST /api/v5/tradingBot/grid/copy-order-algo</c>, 20 requests per 2 s by User ID + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-grid-trading.md.</remarks>
[OkxEndpoint("POST", "/api/v5/tradingBot/grid/copy-order-algo", Response = typeof(GridAlgoAck), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.UserAndInstrument)]
public partial record CopyGridAlgoOrderRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>algoOrdType</c>. Required.</summary>
    public required string AlgoOrdType { get; init; }

    /// <summary>OKX's <c>sourceAlgoId</c>. Required.</summary>
    public required string SourceAlgoId { get; init; }

    /// <summary>OKX's <c>quoteSz</c>.</summary>
    public decimal? QuoteSz { get; init; }

    /// <summary>OKX's <c>lever</c>.</summary>
    public decimal? Lever { get; init; }

    /// <summary>OKX's <c>autoReserve</c>.</summary>
    public bool? AutoReserve { get; init; }

    /// <summary>OKX's <c>sz</c>.</summary>
    public decimal? Sz { get; init; }

    /// <summary>OKX's <c>actualMarginSz</c>.</summary>
    public decimal? ActualMarginSz { get; init; }

    /// <summary>OKX's <c>extraMarginSz</c>.</summary>
    public decimal? ExtraMarginSz { get; init; }

    /// <summary>OKX's <c>algoClOrdId</c>.</summary>
    public string? AlgoClOrdId { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }
}

/// <summary>A nested object of a tradingbot request.</summary>
public sealed record GridTriggerParam
{
    /// <summary>OKX's <c>triggerAction</c>. Required.</summary>
    public required string TriggerAction { get; init; }

    /// <summary>OKX's <c>triggerStrategy</c>. Required.</summary>
    public required string TriggerStrategy { get; init; }

    /// <summary>OKX's <c>delaySeconds</c>.</summary>
    public string? DelaySeconds { get; init; }

    /// <summary>OKX's <c>timeframe</c>.</summary>
    public string? Timeframe { get; init; }

    /// <summary>OKX's <c>thold</c>.</summary>
    public string? Thold { get; init; }

    /// <summary>OKX's <c>timePeriod</c>.</summary>
    public string? TimePeriod { get; init; }

    /// <summary>OKX's <c>triggerCond</c>.</summary>
    public string? TriggerCond { get; init; }

    /// <summary>OKX's <c>triggerPx</c>.</summary>
    public decimal? TriggerPx { get; init; }

    /// <summary>OKX's <c>stopType</c>.</summary>
    public string? StopType { get; init; }
}

/// <summary>A nested object of a tradingbot request.</summary>
public sealed record GridAmendTriggerParam
{
    /// <summary>OKX's <c>triggerAction</c>. Required.</summary>
    public required string TriggerAction { get; init; }

    /// <summary>OKX's <c>triggerStrategy</c>. Required.</summary>
    public required string TriggerStrategy { get; init; }

    /// <summary>OKX's <c>triggerPx</c>.</summary>
    public decimal? TriggerPx { get; init; }

    /// <summary>OKX's <c>stopType</c>.</summary>
    public string? StopType { get; init; }
}

/// <summary>A nested object of a tradingbot request.</summary>
public sealed record GridStopOrder
{
    /// <summary>OKX's <c>algoId</c>. Required.</summary>
    public required string AlgoId { get; init; }

    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>algoOrdType</c>. Required.</summary>
    public required string AlgoOrdType { get; init; }

    /// <summary>OKX's <c>stopType</c>. Required.</summary>
    public required string StopType { get; init; }
}

/// <summary>A nested object of a tradingbot request.</summary>
public sealed record GridInvestmentData
{
    /// <summary>OKX's <c>amt</c>. Required.</summary>
    public required decimal Amt { get; init; }

    /// <summary>OKX's <c>ccy</c>. Required.</summary>
    public required string Ccy { get; init; }
}
