using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OkxGen.ReliabilityTests.Endpoints;

public enum FuzzSide
{
    Buy,
    Sell,
    OptimalLimitIoc,
    [OkxValue("Post-Only/\"x\"")]
    PostOnly,
}

/// <summary>A POST object body covering every member kind the generator writes.</summary>
[OkxEndpoint("POST", "/api/v5/fuzz/order")]
public partial record FuzzOrderRequest
{
    public required string InstId { get; init; }
    public required FuzzSide Side { get; init; }
    public required decimal Sz { get; init; }
    public decimal? Px { get; init; }
    public string? ClOrdId { get; init; }
    public string? Tag { get; init; }
    public long? Ts { get; init; }
    public int? Lever { get; init; }
    public bool? ReduceOnly { get; init; }
    public FuzzSide? PosSide { get; init; }

    // Upper case sorts before every lower-case key by code point: proves ordinal, not culture, order.
    [JsonPropertyName("Zeta")]
    public string? Renamed { get; init; }

    [JsonIgnore]
    public string? NotSent { get; init; }

    public IReadOnlyList<string>? Notes { get; init; }
    public IReadOnlyList<decimal>? Levels { get; init; }
    public FuzzLeg? Main { get; init; }
    public IReadOnlyList<FuzzLeg>? AttachAlgoOrds { get; init; }
}

public sealed record FuzzLeg
{
    public string? Id { get; init; }
    public decimal? TpTriggerPx { get; init; }
    public bool? Flag { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public FuzzInner? Inner { get; init; }
}

public sealed record FuzzInner
{
    public long? A { get; init; }
    public string? B { get; init; }
}

/// <summary>A POST whose body is a JSON array.</summary>
[OkxEndpoint("POST", "/api/v5/fuzz/batch")]
public partial record FuzzBatchRequest
{
    [OkxBody]
    public required IReadOnlyList<FuzzOrderRequest> Orders { get; init; }
}

/// <summary>A GET whose members form the query string.</summary>
[OkxEndpoint("GET", "/api/v5/fuzz/query")]
public partial record FuzzQueryRequest
{
    public string? InstId { get; init; }
    public string? After { get; init; }
    public long? Before { get; init; }
    public decimal? Px { get; init; }
    public int? Limit { get; init; }
    public bool? Simple { get; init; }
    public FuzzSide? Side { get; init; }
    public IReadOnlyList<string>? Ccy { get; init; }
}

/// <summary>A GET that reads typed items, for the response-reader properties.</summary>
[OkxEndpoint("GET", "/api/v5/fuzz/answer", Response = typeof(FuzzAnswer))]
public partial record FuzzAnswerRequest
{
    public string? Id { get; init; }
}

public enum FuzzState
{
    Live,
    PartiallyFilled,
    Filled,
}

public sealed record FuzzAnswer
{
    public string? Id { get; init; }
    public decimal? Px { get; init; }
    public decimal Sz { get; init; }
    public long? Count { get; init; }
    public bool ReduceOnly { get; init; }
    public bool? Flag { get; init; }
    public DateTimeOffset? Ts { get; init; }
    public FuzzState? State { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public FuzzAnswerLeg? Leg { get; init; }
    public IReadOnlyList<FuzzAnswerLeg>? Legs { get; init; }
}

public sealed record FuzzAnswerLeg
{
    public string? Name { get; init; }
    public decimal? Px { get; init; }
}
