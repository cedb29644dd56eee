using OkxGen;

namespace OkxGen.Sample.Endpoints;

/// <summary>Reads one instrument's ticker. Public: no credentials, no signature.</summary>
[OkxEndpoint("GET", "/api/v5/market/ticker", Signed = false, Response = typeof(Ticker))]
public partial record GetTickerRequest
{
    public required string InstId { get; init; }
}

/// <summary>
/// Reads candlesticks. OKX sends each candle as an array of strings, not an object, so the items stay raw
/// <c>JsonElement</c>s.
/// </summary>
[OkxEndpoint("GET", "/api/v5/market/candles", Signed = false)]
public partial record GetCandlesRequest
{
    public required string InstId { get; init; }
    public string? Bar { get; init; }
    public long? After { get; init; }
    public long? Before { get; init; }
    public int? Limit { get; init; }
}

/// <summary>Reads the order book.</summary>
[OkxEndpoint("GET", "/api/v5/market/books", Signed = false, Response = typeof(OrderBook))]
public partial record GetOrderBookRequest
{
    public required string InstId { get; init; }
    [System.Text.Json.Serialization.JsonPropertyName("sz")]
    public int? Depth { get; init; }
}
