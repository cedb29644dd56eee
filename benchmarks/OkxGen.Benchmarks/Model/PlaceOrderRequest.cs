using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OkxGen.Benchmarks.Model;

/// <summary>
/// The place-order request every benchmark serializes. The members are declared in the ordinal order of their wire
/// names so that System.Text.Json's source generation, which writes in declaration order, can produce the canonical
/// form too; OkxGen sorts by itself and does not need that.
/// </summary>
[OkxEndpoint("POST", "/api/v5/trade/order", Response = typeof(OrderAck))]
public partial record PlaceOrderRequest
{
    public IReadOnlyList<AttachedAlgoOrder>? AttachAlgoOrds { get; init; }

    public string? ClOrdId { get; init; }

    public required string InstId { get; init; }

    public required OrderType OrdType { get; init; }

    public decimal? Px { get; init; }

    public bool? ReduceOnly { get; init; }

    public required OrderSide Side { get; init; }

    public required decimal Sz { get; init; }

    public string? Tag { get; init; }

    public required TradeMode TdMode { get; init; }
}

/// <summary>A take-profit / stop-loss order attached to the order; members in wire-name order, as above.</summary>
public sealed record AttachedAlgoOrder
{
    public string? AttachAlgoClOrdId { get; init; }

    public decimal? SlOrdPx { get; init; }

    public decimal? SlTriggerPx { get; init; }

    public decimal? TpOrdPx { get; init; }

    public decimal? TpTriggerPx { get; init; }
}

/// <summary>An item of the place-order response.</summary>
public sealed record OrderAck
{
    public string? OrdId { get; init; }

    public string? ClOrdId { get; init; }

    public string? Tag { get; init; }

    public string? SCode { get; init; }

    public string? SMsg { get; init; }
}

public enum TradeMode
{
    [JsonStringEnumMemberName("cash")] Cash,
    [JsonStringEnumMemberName("cross")] Cross,
    [JsonStringEnumMemberName("isolated")] Isolated,
}

public enum OrderSide
{
    [JsonStringEnumMemberName("buy")] Buy,
    [JsonStringEnumMemberName("sell")] Sell,
}

public enum OrderType
{
    [JsonStringEnumMemberName("market")] Market,
    [JsonStringEnumMemberName("limit")] Limit,
    [JsonStringEnumMemberName("post_only")] PostOnly,
    [JsonStringEnumMemberName("optimal_limit_ioc")] OptimalLimitIoc,
}
