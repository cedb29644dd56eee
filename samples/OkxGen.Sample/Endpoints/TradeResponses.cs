using System;

namespace OkxGen.Sample.Endpoints;

/// <summary>OKX's answer for one order placed, amended or cancelled: <c>sCode</c> <c>"0"</c> means accepted.</summary>
public sealed record OrderAck
{
    public string? OrdId { get; init; }
    public string? ClOrdId { get; init; }
    public string? Tag { get; init; }
    public string? SCode { get; init; }
    public string? SMsg { get; init; }
    public DateTimeOffset? Ts { get; init; }
}

/// <summary>One pending order, as <c>GET /api/v5/trade/orders-pending</c> lists it.</summary>
public sealed record PendingOrder
{
    public required string InstId { get; init; }
    public required string OrdId { get; init; }
    public string? ClOrdId { get; init; }
    public OrderSide Side { get; init; }
    public OrderType? OrdType { get; init; }
    public decimal? Px { get; init; }
    public decimal Sz { get; init; }
    public decimal? AccFillSz { get; init; }
    public bool ReduceOnly { get; init; }
    public string? State { get; init; }
    public DateTimeOffset CTime { get; init; }
}

