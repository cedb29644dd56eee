// Written by tools/okx-api/generate.py from tools/okx-api/spec: edit the spec and run the script again.

using OkxGen;

namespace OkxGen.Api.Trade;

/// <summary>Place order: <c>POST /api/v5/trade/order</c>, 60 requests per 2 s by User ID + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("POST", "/api/v5/trade/order", Response = typeof(OrderAck), AcceptsExpTime = true, WebSocketOp = "order", RateLimit = 60, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.UserAndInstrument)]
public partial record PlaceOrderRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>tdMode</c>. Required.</summary>
    public required TradeMode TdMode { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>clOrdId</c>.</summary>
    public string? ClOrdId { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }

    /// <summary>OKX's <c>side</c>. Required.</summary>
    public required OrderSide Side { get; init; }

    /// <summary>OKX's <c>posSide</c>. Conditional: see the endpoint page.</summary>
    public PositionSide? PosSide { get; init; }

    /// <summary>OKX's <c>ordType</c>. Required.</summary>
    public required string OrdType { get; init; }

    /// <summary>OKX's <c>sz</c>. Required.</summary>
    public required decimal Sz { get; init; }

    /// <summary>OKX's <c>px</c>. Conditional: see the endpoint page.</summary>
    public decimal? Px { get; init; }

    /// <summary>OKX's <c>speedBump</c>. Conditional: see the endpoint page.</summary>
    public string? SpeedBump { get; init; }

    /// <summary>OKX's <c>outcome</c>. Conditional: see the endpoint page.</summary>
    public string? Outcome { get; init; }

    /// <summary>OKX's <c>pxUsd</c>. Conditional: see the endpoint page.</summary>
    public decimal? PxUsd { get; init; }

    /// <summary>OKX's <c>pxVol</c>. Conditional: see the endpoint page.</summary>
    public decimal? PxVol { get; init; }

    /// <summary>OKX's <c>reduceOnly</c>.</summary>
    public bool? ReduceOnly { get; init; }

    /// <summary>OKX's <c>tgtCcy</c>.</summary>
    public string? TgtCcy { get; init; }

    /// <summary>OKX's <c>banAmend</c>.</summary>
    public bool? BanAmend { get; init; }

    /// <summary>OKX's <c>pxAmendType</c>.</summary>
    public string? PxAmendType { get; init; }

    /// <summary>OKX's <c>tradeQuoteCcy</c>.</summary>
    public string? TradeQuoteCcy { get; init; }

    /// <summary>OKX's <c>slippagePct</c>.</summary>
    public decimal? SlippagePct { get; init; }

    /// <summary>OKX's <c>stpMode</c>.</summary>
    public string? StpMode { get; init; }

    /// <summary>OKX's <c>isElpTakerAccess</c>.</summary>
    public bool? IsElpTakerAccess { get; init; }

    /// <summary>OKX's <c>attachAlgoOrds</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<AttachAlgoOrder>? AttachAlgoOrds { get; init; }
}

/// <summary>Place batch orders: <c>POST /api/v5/trade/batch-orders</c>, 300 requests per 2 s by User ID + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("POST", "/api/v5/trade/batch-orders", Response = typeof(OrderAck), AcceptsExpTime = true, WebSocketOp = "batch-orders", RateLimit = 300, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.UserAndInstrument)]
public partial record PlaceBatchOrdersRequest
{
    /// <summary>The requests, sent as the body's JSON array.</summary>
    [OkxBody]
    public required global::System.Collections.Generic.IReadOnlyList<PlaceOrderRequest> Items { get; init; }
}

/// <summary>Cancel order: <c>POST /api/v5/trade/cancel-order</c>, 60 requests per 2 s by User ID + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("POST", "/api/v5/trade/cancel-order", Response = typeof(OrderAck), WebSocketOp = "cancel-order", RateLimit = 60, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.UserAndInstrument)]
public partial record CancelOrderRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>ordId</c>. Conditional: see the endpoint page.</summary>
    public string? OrdId { get; init; }

    /// <summary>OKX's <c>clOrdId</c>. Conditional: see the endpoint page.</summary>
    public string? ClOrdId { get; init; }
}

/// <summary>Cancel batch orders: <c>POST /api/v5/trade/cancel-batch-orders</c>, 300 requests per 2 s by User ID + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("POST", "/api/v5/trade/cancel-batch-orders", Response = typeof(OrderAck), WebSocketOp = "batch-cancel-orders", RateLimit = 300, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.UserAndInstrument)]
public partial record CancelBatchOrdersRequest
{
    /// <summary>The requests, sent as the body's JSON array.</summary>
    [OkxBody]
    public required global::System.Collections.Generic.IReadOnlyList<CancelOrderRequest> Items { get; init; }
}

/// <summary>Amend order: <c>POST /api/v5/trade/amend-order</c>, 60 requests per 2 s by User ID + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("POST", "/api/v5/trade/amend-order", Response = typeof(AmendAck), AcceptsExpTime = true, WebSocketOp = "amend-order", RateLimit = 60, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.UserAndInstrument)]
public partial record AmendOrderRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>cxlOnFail</c>.</summary>
    public bool? CxlOnFail { get; init; }

    /// <summary>OKX's <c>ordId</c>. Conditional: see the endpoint page.</summary>
    public string? OrdId { get; init; }

    /// <summary>OKX's <c>clOrdId</c>. Conditional: see the endpoint page.</summary>
    public string? ClOrdId { get; init; }

    /// <summary>OKX's <c>reqId</c>.</summary>
    public string? ReqId { get; init; }

    /// <summary>OKX's <c>newSz</c>. Conditional: see the endpoint page.</summary>
    public decimal? NewSz { get; init; }

    /// <summary>OKX's <c>newPx</c>. Conditional: see the endpoint page.</summary>
    public decimal? NewPx { get; init; }

    /// <summary>OKX's <c>speedBump</c>. Conditional: see the endpoint page.</summary>
    public string? SpeedBump { get; init; }

    /// <summary>OKX's <c>newPxUsd</c>. Conditional: see the endpoint page.</summary>
    public decimal? NewPxUsd { get; init; }

    /// <summary>OKX's <c>newPxVol</c>. Conditional: see the endpoint page.</summary>
    public decimal? NewPxVol { get; init; }

    /// <summary>OKX's <c>pxAmendType</c>.</summary>
    public string? PxAmendType { get; init; }

    /// <summary>OKX's <c>attachAlgoOrds</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<AmendAttachAlgoOrder>? AttachAlgoOrds { get; init; }
}

/// <summary>Amend batch orders: <c>POST /api/v5/trade/amend-batch-orders</c>, 300 requests per 2 s by User ID + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("POST", "/api/v5/trade/amend-batch-orders", Response = typeof(AmendAck), AcceptsExpTime = true, WebSocketOp = "batch-amend-orders", RateLimit = 300, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.UserAndInstrument)]
public partial record AmendBatchOrdersRequest
{
    /// <summary>The requests, sent as the body's JSON array.</summary>
    [OkxBody]
    public required global::System.Collections.Generic.IReadOnlyList<AmendOrderRequest> Items { get; init; }
}

/// <summary>Close position: <c>POST /api/v5/trade/close-position</c>, 20 requests per 2 s by User ID + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("POST", "/api/v5/trade/close-position", Response = typeof(ClosePositionAck), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.UserAndInstrument)]
public partial record ClosePositionRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>posSide</c>. Conditional: see the endpoint page.</summary>
    public PositionSide? PosSide { get; init; }

    /// <summary>OKX's <c>mgnMode</c>. Required.</summary>
    public required MarginMode MgnMode { get; init; }

    /// <summary>OKX's <c>ccy</c>. Conditional: see the endpoint page.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>autoCxl</c>.</summary>
    public bool? AutoCxl { get; init; }

    /// <summary>OKX's <c>clOrdId</c>.</summary>
    public string? ClOrdId { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }
}

/// <summary>Get order: <c>GET /api/v5/trade/order</c>, 60 requests per 2 s by User ID + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("GET", "/api/v5/trade/order", Response = typeof(Order), RateLimit = 60, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.UserAndInstrument)]
public partial record GetOrderRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>ordId</c>. Conditional: see the endpoint page.</summary>
    public string? OrdId { get; init; }

    /// <summary>OKX's <c>clOrdId</c>. Conditional: see the endpoint page.</summary>
    public string? ClOrdId { get; init; }
}

/// <summary>Get pending orders: <c>GET /api/v5/trade/orders-pending</c>, 60 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("GET", "/api/v5/trade/orders-pending", Response = typeof(Order), RateLimit = 60, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetPendingOrdersRequest
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instFamily</c>.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>ordType</c>.</summary>
    public string? OrdType { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public string? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public string? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get order history: <c>GET /api/v5/trade/orders-history</c>, 40 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("GET", "/api/v5/trade/orders-history", Response = typeof(Order), RateLimit = 40, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetOrderHistoryRequest
{
    /// <summary>OKX's <c>instType</c>. Required.</summary>
    public required string InstType { get; init; }

    /// <summary>OKX's <c>instFamily</c>.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>ordType</c>.</summary>
    public string? OrdType { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>category</c>.</summary>
    public string? Category { get; init; }

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

/// <summary>Get order history archive: <c>GET /api/v5/trade/orders-history-archive</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("GET", "/api/v5/trade/orders-history-archive", Response = typeof(Order), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetOrderHistoryArchiveRequest
{
    /// <summary>OKX's <c>instType</c>. Required.</summary>
    public required string InstType { get; init; }

    /// <summary>OKX's <c>instFamily</c>.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>ordType</c>.</summary>
    public string? OrdType { get; init; }

    /// <summary>OKX's <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>category</c>.</summary>
    public string? Category { get; init; }

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

/// <summary>Get fills: <c>GET /api/v5/trade/fills</c>, 60 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("GET", "/api/v5/trade/fills", Response = typeof(Fill), RateLimit = 60, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetFillsRequest
{
    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instFamily</c>.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>ordId</c>.</summary>
    public string? OrdId { get; init; }

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

/// <summary>Get fills history: <c>GET /api/v5/trade/fills-history</c>, 10 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("GET", "/api/v5/trade/fills-history", Response = typeof(Fill), RateLimit = 10, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetFillsHistoryRequest
{
    /// <summary>OKX's <c>instType</c>. Required.</summary>
    public required string InstType { get; init; }

    /// <summary>OKX's <c>instFamily</c>.</summary>
    public string? InstFamily { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>ordId</c>.</summary>
    public string? OrdId { get; init; }

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

/// <summary>Get easy convert currency list: <c>GET /api/v5/trade/easy-convert-currency-list</c>, 1 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("GET", "/api/v5/trade/easy-convert-currency-list", Response = typeof(EasyConvertCurrencies), RateLimit = 1, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetEasyConvertCurrencyListRequest
{
    /// <summary>OKX's <c>source</c>.</summary>
    public string? Source { get; init; }
}

/// <summary>Easy convert: <c>POST /api/v5/trade/easy-convert</c>, 1 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("POST", "/api/v5/trade/easy-convert", Response = typeof(EasyConvertResult), RateLimit = 1, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record EasyConvertRequest
{
    /// <summary>OKX's <c>fromCcy</c>. Required.</summary>
    public required global::System.Collections.Generic.IReadOnlyList<string> FromCcy { get; init; }

    /// <summary>OKX's <c>toCcy</c>. Required.</summary>
    public required string ToCcy { get; init; }

    /// <summary>OKX's <c>source</c>.</summary>
    public string? Source { get; init; }
}

/// <summary>Get easy convert history: <c>GET /api/v5/trade/easy-convert-history</c>, 1 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("GET", "/api/v5/trade/easy-convert-history", Response = typeof(EasyConvertRecord), RateLimit = 1, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetEasyConvertHistoryRequest
{
    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get one click repay currency list: <c>GET /api/v5/trade/one-click-repay-currency-list</c>, 1 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("GET", "/api/v5/trade/one-click-repay-currency-list", Response = typeof(OneClickRepayCurrencies), RateLimit = 1, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetOneClickRepayCurrencyListRequest
{
    /// <summary>OKX's <c>debtType</c>.</summary>
    public string? DebtType { get; init; }
}

/// <summary>One click repay: <c>POST /api/v5/trade/one-click-repay</c>, 1 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("POST", "/api/v5/trade/one-click-repay", Response = typeof(OneClickRepayResult), RateLimit = 1, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record OneClickRepayRequest
{
    /// <summary>OKX's <c>debtCcy</c>. Required.</summary>
    public required global::System.Collections.Generic.IReadOnlyList<string> DebtCcy { get; init; }

    /// <summary>OKX's <c>repayCcy</c>. Required.</summary>
    public required string RepayCcy { get; init; }
}

/// <summary>Get one click repay history: <c>GET /api/v5/trade/one-click-repay-history</c>, 1 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("GET", "/api/v5/trade/one-click-repay-history", Response = typeof(OneClickRepayResult), RateLimit = 1, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetOneClickRepayHistoryRequest
{
    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get one click repay currency list v2: <c>GET /api/v5/trade/one-click-repay-currency-list-v2</c>, 1 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("GET", "/api/v5/trade/one-click-repay-currency-list-v2", Response = typeof(OneClickRepayCurrencies), RateLimit = 1, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetOneClickRepayCurrencyListV2Request
{
}

/// <summary>One click repay v2: <c>POST /api/v5/trade/one-click-repay-v2</c>, 1 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("POST", "/api/v5/trade/one-click-repay-v2", Response = typeof(OneClickRepayV2Ack), RateLimit = 1, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record OneClickRepayV2Request
{
    /// <summary>OKX's <c>debtCcy</c>. Required.</summary>
    public required string DebtCcy { get; init; }

    /// <summary>OKX's <c>repayCcyList</c>. Required.</summary>
    public required global::System.Collections.Generic.IReadOnlyList<string> RepayCcyList { get; init; }
}

/// <summary>Get one click repay history v2: <c>GET /api/v5/trade/one-click-repay-history-v2</c>, 1 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("GET", "/api/v5/trade/one-click-repay-history-v2", Response = typeof(OneClickRepayV2Record), RateLimit = 1, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetOneClickRepayHistoryV2Request
{
    /// <summary>OKX's <c>after</c>.</summary>
    public global::System.DateTimeOffset? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public global::System.DateTimeOffset? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Mass cancel: <c>POST /api/v5/trade/mass-cancel</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("POST", "/api/v5/trade/mass-cancel", Response = typeof(MassCancelResult), WebSocketOp = "mass-cancel", RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record MassCancelRequest
{
    /// <summary>OKX's <c>instType</c>. Required.</summary>
    public required string InstType { get; init; }

    /// <summary>OKX's <c>instFamily</c>. Required.</summary>
    public required string InstFamily { get; init; }

    /// <summary>OKX's <c>lockInterval</c>.</summary>
    public int? LockInterval { get; init; }
}

/// <summary>Cancel all after: <c>POST /api/v5/trade/cancel-all-after</c>, 1 requests per 1 s by User ID + tag.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("POST", "/api/v5/trade/cancel-all-after", Response = typeof(CancelAllAfterResult), RateLimit = 1, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.UserAndTag)]
public partial record CancelAllAfterRequest
{
    /// <summary>OKX's <c>timeOut</c>. Required.</summary>
    public required int TimeOut { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }
}

/// <summary>Get account rate limit: <c>GET /api/v5/trade/account-rate-limit</c>, 1 requests per 1 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("GET", "/api/v5/trade/account-rate-limit", Response = typeof(AccountRateLimit), RateLimit = 1, RateLimitWindowSeconds = 1, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetAccountRateLimitRequest
{
}

/// <summary>Order precheck: <c>POST /api/v5/trade/order-precheck</c>, 5 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-trade.md.</remarks>
[OkxEndpoint("POST", "/api/v5/trade/order-precheck", Response = typeof(OrderPrecheck), RateLimit = 5, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record OrderPrecheckRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>tdMode</c>. Required.</summary>
    public required TradeMode TdMode { get; init; }

    /// <summary>OKX's <c>side</c>. Required.</summary>
    public required OrderSide Side { get; init; }

    /// <summary>OKX's <c>posSide</c>. Conditional: see the endpoint page.</summary>
    public PositionSide? PosSide { get; init; }

    /// <summary>OKX's <c>ordType</c>. Required.</summary>
    public required string OrdType { get; init; }

    /// <summary>OKX's <c>sz</c>. Required.</summary>
    public required decimal Sz { get; init; }

    /// <summary>OKX's <c>px</c>. Conditional: see the endpoint page.</summary>
    public decimal? Px { get; init; }

    /// <summary>OKX's <c>outcome</c>. Conditional: see the endpoint page.</summary>
    public string? Outcome { get; init; }

    /// <summary>OKX's <c>reduceOnly</c>.</summary>
    public bool? ReduceOnly { get; init; }

    /// <summary>OKX's <c>tgtCcy</c>.</summary>
    public string? TgtCcy { get; init; }

    /// <summary>OKX's <c>attachAlgoOrds</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<PrecheckAttachAlgoOrder>? AttachAlgoOrds { get; init; }
}

/// <summary>Place algo order: <c>POST /api/v5/trade/order-algo</c>, 20 requests per 2 s by User ID + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-algo-trading.md.</remarks>
[OkxEndpoint("POST", "/api/v5/trade/order-algo", Response = typeof(AlgoOrderAck), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.UserAndInstrument)]
public partial record PlaceAlgoOrderRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>tdMode</c>. Required.</summary>
    public required TradeMode TdMode { get; init; }

    /// <summary>OKX's <c>ccy</c>.</summary>
    public string? Ccy { get; init; }

    /// <summary>OKX's <c>side</c>. Required.</summary>
    public required OrderSide Side { get; init; }

    /// <summary>OKX's <c>posSide</c>. Conditional: see the endpoint page.</summary>
    public PositionSide? PosSide { get; init; }

    /// <summary>OKX's <c>ordType</c>. Required.</summary>
    public required string OrdType { get; init; }

    /// <summary>OKX's <c>sz</c>. Conditional: see the endpoint page.</summary>
    public decimal? Sz { get; init; }

    /// <summary>OKX's <c>tag</c>.</summary>
    public string? Tag { get; init; }

    /// <summary>OKX's <c>tgtCcy</c>.</summary>
    public string? TgtCcy { get; init; }

    /// <summary>OKX's <c>algoClOrdId</c>.</summary>
    public string? AlgoClOrdId { get; init; }

    /// <summary>OKX's <c>closeFraction</c>. Conditional: see the endpoint page.</summary>
    public decimal? CloseFraction { get; init; }

    /// <summary>OKX's <c>tradeQuoteCcy</c>.</summary>
    public string? TradeQuoteCcy { get; init; }

    /// <summary>OKX's <c>tpTriggerPx</c>.</summary>
    public decimal? TpTriggerPx { get; init; }

    /// <summary>OKX's <c>tpTriggerPxType</c>.</summary>
    public string? TpTriggerPxType { get; init; }

    /// <summary>OKX's <c>tpOrdPx</c>.</summary>
    public decimal? TpOrdPx { get; init; }

    /// <summary>OKX's <c>tpOrdKind</c>.</summary>
    public string? TpOrdKind { get; init; }

    /// <summary>OKX's <c>slTriggerPx</c>.</summary>
    public decimal? SlTriggerPx { get; init; }

    /// <summary>OKX's <c>slTriggerPxType</c>.</summary>
    public string? SlTriggerPxType { get; init; }

    /// <summary>OKX's <c>slOrdPx</c>.</summary>
    public decimal? SlOrdPx { get; init; }

    /// <summary>OKX's <c>cxlOnClosePos</c>.</summary>
    public bool? CxlOnClosePos { get; init; }

    /// <summary>OKX's <c>reduceOnly</c>.</summary>
    public bool? ReduceOnly { get; init; }

    /// <summary>OKX's <c>chaseType</c>.</summary>
    public string? ChaseType { get; init; }

    /// <summary>OKX's <c>chaseVal</c>.</summary>
    public decimal? ChaseVal { get; init; }

    /// <summary>OKX's <c>maxChaseType</c>. Conditional: see the endpoint page.</summary>
    public string? MaxChaseType { get; init; }

    /// <summary>OKX's <c>maxChaseVal</c>. Conditional: see the endpoint page.</summary>
    public decimal? MaxChaseVal { get; init; }

    /// <summary>OKX's <c>triggerPx</c>. Conditional: see the endpoint page.</summary>
    public decimal? TriggerPx { get; init; }

    /// <summary>OKX's <c>orderPx</c>. Conditional: see the endpoint page.</summary>
    public decimal? OrderPx { get; init; }

    /// <summary>OKX's <c>advanceOrdType</c>.</summary>
    public string? AdvanceOrdType { get; init; }

    /// <summary>OKX's <c>triggerPxType</c>.</summary>
    public string? TriggerPxType { get; init; }

    /// <summary>OKX's <c>attachAlgoOrds</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<AlgoAttachAlgoOrder>? AttachAlgoOrds { get; init; }

    /// <summary>OKX's <c>callbackRatio</c>. Conditional: see the endpoint page.</summary>
    public decimal? CallbackRatio { get; init; }

    /// <summary>OKX's <c>callbackSpread</c>. Conditional: see the endpoint page.</summary>
    public decimal? CallbackSpread { get; init; }

    /// <summary>OKX's <c>activePx</c>.</summary>
    public decimal? ActivePx { get; init; }

    /// <summary>OKX's <c>pxVar</c>. Conditional: see the endpoint page.</summary>
    public decimal? PxVar { get; init; }

    /// <summary>OKX's <c>pxSpread</c>. Conditional: see the endpoint page.</summary>
    public decimal? PxSpread { get; init; }

    /// <summary>OKX's <c>szLimit</c>. Conditional: see the endpoint page.</summary>
    public decimal? SzLimit { get; init; }

    /// <summary>OKX's <c>pxLimit</c>. Conditional: see the endpoint page.</summary>
    public decimal? PxLimit { get; init; }

    /// <summary>OKX's <c>timeInterval</c>. Conditional: see the endpoint page.</summary>
    public string? TimeInterval { get; init; }

    /// <summary>OKX's <c>lmtOrderNumber</c>. Conditional: see the endpoint page.</summary>
    public int? LmtOrderNumber { get; init; }

    /// <summary>OKX's <c>aggressiveness</c>. Conditional: see the endpoint page.</summary>
    public string? Aggressiveness { get; init; }

    /// <summary>OKX's <c>triggerParams</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<IcebergTriggerParam>? TriggerParams { get; init; }
}

/// <summary>Cancel algo orders: <c>POST /api/v5/trade/cancel-algos</c>, 20 requests per 2 s by User ID + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-algo-trading.md.</remarks>
[OkxEndpoint("POST", "/api/v5/trade/cancel-algos", Response = typeof(AlgoOrderAck), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.UserAndInstrument)]
public partial record CancelAlgoOrdersRequest
{
    /// <summary>The requests, sent as the body's JSON array.</summary>
    [OkxBody]
    public required global::System.Collections.Generic.IReadOnlyList<CancelAlgoOrderItem> Items { get; init; }
}

/// <summary>Amend algo order: <c>POST /api/v5/trade/amend-algos</c>, 20 requests per 2 s by User ID + Instrument ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-algo-trading.md.</remarks>
[OkxEndpoint("POST", "/api/v5/trade/amend-algos", Response = typeof(AmendAlgoAck), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.UserAndInstrument)]
public partial record AmendAlgoOrderRequest
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>algoId</c>. Conditional: see the endpoint page.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>algoClOrdId</c>. Conditional: see the endpoint page.</summary>
    public string? AlgoClOrdId { get; init; }

    /// <summary>OKX's <c>cxlOnFail</c>.</summary>
    public bool? CxlOnFail { get; init; }

    /// <summary>OKX's <c>reqId</c>. Conditional: see the endpoint page.</summary>
    public string? ReqId { get; init; }

    /// <summary>OKX's <c>newSz</c>. Conditional: see the endpoint page.</summary>
    public decimal? NewSz { get; init; }

    /// <summary>OKX's <c>newTpTriggerPx</c>. Conditional: see the endpoint page.</summary>
    public decimal? NewTpTriggerPx { get; init; }

    /// <summary>OKX's <c>newTpOrdPx</c>. Conditional: see the endpoint page.</summary>
    public decimal? NewTpOrdPx { get; init; }

    /// <summary>OKX's <c>newSlTriggerPx</c>. Conditional: see the endpoint page.</summary>
    public decimal? NewSlTriggerPx { get; init; }

    /// <summary>OKX's <c>newSlOrdPx</c>. Conditional: see the endpoint page.</summary>
    public decimal? NewSlOrdPx { get; init; }

    /// <summary>OKX's <c>newTpTriggerPxType</c>. Conditional: see the endpoint page.</summary>
    public string? NewTpTriggerPxType { get; init; }

    /// <summary>OKX's <c>newSlTriggerPxType</c>. Conditional: see the endpoint page.</summary>
    public string? NewSlTriggerPxType { get; init; }

    /// <summary>OKX's <c>newTriggerPx</c>. Conditional: see the endpoint page.</summary>
    public decimal? NewTriggerPx { get; init; }

    /// <summary>OKX's <c>newOrdPx</c>. Conditional: see the endpoint page.</summary>
    public decimal? NewOrdPx { get; init; }

    /// <summary>OKX's <c>newTriggerPxType</c>.</summary>
    public string? NewTriggerPxType { get; init; }

    /// <summary>OKX's <c>attachAlgoOrds</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<AmendAlgoAttachAlgoOrder>? AttachAlgoOrds { get; init; }
}

/// <summary>Get algo order: <c>GET /api/v5/trade/order-algo</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-algo-trading.md.</remarks>
[OkxEndpoint("GET", "/api/v5/trade/order-algo", Response = typeof(AlgoOrder), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetAlgoOrderRequest
{
    /// <summary>OKX's <c>algoId</c>. Conditional: see the endpoint page.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>algoClOrdId</c>. Conditional: see the endpoint page.</summary>
    public string? AlgoClOrdId { get; init; }
}

/// <summary>Get pending algo orders: <c>GET /api/v5/trade/orders-algo-pending</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-algo-trading.md.</remarks>
[OkxEndpoint("GET", "/api/v5/trade/orders-algo-pending", Response = typeof(AlgoOrder), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetPendingAlgoOrdersRequest
{
    /// <summary>OKX's <c>ordType</c>. Required.</summary>
    public required string OrdType { get; init; }

    /// <summary>OKX's <c>algoId</c>.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public string? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public string? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>Get algo order history: <c>GET /api/v5/trade/orders-algo-history</c>, 20 requests per 2 s by User ID.</summary>
/// <remarks>OKX documentation: qiuham/crypto-api-docs docs/okx/order/book/trading-algo-trading.md.</remarks>
[OkxEndpoint("GET", "/api/v5/trade/orders-algo-history", Response = typeof(AlgoOrder), RateLimit = 20, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.User)]
public partial record GetAlgoOrderHistoryRequest
{
    /// <summary>OKX's <c>ordType</c>. Required.</summary>
    public required string OrdType { get; init; }

    /// <summary>OKX's <c>state</c>. Conditional: see the endpoint page.</summary>
    public string? State { get; init; }

    /// <summary>OKX's <c>algoId</c>. Conditional: see the endpoint page.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>instType</c>.</summary>
    public string? InstType { get; init; }

    /// <summary>OKX's <c>instId</c>.</summary>
    public string? InstId { get; init; }

    /// <summary>OKX's <c>after</c>.</summary>
    public string? After { get; init; }

    /// <summary>OKX's <c>before</c>.</summary>
    public string? Before { get; init; }

    /// <summary>OKX's <c>limit</c>.</summary>
    public int? Limit { get; init; }
}

/// <summary>A nested object of a trade request.</summary>
public sealed record AttachAlgoOrder
{
    /// <summary>OKX's <c>attachAlgoClOrdId</c>.</summary>
    public string? AttachAlgoClOrdId { get; init; }

    /// <summary>OKX's <c>tpTriggerPx</c>. Conditional: see the endpoint page.</summary>
    public decimal? TpTriggerPx { get; init; }

    /// <summary>OKX's <c>tpTriggerRatio</c>. Conditional: see the endpoint page.</summary>
    public decimal? TpTriggerRatio { get; init; }

    /// <summary>OKX's <c>tpOrdPx</c>. Conditional: see the endpoint page.</summary>
    public decimal? TpOrdPx { get; init; }

    /// <summary>OKX's <c>tpOrdKind</c>.</summary>
    public string? TpOrdKind { get; init; }

    /// <summary>OKX's <c>slTriggerPx</c>. Conditional: see the endpoint page.</summary>
    public decimal? SlTriggerPx { get; init; }

    /// <summary>OKX's <c>slTriggerRatio</c>. Conditional: see the endpoint page.</summary>
    public decimal? SlTriggerRatio { get; init; }

    /// <summary>OKX's <c>slOrdPx</c>. Conditional: see the endpoint page.</summary>
    public decimal? SlOrdPx { get; init; }

    /// <summary>OKX's <c>tpTriggerPxType</c>.</summary>
    public string? TpTriggerPxType { get; init; }

    /// <summary>OKX's <c>slTriggerPxType</c>.</summary>
    public string? SlTriggerPxType { get; init; }

    /// <summary>OKX's <c>sz</c>. Conditional: see the endpoint page.</summary>
    public decimal? Sz { get; init; }

    /// <summary>OKX's <c>amendPxOnTriggerType</c>.</summary>
    public string? AmendPxOnTriggerType { get; init; }

    /// <summary>OKX's <c>callbackRatio</c>. Conditional: see the endpoint page.</summary>
    public decimal? CallbackRatio { get; init; }

    /// <summary>OKX's <c>callbackSpread</c>. Conditional: see the endpoint page.</summary>
    public decimal? CallbackSpread { get; init; }

    /// <summary>OKX's <c>activePx</c>.</summary>
    public decimal? ActivePx { get; init; }
}

/// <summary>A nested object of a trade request.</summary>
public sealed record AmendAttachAlgoOrder
{
    /// <summary>OKX's <c>attachAlgoId</c>. Conditional: see the endpoint page.</summary>
    public string? AttachAlgoId { get; init; }

    /// <summary>OKX's <c>attachAlgoClOrdId</c>. Conditional: see the endpoint page.</summary>
    public string? AttachAlgoClOrdId { get; init; }

    /// <summary>OKX's <c>newTpTriggerPx</c>. Conditional: see the endpoint page.</summary>
    public decimal? NewTpTriggerPx { get; init; }

    /// <summary>OKX's <c>newTpTriggerRatio</c>. Conditional: see the endpoint page.</summary>
    public decimal? NewTpTriggerRatio { get; init; }

    /// <summary>OKX's <c>newTpOrdPx</c>. Conditional: see the endpoint page.</summary>
    public decimal? NewTpOrdPx { get; init; }

    /// <summary>OKX's <c>newTpOrdKind</c>.</summary>
    public string? NewTpOrdKind { get; init; }

    /// <summary>OKX's <c>newSlTriggerPx</c>. Conditional: see the endpoint page.</summary>
    public decimal? NewSlTriggerPx { get; init; }

    /// <summary>OKX's <c>newSlTriggerRatio</c>. Conditional: see the endpoint page.</summary>
    public decimal? NewSlTriggerRatio { get; init; }

    /// <summary>OKX's <c>newSlOrdPx</c>. Conditional: see the endpoint page.</summary>
    public decimal? NewSlOrdPx { get; init; }

    /// <summary>OKX's <c>newTpTriggerPxType</c>. Conditional: see the endpoint page.</summary>
    public string? NewTpTriggerPxType { get; init; }

    /// <summary>OKX's <c>newSlTriggerPxType</c>. Conditional: see the endpoint page.</summary>
    public string? NewSlTriggerPxType { get; init; }

    /// <summary>OKX's <c>sz</c>. Conditional: see the endpoint page.</summary>
    public decimal? Sz { get; init; }

    /// <summary>OKX's <c>amendPxOnTriggerType</c>.</summary>
    public string? AmendPxOnTriggerType { get; init; }

    /// <summary>OKX's <c>newCallbackRatio</c>. Conditional: see the endpoint page.</summary>
    public decimal? NewCallbackRatio { get; init; }

    /// <summary>OKX's <c>newCallbackSpread</c>. Conditional: see the endpoint page.</summary>
    public decimal? NewCallbackSpread { get; init; }

    /// <summary>OKX's <c>newActivePx</c>.</summary>
    public decimal? NewActivePx { get; init; }
}

/// <summary>A nested object of a trade request.</summary>
public sealed record PrecheckAttachAlgoOrder
{
    /// <summary>OKX's <c>attachAlgoClOrdId</c>.</summary>
    public string? AttachAlgoClOrdId { get; init; }

    /// <summary>OKX's <c>tpTriggerPx</c>. Conditional: see the endpoint page.</summary>
    public decimal? TpTriggerPx { get; init; }

    /// <summary>OKX's <c>tpOrdPx</c>. Conditional: see the endpoint page.</summary>
    public decimal? TpOrdPx { get; init; }

    /// <summary>OKX's <c>tpOrdKind</c>.</summary>
    public string? TpOrdKind { get; init; }

    /// <summary>OKX's <c>slTriggerPx</c>. Conditional: see the endpoint page.</summary>
    public decimal? SlTriggerPx { get; init; }

    /// <summary>OKX's <c>slOrdPx</c>. Conditional: see the endpoint page.</summary>
    public decimal? SlOrdPx { get; init; }

    /// <summary>OKX's <c>tpTriggerPxType</c>.</summary>
    public string? TpTriggerPxType { get; init; }

    /// <summary>OKX's <c>slTriggerPxType</c>.</summary>
    public string? SlTriggerPxType { get; init; }

    /// <summary>OKX's <c>sz</c>. Conditional: see the endpoint page.</summary>
    public decimal? Sz { get; init; }

    /// <summary>OKX's <c>callbackRatio</c>. Conditional: see the endpoint page.</summary>
    public decimal? CallbackRatio { get; init; }

    /// <summary>OKX's <c>callbackSpread</c>. Conditional: see the endpoint page.</summary>
    public decimal? CallbackSpread { get; init; }

    /// <summary>OKX's <c>activePx</c>.</summary>
    public decimal? ActivePx { get; init; }
}

/// <summary>A nested object of a trade request.</summary>
public sealed record AlgoAttachAlgoOrder
{
    /// <summary>OKX's <c>attachAlgoClOrdId</c>.</summary>
    public string? AttachAlgoClOrdId { get; init; }

    /// <summary>OKX's <c>tpTriggerPx</c>.</summary>
    public decimal? TpTriggerPx { get; init; }

    /// <summary>OKX's <c>tpTriggerRatio</c>.</summary>
    public decimal? TpTriggerRatio { get; init; }

    /// <summary>OKX's <c>tpTriggerPxType</c>.</summary>
    public string? TpTriggerPxType { get; init; }

    /// <summary>OKX's <c>tpOrdPx</c>.</summary>
    public decimal? TpOrdPx { get; init; }

    /// <summary>OKX's <c>slTriggerPx</c>.</summary>
    public decimal? SlTriggerPx { get; init; }

    /// <summary>OKX's <c>slTriggerRatio</c>.</summary>
    public decimal? SlTriggerRatio { get; init; }

    /// <summary>OKX's <c>slTriggerPxType</c>.</summary>
    public string? SlTriggerPxType { get; init; }

    /// <summary>OKX's <c>slOrdPx</c>.</summary>
    public decimal? SlOrdPx { get; init; }

    /// <summary>OKX's <c>callbackRatio</c>. Conditional: see the endpoint page.</summary>
    public decimal? CallbackRatio { get; init; }

    /// <summary>OKX's <c>callbackSpread</c>. Conditional: see the endpoint page.</summary>
    public decimal? CallbackSpread { get; init; }

    /// <summary>OKX's <c>activePx</c>.</summary>
    public decimal? ActivePx { get; init; }
}

/// <summary>A nested object of a trade request.</summary>
public sealed record IcebergTriggerParam
{
    /// <summary>OKX's <c>triggerAction</c>. Required.</summary>
    public required string TriggerAction { get; init; }

    /// <summary>OKX's <c>triggerStrategy</c>. Required.</summary>
    public required string TriggerStrategy { get; init; }

    /// <summary>OKX's <c>triggerPx</c>.</summary>
    public decimal? TriggerPx { get; init; }

    /// <summary>OKX's <c>triggerCond</c>.</summary>
    public string? TriggerCond { get; init; }

    /// <summary>OKX's <c>timeframe</c>.</summary>
    public string? Timeframe { get; init; }

    /// <summary>OKX's <c>thold</c>.</summary>
    public int? Thold { get; init; }

    /// <summary>OKX's <c>timePeriod</c>.</summary>
    public int? TimePeriod { get; init; }
}

/// <summary>A nested object of a trade request.</summary>
public sealed record AmendAlgoAttachAlgoOrder
{
    /// <summary>OKX's <c>newTpTriggerPx</c>.</summary>
    public decimal? NewTpTriggerPx { get; init; }

    /// <summary>OKX's <c>newTpTriggerRatio</c>.</summary>
    public decimal? NewTpTriggerRatio { get; init; }

    /// <summary>OKX's <c>newTpTriggerPxType</c>.</summary>
    public string? NewTpTriggerPxType { get; init; }

    /// <summary>OKX's <c>newTpOrdPx</c>.</summary>
    public decimal? NewTpOrdPx { get; init; }

    /// <summary>OKX's <c>newSlTriggerPx</c>.</summary>
    public decimal? NewSlTriggerPx { get; init; }

    /// <summary>OKX's <c>newSlTriggerRatio</c>.</summary>
    public decimal? NewSlTriggerRatio { get; init; }

    /// <summary>OKX's <c>newSlTriggerPxType</c>.</summary>
    public string? NewSlTriggerPxType { get; init; }

    /// <summary>OKX's <c>newSlOrdPx</c>.</summary>
    public decimal? NewSlOrdPx { get; init; }

    /// <summary>OKX's <c>newCallbackRatio</c>. Conditional: see the endpoint page.</summary>
    public decimal? NewCallbackRatio { get; init; }

    /// <summary>OKX's <c>newCallbackSpread</c>. Conditional: see the endpoint page.</summary>
    public decimal? NewCallbackSpread { get; init; }

    /// <summary>OKX's <c>newActivePx</c>.</summary>
    public decimal? NewActivePx { get; init; }
}

/// <summary>A nested object of a trade request.</summary>
public sealed record CancelAlgoOrderItem
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    /// <summary>OKX's <c>algoId</c>. Conditional: see the endpoint page.</summary>
    public string? AlgoId { get; init; }

    /// <summary>OKX's <c>algoClOrdId</c>. Conditional: see the endpoint page.</summary>
    public string? AlgoClOrdId { get; init; }
}

/// <summary>OKX's <c>tradeMode</c> values.</summary>
public enum TradeMode
{
    /// <summary><c>cash</c>.</summary>
    Cash,

    /// <summary><c>cross</c>.</summary>
    Cross,

    /// <summary><c>isolated</c>.</summary>
    Isolated,

    /// <summary><c>spot_isolated</c>.</summary>
    SpotIsolated,
}

/// <summary>OKX's <c>orderSide</c> values.</summary>
public enum OrderSide
{
    /// <summary><c>buy</c>.</summary>
    Buy,

    /// <summary><c>sell</c>.</summary>
    Sell,
}

/// <summary>OKX's <c>positionSide</c> values.</summary>
public enum PositionSide
{
    /// <summary><c>long</c>.</summary>
    Long,

    /// <summary><c>short</c>.</summary>
    Short,

    /// <summary><c>net</c>.</summary>
    Net,
}

/// <summary>OKX's <c>marginMode</c> values.</summary>
public enum MarginMode
{
    /// <summary><c>cross</c>.</summary>
    Cross,

    /// <summary><c>isolated</c>.</summary>
    Isolated,
}
