using System;
using System.Collections.Generic;

namespace OkxGen.Client.Tests.Endpoints;

public enum TradeMode
{
    Cash,
    Cross,
    Isolated,
}

public enum OrderSide
{
    Buy,
    Sell,
}

public enum OrderType
{
    Market,
    Limit,
    PostOnly,
    OptimalLimitIoc,
}

public enum OrderState
{
    Live,
    PartiallyFilled,
    Filled,
    Canceled,
}

[OkxEndpoint("POST", "/api/v5/trade/order", Response = typeof(OrderAck), AcceptsExpTime = true)]
public partial record PlaceOrderRequest
{
    public required string InstId { get; init; }
    public required TradeMode TdMode { get; init; }
    public required OrderSide Side { get; init; }
    public required OrderType OrdType { get; init; }
    public required decimal Sz { get; init; }
    public decimal? Px { get; init; }
    public string? ClOrdId { get; init; }
    public bool? ReduceOnly { get; init; }
    public IReadOnlyList<AttachedAlgoOrder>? AttachAlgoOrds { get; init; }
}

public sealed record AttachedAlgoOrder
{
    public decimal? TpTriggerPx { get; init; }
    public decimal? TpOrdPx { get; init; }
    public decimal? SlTriggerPx { get; init; }
    public decimal? SlOrdPx { get; init; }
}

[OkxEndpoint("POST", "/api/v5/trade/batch-orders", Response = typeof(OrderAck), AcceptsExpTime = true)]
public partial record PlaceBatchOrdersRequest
{
    [OkxBody]
    public required IReadOnlyList<PlaceOrderRequest> Orders { get; init; }
}

[OkxEndpoint("POST", "/api/v5/trade/cancel-order", Response = typeof(OrderAck))]
public partial record CancelOrderRequest
{
    public required string InstId { get; init; }
    public string? OrdId { get; init; }
    public string? ClOrdId { get; init; }
}

[OkxEndpoint("GET", "/api/v5/trade/orders-pending", Response = typeof(PendingOrder))]
public partial record GetOrdersPendingRequest
{
    public string? InstType { get; init; }
    public string? InstId { get; init; }
    public int? Limit { get; init; }
}

public sealed record OrderAck
{
    public string? OrdId { get; init; }
    public string? ClOrdId { get; init; }
    public string? Tag { get; init; }
    public string? SCode { get; init; }
    public string? SMsg { get; init; }
    public DateTimeOffset? Ts { get; init; }
}

public sealed record PendingOrder
{
    public required string InstId { get; init; }
    public required string OrdId { get; init; }
    public OrderSide Side { get; init; }
    public OrderType? OrdType { get; init; }
    public OrderState? State { get; init; }
    public decimal? Px { get; init; }
    public decimal Sz { get; init; }
    public decimal? AvgPx { get; init; }
    public bool ReduceOnly { get; init; }
    public DateTimeOffset CTime { get; init; }
    public IReadOnlyList<AttachedAlgoOrderInfo>? AttachAlgoOrds { get; init; }
}

public sealed record AttachedAlgoOrderInfo
{
    public string? AttachAlgoId { get; init; }
    public decimal? TpTriggerPx { get; init; }
    public decimal? SlTriggerPx { get; init; }
}
