using System.Collections.Generic;
using OkxGen;

namespace OkxGen.Sample.Endpoints;

/// <summary>Places an order: <c>POST /api/v5/trade/order</c>.</summary>
[OkxEndpoint("POST", "/api/v5/trade/order", Response = typeof(OrderAck), AcceptsExpTime = true, WebSocketOp = "order")]
public partial record PlaceOrderRequest
{
    public required string InstId { get; init; }
    public long? InstIdCode { get; init; }      // OKX's numeric instrument code, preferred by WebSocket order operations since 2026
    public required TradeMode TdMode { get; init; }
    public required OrderSide Side { get; init; }
    public PositionSide? PosSide { get; init; }
    public required OrderType OrdType { get; init; }
    public required decimal Sz { get; init; }
    public decimal? Px { get; init; }
    public string? ClOrdId { get; init; }
    public string? Tag { get; init; }
    public bool? ReduceOnly { get; init; }
    public IReadOnlyList<AttachedAlgoOrder>? AttachAlgoOrds { get; init; }
}

/// <summary>A take-profit / stop-loss order attached to a new order.</summary>
public sealed record AttachedAlgoOrder
{
    public string? AttachAlgoClOrdId { get; init; }
    public decimal? TpTriggerPx { get; init; }
    public decimal? TpOrdPx { get; init; }
    public decimal? SlTriggerPx { get; init; }
    public decimal? SlOrdPx { get; init; }
}

/// <summary>Places up to 20 orders at once: the body is a JSON array.</summary>
[OkxEndpoint("POST", "/api/v5/trade/batch-orders", Response = typeof(OrderAck), AcceptsExpTime = true)]
public partial record PlaceBatchOrdersRequest
{
    [OkxBody]
    public required IReadOnlyList<PlaceOrderRequest> Orders { get; init; }
}

/// <summary>Amends a pending order.</summary>
[OkxEndpoint("POST", "/api/v5/trade/amend-order", Response = typeof(OrderAck), AcceptsExpTime = true)]
public partial record AmendOrderRequest
{
    public required string InstId { get; init; }
    public string? OrdId { get; init; }
    public string? ClOrdId { get; init; }
    public bool? CxlOnFail { get; init; }
    public string? ReqId { get; init; }
    public decimal? NewSz { get; init; }
    public decimal? NewPx { get; init; }
}

/// <summary>Cancels a pending order.</summary>
[OkxEndpoint("POST", "/api/v5/trade/cancel-order", Response = typeof(OrderAck), WebSocketOp = "cancel-order")]
public partial record CancelOrderRequest
{
    public required string InstId { get; init; }
    public string? OrdId { get; init; }
    public string? ClOrdId { get; init; }
}

/// <summary>Lists pending orders.</summary>
[OkxEndpoint("GET", "/api/v5/trade/orders-pending", Response = typeof(PendingOrder))]
public partial record GetOrdersPendingRequest
{
    public InstrumentType? InstType { get; init; }
    public string? InstId { get; init; }
    public IReadOnlyList<OrderType>? OrdType { get; init; }
    public int? Limit { get; init; }
}

/// <summary>Reads one order's details.</summary>
[OkxEndpoint("GET", "/api/v5/trade/order", Response = typeof(PendingOrder))]
public partial record GetOrderRequest
{
    public required string InstId { get; init; }
    public string? OrdId { get; init; }
    public string? ClOrdId { get; init; }
}
