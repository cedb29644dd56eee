using System.Collections.Generic;

namespace OkxGen.WebSockets.Tests.Endpoints;

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
}

// The REST declarations, reused over the socket through WebSocketOp.
[OkxEndpoint("POST", "/api/v5/trade/order", Response = typeof(OrderAck), AcceptsExpTime = true, WebSocketOp = "order")]
public partial record PlaceOrderRequest
{
    public string? InstId { get; init; }
    public long? InstIdCode { get; init; }
    public required TradeMode TdMode { get; init; }
    public required OrderSide Side { get; init; }
    public required OrderType OrdType { get; init; }
    public required decimal Sz { get; init; }
    public decimal? Px { get; init; }
    public string? ClOrdId { get; init; }
}

[OkxEndpoint("POST", "/api/v5/trade/batch-orders", Response = typeof(OrderAck), AcceptsExpTime = true, WebSocketOp = "batch-orders")]
public partial record PlaceBatchOrdersRequest
{
    [OkxBody]
    public required IReadOnlyList<PlaceOrderRequest> Orders { get; init; }
}

[OkxEndpoint("POST", "/api/v5/trade/cancel-order", Response = typeof(OrderAck), WebSocketOp = "cancel-order")]
public partial record CancelOrderRequest
{
    public string? InstId { get; init; }
    public long? InstIdCode { get; init; }
    public string? OrdId { get; init; }
    public string? ClOrdId { get; init; }
}

public sealed record OrderAck
{
    public string? OrdId { get; init; }
    public string? ClOrdId { get; init; }
    public string? SCode { get; init; }
    public string? SMsg { get; init; }
}
