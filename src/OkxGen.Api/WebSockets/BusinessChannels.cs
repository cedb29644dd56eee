// Hand-written from OKX's channel pages: docs/okx/order/book/trading-market-data-ws-{all-trades,candlesticks}-channel.md
// (qiuham/crypto-api-docs). Both live on /ws/v5/business and need no login.

using System;
using System.Text.Json;
using OkxGen.Api.Market;
using OkxGen.Serialization;
using OkxGen.WebSockets;

namespace OkxGen.Api.WebSockets;

/// <summary>The <c>trades-all</c> channel: every trade, one per push, not aggregated. <c>{"channel":"trades-all","instId":"BTC-USDT"}</c>.</summary>
[OkxChannel("trades-all", Endpoint = OkxWebSocketEndpoint.Business, Push = typeof(PublicTrade))]
public sealed partial record AllTradesChannel
{
    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }
}

/// <summary>
/// The candlestick channels, <c>candle</c> followed by the bar (<c>candle1m</c>, <c>candle1H</c>, <c>candle1D</c>...):
/// <c>{"channel":"candle1m","instId":"BTC-USDT"}</c>, at most one push a second.
/// </summary>
/// <remarks>
/// OKX pushes each candle as an array of strings, <c>[ts, o, h, l, c, vol, volCcy, volCcyQuote, confirm]</c>
/// (<c>confirm</c> <c>"1"</c> once the candle is complete), so an item is a <see cref="JsonElement"/>, as for the REST
/// candle endpoints. <c>[OkxChannel]</c> reads objects only and takes a constant channel name, so this channel is written
/// by hand, with the canonical writer the generator uses.
/// </remarks>
/// <example>
/// <code>
/// await foreach (OkxPush&lt;JsonElement&gt; push in ws.SubscribeAsync(new CandleChannel { Bar = "1m", InstId = "BTC-USDT" }, cancellationToken))
/// {
///     foreach (JsonElement candle in push.Data)
///     {
///         decimal close = decimal.Parse(candle[4].GetString()!, CultureInfo.InvariantCulture);
///     }
/// }
/// </code>
/// </example>
public sealed record CandleChannel : IOkxChannel<JsonElement>
{
    /// <summary>
    /// The bar, as OKX spells it after <c>candle</c>: <c>1s</c>, <c>1m</c>, <c>3m</c>, <c>5m</c>, <c>15m</c>, <c>30m</c>,
    /// <c>1H</c>, <c>2H</c>, <c>4H</c>, <c>6H</c>, <c>12H</c>, <c>1D</c>, <c>2D</c>, <c>3D</c>, <c>5D</c>, <c>1W</c>,
    /// <c>1M</c>, <c>3M</c>, and the UTC-aligned <c>6Hutc</c>, <c>12Hutc</c>, <c>1Dutc</c>, <c>2Dutc</c>, <c>3Dutc</c>,
    /// <c>5Dutc</c>, <c>1Wutc</c>, <c>1Mutc</c>, <c>3Mutc</c>. Required.
    /// </summary>
    public required string Bar { get; init; }

    /// <summary>OKX's <c>instId</c>. Required.</summary>
    public required string InstId { get; init; }

    string IOkxChannel.Channel => "candle" + Bar;

    OkxWebSocketEndpoint IOkxChannel.Endpoint => OkxWebSocketEndpoint.Business;

    OkxResponseReader<JsonElement> IOkxChannel<JsonElement>.PushReader => OkxResponseReader.JsonElement;

    bool IOkxChannel.TryWriteArgument(Span<byte> destination, out int bytesWritten)
    {
        var writer = new OkxJsonWriter(destination);
        writer.WriteStartObject();
        writer.WriteEncodedPropertyName("\"channel\":"u8);
        writer.WriteStringValue("candle" + Bar, "CandleChannel.Bar");
        writer.WriteEncodedPropertyName("\"instId\":"u8);
        writer.WriteStringValue(InstId, "CandleChannel.InstId");
        writer.WriteEndObject();
        return writer.TryComplete(out bytesWritten);
    }
}
