using System;

namespace OkxGen.WebSockets.Tests.Endpoints;

public sealed record Ticker
{
    public string? InstId { get; init; }
    public decimal? Last { get; init; }
    public DateTimeOffset? Ts { get; init; }
}

public sealed record OrderUpdate
{
    public string? InstId { get; init; }
    public string? OrdId { get; init; }
    public string? ClOrdId { get; init; }
    public string? State { get; init; }
    public decimal? Sz { get; init; }
}

[OkxChannel("tickers", Push = typeof(Ticker))]
public sealed partial record TickersChannel(string InstId);

[OkxChannel("orders", Endpoint = OkxWebSocketEndpoint.Private, Push = typeof(OrderUpdate))]
public sealed partial record OrdersChannel(string InstType)
{
    public string? InstId { get; init; }
}

// Channels OKX (and the test server) refuse on /public: candles live on /business; the other does not exist.
[OkxChannel("candle1m", Push = typeof(Ticker))]
public sealed partial record CandleOnPublicChannel(string InstId);

[OkxChannel("no-such-channel", Push = typeof(Ticker))]
public sealed partial record UnknownChannel(string InstId);
