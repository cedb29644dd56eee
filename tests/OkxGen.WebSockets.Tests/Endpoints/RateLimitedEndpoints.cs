namespace OkxGen.WebSockets.Tests.Endpoints;

/// <summary>POST / Place order with its documented limit: 60 requests per 2 seconds, per user ID and instrument ID, shared by REST and WebSocket.</summary>
[OkxEndpoint("POST", "/api/v5/trade/order", Response = typeof(OrderAck), WebSocketOp = "order",
    RateLimit = 60, RateLimitWindowSeconds = 2, RateLimitRule = OkxRateLimitRule.UserAndInstrument)]
public partial record PlaceLimitedOrderRequest
{
    public required string InstId { get; init; }
    public required TradeMode TdMode { get; init; }
    public required OrderSide Side { get; init; }
    public required OrderType OrdType { get; init; }
    public required decimal Sz { get; init; }
    public decimal? Px { get; init; }
    public string? ClOrdId { get; init; }
}
