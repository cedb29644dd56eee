using System.Text.Json;
using System.Threading.Tasks;
using OkxGen.Api.Market;
using OkxGen.Api.Public;
using OkxGen.Api.WebSockets;
using OkxGen.WebSockets;

namespace OkxGen.Api.Tests.WebSockets;

/// <summary>
/// The push data examples of OKX's public and business channel pages (qiuham/crypto-api-docs), sent by the test server
/// and read through each channel. Expected values are the examples' own.
/// </summary>
public sealed class PublicChannelPushTests
{
    [Fact]
    public async Task Tickers_ReadsTheDocumentedPush()
    {
        // docs/okx/order/book/trading-market-data-ws-tickers-channel.md.
        OkxPush<Ticker> push = await DocumentedPush.ReadAsync(
            new TickersChannel { InstId = "BTC-USDT" },
            """{"channel":"tickers","instId":"BTC-USDT"}""",
            """[{"instType":"SPOT","instId":"BTC-USDT","last":"9999.99","lastSz":"0.1","askPx":"9999.99","askSz":"11","bidPx":"8888.88","bidSz":"5","open24h":"9000","high24h":"10000","low24h":"8888.88","volCcy24h":"2222","vol24h":"2222","sodUtc0":"2222","sodUtc8":"2222","ts":"1597026383085"}]""");

        Ticker ticker = Assert.Single(push.Data);
        Assert.Equal(("SPOT", "BTC-USDT", 9999.99m, 0.1m, 9999.99m, 11m, 8888.88m, 5m), (ticker.InstType, ticker.InstId, ticker.Last, ticker.LastSz, ticker.AskPx, ticker.AskSz, ticker.BidPx, ticker.BidSz));
        Assert.Equal((9000m, 10000m, 8888.88m, 2222m, 2222m, 2222m, 2222m), (ticker.Open24h, ticker.High24h, ticker.Low24h, ticker.VolCcy24h, ticker.Vol24h, ticker.SodUtc0, ticker.SodUtc8));
        Assert.Equal(1597026383085, ticker.Ts!.Value.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task Trades_ReadsTheDocumentedPush()
    {
        // docs/okx/order/book/trading-market-data-ws-trades-channel.md: seqId is a JSON number there, count a string.
        OkxPush<TradePush> push = await DocumentedPush.ReadAsync(
            new TradesChannel { InstId = "BTC-USDT" },
            """{"channel":"trades","instId":"BTC-USDT"}""",
            """[{"instId":"BTC-USDT","tradeId":"130639474","px":"42219.9","sz":"0.12060306","side":"buy","ts":"1630048897897","count":"3","source":"0","seqId":1234}]""");

        TradePush trade = Assert.Single(push.Data);
        Assert.Equal(("BTC-USDT", "130639474", 42219.9m, 0.12060306m, "buy", "0"), (trade.InstId, trade.TradeId, trade.Px, trade.Sz, trade.Side, trade.Source));
        Assert.Equal((3, 1234L, 1630048897897), (trade.Count, trade.SeqId, trade.Ts!.Value.ToUnixTimeMilliseconds()));
    }

    [Fact]
    public async Task FundingRate_ReadsTheDocumentedPush()
    {
        // docs/okx/public/data/websocket-funding-rate-channel.md.
        OkxPush<FundingRateInfo> push = await DocumentedPush.ReadAsync(
            new FundingRateChannel { InstId = "BTC-USD-SWAP" },
            """{"channel":"funding-rate","instId":"BTC-USD-SWAP"}""",
            """[{"formulaType":"noRate","fundingRate":"0.0001875391284828","fundingTime":"1700726400000","impactValue":"","instId":"BTC-USD-SWAP","instType":"SWAP","interestRate":"","method":"current_period","maxFundingRate":"0.00375","minFundingRate":"-0.00375","nextFundingRate":"","nextFundingTime":"1700755200000","premium":"0.0001233824646391","settFundingRate":"0.0001699799259033","settState":"settled","ts":"1700724675402"}]""");

        FundingRateInfo rate = Assert.Single(push.Data);
        Assert.Equal(("BTC-USD-SWAP", "SWAP", "noRate", "current_period", "settled"), (rate.InstId, rate.InstType, rate.FormulaType, rate.Method, rate.SettState));
        Assert.Equal((0.0001875391284828m, 0.00375m, -0.00375m, 0.0001233824646391m, 0.0001699799259033m), (rate.FundingRate, rate.MaxFundingRate, rate.MinFundingRate, rate.Premium, rate.SettFundingRate));
        Assert.Equal((1700726400000, 1700755200000, 1700724675402), (rate.FundingTime!.Value.ToUnixTimeMilliseconds(), rate.NextFundingTime!.Value.ToUnixTimeMilliseconds(), rate.Ts!.Value.ToUnixTimeMilliseconds()));
        Assert.Equal(((decimal?)null, (decimal?)null, (decimal?)null), (rate.NextFundingRate, rate.ImpactValue, rate.InterestRate));
    }

    [Fact]
    public async Task MarkPrice_ReadsTheDocumentedPush()
    {
        // docs/okx/public/data/websocket-mark-price-channel.md.
        OkxPush<MarkPrice> push = await DocumentedPush.ReadAsync(
            new MarkPriceChannel { InstId = "LTC-USD-190628" },
            """{"channel":"mark-price","instId":"LTC-USD-190628"}""",
            """[{"instType":"FUTURES","instId":"LTC-USD-190628","markPx":"0.1","ts":"1597026383085"}]""");

        MarkPrice price = Assert.Single(push.Data);
        Assert.Equal(("FUTURES", "LTC-USD-190628", 0.1m, 1597026383085), (price.InstType, price.InstId, price.MarkPx, price.Ts!.Value.ToUnixTimeMilliseconds()));
    }

    [Fact]
    public async Task IndexTickers_ReadsTheDocumentedPush()
    {
        // docs/okx/public/data/websocket-index-tickers-channel.md.
        OkxPush<IndexTicker> push = await DocumentedPush.ReadAsync(
            new IndexTickersChannel { InstId = "BTC-USDT" },
            """{"channel":"index-tickers","instId":"BTC-USDT"}""",
            """[{"instId":"BTC-USDT","idxPx":"0.1","high24h":"0.5","low24h":"0.1","open24h":"0.1","sodUtc0":"0.1","sodUtc8":"0.1","ts":"1597026383085"}]""");

        IndexTicker index = Assert.Single(push.Data);
        Assert.Equal(("BTC-USDT", 0.1m, 0.5m, 0.1m, 0.1m, 0.1m, 0.1m), (index.InstId, index.IdxPx, index.High24h, index.Low24h, index.Open24h, index.SodUtc0, index.SodUtc8));
        Assert.Equal(1597026383085, index.Ts!.Value.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task OpenInterest_ReadsTheDocumentedPush()
    {
        // docs/okx/public/data/websocket-open-interest-channel.md: oiUsd has 26 significant digits, within decimal's 28.
        OkxPush<OpenInterest> push = await DocumentedPush.ReadAsync(
            new OpenInterestChannel { InstId = "BTC-USDT-SWAP" },
            """{"channel":"open-interest","instId":"BTC-USDT-SWAP"}""",
            """[{"instId":"BTC-USDT-SWAP","instType":"SWAP","oi":"2216113.01000000309","oiCcy":"22161.1301000000309","oiUsd":"1939251795.54769270396321","ts":"1743041250440"}]""");

        OpenInterest interest = Assert.Single(push.Data);
        Assert.Equal(("BTC-USDT-SWAP", "SWAP"), (interest.InstId, interest.InstType));
        Assert.Equal((2216113.01000000309m, 22161.1301000000309m, 1939251795.54769270396321m), (interest.Oi, interest.OiCcy, interest.OiUsd));
        Assert.Equal(1743041250440, interest.Ts!.Value.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task PriceLimit_ReadsTheDocumentedPush()
    {
        // docs/okx/public/data/websocket-price-limit-channel.md: enabled is a JSON boolean; the example has no instType.
        OkxPush<PriceLimit> push = await DocumentedPush.ReadAsync(
            new PriceLimitChannel { InstId = "LTC-USD-190628" },
            """{"channel":"price-limit","instId":"LTC-USD-190628"}""",
            """[{"instId":"LTC-USD-190628","buyLmt":"200","sellLmt":"300","ts":"1597026383085","enabled":true}]""");

        PriceLimit limit = Assert.Single(push.Data);
        Assert.Equal(("LTC-USD-190628", 200m, 300m, true, 1597026383085), (limit.InstId, limit.BuyLmt, limit.SellLmt, limit.Enabled, limit.Ts!.Value.ToUnixTimeMilliseconds()));
        Assert.Null(limit.InstType);
    }

    [Fact]
    public async Task AllTrades_ReadsTheDocumentedPush_OnBusiness()
    {
        // docs/okx/order/book/trading-market-data-ws-all-trades-channel.md.
        OkxPush<PublicTrade> push = await DocumentedPush.ReadAsync(
            new AllTradesChannel { InstId = "BTC-USDT" },
            """{"channel":"trades-all","instId":"BTC-USDT"}""",
            """[{"instId":"BTC-USDT","tradeId":"130639474","px":"42219.9","sz":"0.12060306","side":"buy","source":"0","ts":"1630048897897"}]""");

        PublicTrade trade = Assert.Single(push.Data);
        Assert.Equal(("BTC-USDT", "130639474", 42219.9m, 0.12060306m, "buy", "0", 1630048897897), (trade.InstId, trade.TradeId, trade.Px, trade.Sz, trade.Side, trade.Source, trade.Ts!.Value.ToUnixTimeMilliseconds()));
    }

    [Fact]
    public async Task Candle_ReadsTheDocumentedPush_OnBusiness()
    {
        // docs/okx/order/book/trading-market-data-ws-candlesticks-channel.md: one candle, an array of nine strings.
        OkxPush<JsonElement> push = await DocumentedPush.ReadAsync(
            new CandleChannel { Bar = "1D", InstId = "BTC-USDT" },
            """{"channel":"candle1D","instId":"BTC-USDT"}""",
            """[["1597026383085","8533.02","8553.74","8527.17","8548.26","45247","529.5858061","5529.5858061","0"]]""");

        JsonElement candle = Assert.Single(push.Data);
        Assert.Equal(
            ["1597026383085", "8533.02", "8553.74", "8527.17", "8548.26", "45247", "529.5858061", "5529.5858061", "0"],
            System.Linq.Enumerable.Select(candle.EnumerateArray(), value => value.GetString()));
    }
}
