using System.Text;
using OkxGen.Api.WebSockets;
using OkxGen.WebSockets;

namespace OkxGen.Api.Tests.WebSockets;

/// <summary>
/// The argument each channel writes, against the request examples of OKX's channel pages (qiuham/crypto-api-docs
/// docs/okx/...), with the keys in the canonical (sorted) order the generator writes; OKX reads them in any order.
/// </summary>
public sealed class ChannelArgumentTests
{
    public static TheoryData<string, IOkxChannel, OkxWebSocketEndpoint, string> DocumentedRequests() => new()
    {
        // order/book/trading-trade-ws-order-channel.md: both request examples.
        { "orders, instId", new OrdersChannel { InstType = "FUTURES", InstId = "BTC-USD-200329" }, OkxWebSocketEndpoint.Private, """{"channel":"orders","instId":"BTC-USD-200329","instType":"FUTURES"}""" },
        { "orders, instFamily", new OrdersChannel { InstType = "FUTURES", InstFamily = "BTC-USD" }, OkxWebSocketEndpoint.Private, """{"channel":"orders","instFamily":"BTC-USD","instType":"FUTURES"}""" },
        // trading/account/websocket-*-channel.md.
        { "positions", new PositionsChannel { InstType = "FUTURES", InstFamily = "BTC-USD" }, OkxWebSocketEndpoint.Private, """{"channel":"positions","instFamily":"BTC-USD","instType":"FUTURES"}""" },
        { "account", new AccountChannel { Ccy = "BTC" }, OkxWebSocketEndpoint.Private, """{"ccy":"BTC","channel":"account"}""" },
        { "account, all currencies", new AccountChannel(), OkxWebSocketEndpoint.Private, """{"channel":"account"}""" },
        { "balance_and_position", new BalanceAndPositionChannel(), OkxWebSocketEndpoint.Private, """{"channel":"balance_and_position"}""" },
        // order/book/trading-market-data-ws-*-channel.md and public/data/websocket-*-channel.md.
        { "tickers", new TickersChannel { InstId = "BTC-USDT" }, OkxWebSocketEndpoint.Public, """{"channel":"tickers","instId":"BTC-USDT"}""" },
        { "trades", new TradesChannel { InstId = "BTC-USDT" }, OkxWebSocketEndpoint.Public, """{"channel":"trades","instId":"BTC-USDT"}""" },
        { "funding-rate", new FundingRateChannel { InstId = "BTC-USD-SWAP" }, OkxWebSocketEndpoint.Public, """{"channel":"funding-rate","instId":"BTC-USD-SWAP"}""" },
        { "mark-price", new MarkPriceChannel { InstId = "LTC-USD-190628" }, OkxWebSocketEndpoint.Public, """{"channel":"mark-price","instId":"LTC-USD-190628"}""" },
        { "index-tickers", new IndexTickersChannel { InstId = "BTC-USDT" }, OkxWebSocketEndpoint.Public, """{"channel":"index-tickers","instId":"BTC-USDT"}""" },
        { "open-interest", new OpenInterestChannel { InstId = "LTC-USD-SWAP" }, OkxWebSocketEndpoint.Public, """{"channel":"open-interest","instId":"LTC-USD-SWAP"}""" },
        { "price-limit", new PriceLimitChannel { InstId = "LTC-USD-190628" }, OkxWebSocketEndpoint.Public, """{"channel":"price-limit","instId":"LTC-USD-190628"}""" },
        { "trades-all", new AllTradesChannel { InstId = "BTC-USDT" }, OkxWebSocketEndpoint.Business, """{"channel":"trades-all","instId":"BTC-USDT"}""" },
        { "candle1D", new CandleChannel { Bar = "1D", InstId = "BTC-USDT" }, OkxWebSocketEndpoint.Business, """{"channel":"candle1D","instId":"BTC-USDT"}""" },
    };

    [Theory]
    [MemberData(nameof(DocumentedRequests))]
    public void Argument_IsTheDocumentedRequest_OnTheDocumentedEndpoint(string example, IOkxChannel channel, OkxWebSocketEndpoint endpoint, string expected)
    {
        byte[] buffer = new byte[256];

        Assert.True(channel.TryWriteArgument(buffer, out int written), example);

        Assert.Equal(expected, Encoding.UTF8.GetString(buffer, 0, written));
        Assert.Equal(endpoint, channel.Endpoint);
    }

    [Fact]
    public void CandleChannel_IsNamedForItsBar_AndReportsATooSmallBuffer()
    {
        IOkxChannel candles = new CandleChannel { Bar = "1m", InstId = "BTC-USDT" };

        Assert.Equal("candle1m", candles.Channel);
        Assert.False(candles.TryWriteArgument(new byte[10], out int written));
        Assert.Equal(0, written);
    }
}
