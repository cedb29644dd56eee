using OkxGen;

namespace Consumer;

public enum OrderSide { Buy, Sell }

public enum OrderType { Market, Limit, PostOnly }

[OkxEndpoint("POST", "/api/v5/trade/order", Response = typeof(OrderAck))]
public partial record PlaceOrderRequest
{
    public required string InstId { get; init; }
    public required string TdMode { get; init; }
    public required OrderSide Side { get; init; }
    public required OrderType OrdType { get; init; }
    public required decimal Sz { get; init; }
    public decimal? Px { get; init; }
}

public sealed record OrderAck
{
    public string? OrdId { get; init; }
    public string? SCode { get; init; }
    public string? SMsg { get; init; }
}

[OkxEndpoint("GET", "/api/v5/account/balance")]
public partial record GetBalanceRequest
{
    public string? Ccy { get; init; }
}
