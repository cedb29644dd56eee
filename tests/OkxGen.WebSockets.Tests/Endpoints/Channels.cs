using System;
using OkxGen.Serialization;

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

// Readers for the push types, generated like response readers (the endpoints exist only for that).
[OkxEndpoint("GET", "/api/v5/market/ticker", Response = typeof(Ticker), Signed = false)]
internal sealed partial record TickerReaderCarrier;

[OkxEndpoint("GET", "/api/v5/trade/order", Response = typeof(OrderUpdate))]
internal sealed partial record OrderUpdateReaderCarrier;

public sealed record TickersChannel(string InstId) : IOkxChannel<Ticker>
{
    public string Channel => "tickers";

    public OkxWebSocketEndpoint Endpoint => OkxWebSocketEndpoint.Public;

    public OkxResponseReader<Ticker> PushReader => TickerOkxReader.Instance;

    public bool TryWriteArgument(Span<byte> destination, out int bytesWritten) =>
        TestArguments.Write(destination, Channel, ("instId", InstId), out bytesWritten);
}

public sealed record OrdersChannel(string InstType) : IOkxChannel<OrderUpdate>
{
    public string Channel => "orders";

    public OkxWebSocketEndpoint Endpoint => OkxWebSocketEndpoint.Private;

    public OkxResponseReader<OrderUpdate> PushReader => OrderUpdateOkxReader.Instance;

    public bool TryWriteArgument(Span<byte> destination, out int bytesWritten) =>
        TestArguments.Write(destination, Channel, ("instType", InstType), out bytesWritten);
}

/// <summary>Any channel name on any endpoint, to provoke OKX's subscription errors.</summary>
public sealed record RawChannel(string Channel, OkxWebSocketEndpoint Endpoint, string InstId) : IOkxChannel<Ticker>
{
    public OkxResponseReader<Ticker> PushReader => TickerOkxReader.Instance;

    public bool TryWriteArgument(Span<byte> destination, out int bytesWritten) =>
        TestArguments.Write(destination, Channel, ("instId", InstId), out bytesWritten);
}

internal static class TestArguments
{
    // Keys in code-point order: "channel" sorts before "instId" and "instType".
    public static bool Write(Span<byte> destination, string channel, (string Name, string Value) member, out int bytesWritten)
    {
        var writer = new OkxJsonWriter(destination);
        writer.WriteStartObject();
        writer.WriteEncodedPropertyName("\"channel\":"u8);
        writer.WriteStringValue(channel, "channel");
        writer.WriteEncodedPropertyName(System.Text.Encoding.UTF8.GetBytes("\"" + member.Name + "\":"));
        writer.WriteStringValue(member.Value, member.Name);
        writer.WriteEndObject();
        return writer.TryComplete(out bytesWritten);
    }
}
