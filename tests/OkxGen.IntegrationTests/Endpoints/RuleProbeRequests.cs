using System.Collections.Generic;
using System.Text.Json.Serialization;
using OkxGen;

namespace OkxGen.IntegrationTests.Endpoints;

// Declarations that exist only to exercise one serialization rule each; the paths are not real OKX endpoints.

/// <summary>A POST body with one member per kind of value, all optional.</summary>
[OkxEndpoint("POST", "/api/v5/test/rule-probe")]
public partial record RuleProbeRequest
{
    public string? Text { get; init; }
    public decimal? Amount { get; init; }
    public long? Big { get; init; }
    public int? Count { get; init; }
    public bool? Flag { get; init; }
    public InstrumentType? InstType { get; init; }
    public OrderType? OrdType { get; init; }

    [JsonPropertyName("Zulu")]
    public string? Renamed { get; init; }

    [JsonIgnore]
    public string? LocalNote { get; init; }

    public RuleOuter? Outer { get; init; }
    public IReadOnlyList<IReadOnlyList<decimal>>? Grid { get; init; }
    public IReadOnlyList<string>? Labels { get; init; }
}

/// <summary>Members declared out of alphabetical order, at three levels.</summary>
public sealed record RuleOuter
{
    public string? Zeta { get; init; }
    public RuleInner? Inner { get; init; }
    public string? Alpha { get; init; }
    public IReadOnlyList<RuleInner>? Items { get; init; }
}

public sealed record RuleInner
{
    public int? Zed { get; init; }
    public RuleDeep? Deep { get; init; }
    public string? Beta { get; init; }
}

public sealed record RuleDeep
{
    public bool? Yy { get; init; }
    public decimal? Aa { get; init; }
}

/// <summary>A POST endpoint without any member: its body is <c>{}</c>.</summary>
[OkxEndpoint("POST", "/api/v5/test/empty-post")]
public partial record EmptyPostRequest;

/// <summary>Wire names outside the Basic Multilingual Plane, where UTF-16 order and code-point order differ.</summary>
[OkxEndpoint("POST", "/api/v5/test/astral-names")]
public partial record AstralNamesRequest
{
    [JsonPropertyName("\uFF21")]
    public string? FullwidthA { get; init; }

    [JsonPropertyName("\U0001F680")]
    public string? Rocket { get; init; }
}

/// <summary>A GET query with one member per kind of value, all optional.</summary>
[OkxEndpoint("GET", "/api/v5/test/query-probe")]
public partial record QueryProbeRequest
{
    public string? Q { get; init; }
    public decimal? Px { get; init; }
    public long? After { get; init; }
    public int? Limit { get; init; }
    public bool? Simple { get; init; }
    public InstrumentType? InstType { get; init; }
    public IReadOnlyList<string>? Ccy { get; init; }

    [JsonPropertyName("ordType")]
    public OrderType? Kind { get; init; }

    [JsonIgnore]
    public string? LocalNote { get; init; }
}
