using System.Linq;
using System.Threading.Tasks;
using OkxGen.WebSockets.Tests.Endpoints;
using OkxGen.WebSockets.Tests.TestSupport;

namespace OkxGen.WebSockets.Tests.EndToEnd;

public sealed class SubscriptionTests
{
    private const string BtcTickers = """{"channel":"tickers","instId":"BTC-USDT"}""";

    [Fact]
    public async Task Subscribe_ReadsTypedPushes_AndUnsubscribesWhenTheEnumerationEnds()
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync();
        await using (var tickers = fixture.Client.SubscribeAsync(new TickersChannel("BTC-USDT")).GetAsyncEnumerator())
        {
            Task<OkxPush<Ticker>> first = tickers.NextAsync();
            await fixture.PushWhenSubscribedAsync(BtcTickers, """[{"instId":"BTC-USDT","last":"43250.5","ts":"1597026383085"}]""");

            OkxPush<Ticker> push = await first;

            Assert.Equal(OkxPushKind.Data, push.Kind);
            Ticker ticker = Assert.Single(push.Data);
            Assert.Equal(("BTC-USDT", 43250.5m), (ticker.InstId, ticker.Last));
            Assert.Equal(1597026383085, ticker.Ts!.Value.ToUnixTimeMilliseconds());
            Assert.Equal(new TickersChannel("BTC-USDT"), push.Arg);
            Assert.Equal(BtcTickers, fixture.Messages("subscribe").Single().Text.Split("\"args\":[")[1].Split(']')[0]);
        }

        await WebSocketFixture.WaitUntilAsync(() => fixture.Messages("unsubscribe").Count == 1, "the unsubscribe arrives");
        Assert.Equal("0", fixture.Messages("unsubscribe").Single().Code);
        Assert.Equal(0, await fixture.Server.PushAsync(BtcTickers, """[{"instId":"BTC-USDT","last":"1"}]"""));
    }

    [Fact]
    public async Task PushesOfOtherArguments_AreNotDelivered()
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync();
        await using var btc = fixture.Client.SubscribeAsync(new TickersChannel("BTC-USDT")).GetAsyncEnumerator();
        await using var eth = fixture.Client.SubscribeAsync(new TickersChannel("ETH-USDT")).GetAsyncEnumerator();
        Task<OkxPush<Ticker>> btcFirst = btc.NextAsync();
        Task<OkxPush<Ticker>> ethFirst = eth.NextAsync();

        await fixture.PushWhenSubscribedAsync("""{"channel":"tickers","instId":"ETH-USDT"}""", """[{"instId":"ETH-USDT","last":"2000"}]""");
        await fixture.PushWhenSubscribedAsync(BtcTickers, """[{"instId":"BTC-USDT","last":"43000"}]""");

        Assert.Equal("ETH-USDT", (await ethFirst).Data[0].InstId);
        Assert.Equal("BTC-USDT", (await btcFirst).Data[0].InstId);
    }

    [Fact]
    public async Task BusinessChannelOnPublic_EndsTheEnumerationWith64001()
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync();

        OkxWebSocketException exception = await RefusalAsync(fixture.Client.SubscribeAsync(new CandleOnPublicChannel("BTC-USDT")));

        Assert.Equal("64001", exception.Code);
    }

    [Fact]
    public async Task UnknownChannel_EndsTheEnumerationWith60018()
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync();

        OkxWebSocketException exception = await RefusalAsync(fixture.Client.SubscribeAsync(new UnknownChannel("BTC-USDT")));

        Assert.Equal("60018", exception.Code);
    }

    [Fact]
    public void GeneratedArgument_SortsTheChannelKeyWithTheMembers()
    {
        IOkxChannel orders = new OrdersChannel("SPOT") { InstId = "BTC-USDT" };
        byte[] buffer = new byte[128];

        Assert.True(orders.TryWriteArgument(buffer, out int written));

        Assert.Equal("""{"channel":"orders","instId":"BTC-USDT","instType":"SPOT"}""", System.Text.Encoding.UTF8.GetString(buffer, 0, written));
        Assert.Equal(OkxWebSocketEndpoint.Private, orders.Endpoint);
    }

    private static Task<OkxWebSocketException> RefusalAsync<T>(System.Collections.Generic.IAsyncEnumerable<OkxPush<T>> pushes) =>
        Assert.ThrowsAsync<OkxWebSocketException>(async () =>
        {
            await foreach (OkxPush<T> push in pushes)
            {
                Assert.Fail("No push was expected, got " + push);
            }
        });

    [Fact]
    public async Task SlowConsumer_GetsADroppedMarker_InsteadOfStallingTheSocket()
    {
        var logger = new CapturingLogger();
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync(options =>
        {
            options.SubscriptionBufferCapacity = 2;
            options.Logger = logger;
        });
        await using var tickers = fixture.Client.SubscribeAsync(new TickersChannel("BTC-USDT")).GetAsyncEnumerator();
        Task<OkxPush<Ticker>> first = tickers.NextAsync();
        await fixture.PushWhenSubscribedAsync(BtcTickers, Last(1));
        Assert.Equal(1m, (await first).Data[0].Last);

        // Nobody reads while pushes 2..6 arrive: 2 and 3 fill the buffer, the rest are dropped and logged.
        for (int i = 2; i <= 6; i++)
        {
            await fixture.Server.PushAsync(BtcTickers, Last(i));
        }

        await WebSocketFixture.WaitUntilAsync(() => logger.Entries.Any(entry => entry.EventId == 120), "the slow consumer is logged");
        Assert.Equal(2m, (await tickers.NextAsync()).Data[0].Last);
        Assert.Equal(3m, (await tickers.NextAsync()).Data[0].Last);
        await fixture.Server.PushAsync(BtcTickers, Last(7));

        OkxPush<Ticker> marker = await tickers.NextAsync();
        Assert.Equal(OkxPushKind.Dropped, marker.Kind);
        var after = new System.Collections.Generic.List<decimal>();
        OkxPush<Ticker> next;
        while ((next = await tickers.NextAsync()).Data[0].Last != 7m)
        {
            after.Add(next.Data[0].Last!.Value);
        }

        // Every one of 4, 5 and 6 is either counted as dropped or delivered after the marker, in order, once.
        Assert.Equal(3, marker.DroppedCount + after.Count);
        Assert.Equal(after.OrderBy(value => value), after);
    }

    [Fact]
    public async Task PushWithDataBeforeArg_IsDeliveredAllTheSame()
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync();
        await using var tickers = fixture.Client.SubscribeAsync(new TickersChannel("BTC-USDT")).GetAsyncEnumerator();
        Task<OkxPush<Ticker>> first = tickers.NextAsync();
        await fixture.PushWhenSubscribedAsync(BtcTickers, Last(1));
        Assert.Equal(1m, (await first).Data[0].Last);

        await fixture.Server.SendWebSocketTextAsync($$"""{"data":{{Last(2)}},"arg":{{BtcTickers}}}""");

        Assert.Equal(2m, (await tickers.NextAsync()).Data[0].Last);
    }

    [Fact]
    public async Task TwoSubscriptionsOfOneArgument_BothGetEveryPush()
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync();
        await using var first = fixture.Client.SubscribeAsync(new TickersChannel("BTC-USDT")).GetAsyncEnumerator();
        await using var second = fixture.Client.SubscribeAsync(new TickersChannel("BTC-USDT")).GetAsyncEnumerator();
        Task<OkxPush<Ticker>> firstPush = first.NextAsync();
        Task<OkxPush<Ticker>> secondPush = second.NextAsync();

        await fixture.PushWhenSubscribedAsync(BtcTickers, Last(1));

        Assert.Equal(1m, (await firstPush).Data[0].Last);
        Assert.Equal(1m, (await secondPush).Data[0].Last);
    }

    [Fact]
    public async Task PushThatCannotBeRead_EndsThatSubscriptionOnly_AndAMalformedMessageEndsNone()
    {
        var logger = new CapturingLogger();
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync(options => options.Logger = logger);
        await using var btc = fixture.Client.SubscribeAsync(new TickersChannel("BTC-USDT")).GetAsyncEnumerator();
        await using var eth = fixture.Client.SubscribeAsync(new TickersChannel("ETH-USDT")).GetAsyncEnumerator();
        Task<OkxPush<Ticker>> btcFirst = btc.NextAsync();
        Task<OkxPush<Ticker>> ethFirst = eth.NextAsync();
        await fixture.PushWhenSubscribedAsync(BtcTickers, Last(1));
        await fixture.PushWhenSubscribedAsync(EthTickers, """[{"instId":"ETH-USDT","last":"1"}]""");
        Assert.Equal(1m, (await btcFirst).Data[0].Last);
        Assert.Equal(1m, (await ethFirst).Data[0].Last);

        // Cut short inside data: not JSON, logged, and no subscription is at fault.
        await fixture.Server.SendWebSocketTextAsync($$"""{"arg":{{BtcTickers}},"data":[{"instId":"BTC-USDT","last":""");
        await WebSocketFixture.WaitUntilAsync(() => logger.Entries.Any(entry => entry.EventId == 107), "the unreadable message is logged");
        await fixture.Server.PushAsync(BtcTickers, Last(2));
        Assert.Equal(2m, (await btc.NextAsync()).Data[0].Last);

        // JSON, but "last" is no number: the tickers reader cannot read it, so that subscription ends with the reason.
        await fixture.Server.PushAsync(BtcTickers, """[{"instId":"BTC-USDT","last":"abc"}]""");
        OkxWebSocketException unreadable = await Assert.ThrowsAsync<OkxWebSocketException>(async () => await btc.NextAsync());
        Assert.Contains("could not be read", unreadable.Message, System.StringComparison.Ordinal);

        await fixture.Server.PushAsync(EthTickers, """[{"instId":"ETH-USDT","last":"2"}]""");
        Assert.Equal(2m, (await eth.NextAsync()).Data[0].Last);
    }

    private const string EthTickers = """{"channel":"tickers","instId":"ETH-USDT"}""";

    private static string Last(int value) => $$"""[{"instId":"BTC-USDT","last":"{{value}}"}]""";
}
