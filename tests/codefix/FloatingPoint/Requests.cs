using System.Collections.Generic;
using OkxGen;

namespace FloatingPoint;

/// <summary>A request typed as much .NET trading code types prices: OKX003 on each double and float.</summary>
[OkxEndpoint("POST", "/api/v5/trade/order")]
public partial record PlaceOrderRequest
{
    /// <summary>Gets the instrument.</summary>
    public required string InstId { get; init; }

    /// <summary>Gets the size.</summary>
    public required double Sz { get; init; }

    /// <summary>Gets the price.</summary>
    public double? Px { get; init; }

    /// <summary>Gets the take-profit trigger.</summary>
    public float? TpTriggerPx { get; init; }
}

/// <summary>A query with a list of prices.</summary>
[OkxEndpoint("GET", "/api/v5/test/levels")]
public partial record GetLevelsRequest
{
    /// <summary>Gets the levels.</summary>
    public IReadOnlyList<float>? Levels { get; init; }
}
