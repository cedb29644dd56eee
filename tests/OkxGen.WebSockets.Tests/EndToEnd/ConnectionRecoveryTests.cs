using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using OkxGen.Testing;
using OkxGen.Testing.WebSockets;
using OkxGen.WebSockets.Tests.Endpoints;
using OkxGen.WebSockets.Tests.TestSupport;

namespace OkxGen.WebSockets.Tests.EndToEnd;

public sealed class ConnectionRecoveryTests
{
    private const string BtcTickers = """{"channel":"tickers","instId":"BTC-USDT"}""";

    [Fact]
    public async Task Drop_Reconnects_LogsInAgain_AndResubscribes_PushesContinueWithoutDuplicates()
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync();
        var reconnects = new ConcurrentQueue<OkxReconnectedEventArgs>();
        fixture.Client.Reconnected += (_, args) => reconnects.Enqueue(args);
        await using var tickers = fixture.Client.SubscribeAsync(new TickersChannel("BTC-USDT")).GetAsyncEnumerator();
        await using var orders = fixture.Client.SubscribeAsync(new OrdersChannel("ANY")).GetAsyncEnumerator();
        Task<OkxPush<Ticker>> firstTicker = tickers.NextAsync();
        Task<OkxPush<OrderUpdate>> firstOrder = orders.NextAsync();
        await fixture.PushWhenSubscribedAsync(BtcTickers, Last(1));
        await fixture.PushWhenSubscribedAsync("""{"channel":"orders"}""", """[{"instId":"BTC-USDT","ordId":"1","state":"live"}]""");
        Assert.Equal(1m, (await firstTicker).Data[0].Last);
        Assert.Equal("1", (await firstOrder).Data[0].OrdId);

        Assert.Equal(2, await fixture.Server.DropWebSocketConnectionsAsync());

        Assert.Equal(OkxPushKind.Reconnected, (await tickers.NextAsync()).Kind);
        Assert.Equal(OkxPushKind.Reconnected, (await orders.NextAsync()).Kind);
        await fixture.PushWhenSubscribedAsync(BtcTickers, Last(2));
        await fixture.PushWhenSubscribedAsync("""{"channel":"orders"}""", """[{"instId":"BTC-USDT","ordId":"2","state":"live"}]""");
        await fixture.Server.PushAsync(BtcTickers, Last(3));
        Assert.Equal(2m, (await tickers.NextAsync()).Data[0].Last);
        Assert.Equal(3m, (await tickers.NextAsync()).Data[0].Last);
        Assert.Equal("2", (await orders.NextAsync()).Data[0].OrdId);

        var logins = fixture.Messages("login");
        Assert.Equal(2, logins.Count);
        Assert.All(logins, login => Assert.Equal("0", login.Code));
        Assert.Equal(4, fixture.Messages("subscribe").Count(message => message.Code == "0"));
        Assert.Equal(2, fixture.Server.WebSocketConnectionCount);
        await WebSocketFixture.WaitUntilAsync(() => reconnects.Count == 2, "both reconnects are raised");
        Assert.Equal([OkxWebSocketEndpoint.Public, OkxWebSocketEndpoint.Private], reconnects.Select(args => args.Endpoint).Order());
    }

    [Fact]
    public async Task ServiceUpgradeNotice_ReconnectsBeforeTheServerCloses()
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync();
        await using var tickers = fixture.Client.SubscribeAsync(new TickersChannel("BTC-USDT")).GetAsyncEnumerator();
        Task<OkxPush<Ticker>> first = tickers.NextAsync();
        await fixture.PushWhenSubscribedAsync(BtcTickers, Last(1));
        await first;
        string firstConnection = fixture.Messages("subscribe").Single().ConnectionId;

        Assert.Equal(1, await fixture.Server.SendWebSocketNoticeAsync());

        Assert.Equal(OkxPushKind.Reconnected, (await tickers.NextAsync()).Kind);
        await fixture.PushWhenSubscribedAsync(BtcTickers, Last(2));
        Assert.Equal(2m, (await tickers.NextAsync()).Data[0].Last);
        var subscribes = fixture.Messages("subscribe");
        Assert.NotEqual(firstConnection, subscribes[^1].ConnectionId);
    }

    // On a fake clock shared with the server: the keepalive's 25 s and 5 s pass only when the test moves the clock, so
    // a loaded machine cannot make a pong look late, and nothing here depends on how fast the real clock runs.
    [Fact]
    public async Task ServerThatStopsAnsweringPings_IsReplaced()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync(
            options => options.ResponseTimeout = TimeSpan.FromHours(1),
            serverOptions: new OkxTestServerOptions { TimeProvider = clock, WebSocketIdleTimeout = Timeout.InfiniteTimeSpan });
        await using var tickers = fixture.Client.SubscribeAsync(new TickersChannel("BTC-USDT")).GetAsyncEnumerator();
        Task<OkxPush<Ticker>> next = tickers.NextAsync();
        await WebSocketFixture.WaitUntilAsync(() => fixture.Messages("subscribe").Any(message => message.Code == "0"), "the subscription is acknowledged");
        fixture.Server.InjectWebSocketFault(OkxWebSocketFault.IgnorePing());

        // The keepalive's timers are created on its own thread, maybe after a step: step until each has done its part.
        await AdvanceUntilAsync(clock, () => fixture.Server.WebSocketMessages.Any(message => message.Fault == OkxWebSocketFaultKind.IgnorePing), "a ping goes unanswered");
        await AdvanceUntilAsync(clock, () => next.IsCompleted, "the connection is replaced");

        Assert.Equal(OkxPushKind.Reconnected, (await next).Kind);

        // The marker comes before the renewed subscription: push once the new connection has it, not to the dead one.
        string first = fixture.Messages("subscribe")[0].ConnectionId;
        await WebSocketFixture.WaitUntilAsync(() => fixture.Messages("subscribe").Any(message => message.Code == "0" && message.ConnectionId != first), "the subscription is renewed");
        await fixture.PushWhenSubscribedAsync(BtcTickers, Last(5));
        Assert.Equal(5m, (await tickers.NextAsync()).Data[0].Last);
    }

    [Fact]
    public async Task ReconnectLogin_UsesAFreshTimestamp()
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync();
        var reconnected = new TaskCompletionSource();
        fixture.Client.Reconnected += (_, _) => reconnected.TrySetResult();
        await fixture.Client.PlaceOrderAsync(OrderOperationTests.Limit("a"));
        await Task.Delay(1100); // let the second change, so that a reused timestamp would show
        await fixture.Server.DropWebSocketConnectionsAsync();
        await reconnected.Task.WaitAsync(WebSocketFixture.Patience);

        await fixture.Client.PlaceOrderAsync(OrderOperationTests.Limit("b"));

        string[] timestamps = fixture.Messages("login")
            .Select(login => JsonDocument.Parse(login.Text).RootElement.GetProperty("args")[0].GetProperty("timestamp").GetString()!)
            .ToArray();
        Assert.Equal(2, timestamps.Length);
        Assert.NotEqual(timestamps[0], timestamps[1]);
    }

    // Moves the fake clock a second at a time (the pong timeout, then the reconnect back-off) until the condition holds.
    private static async Task AdvanceUntilAsync(FakeTimeProvider clock, Func<bool> condition, string what)
    {
        using var patience = new CancellationTokenSource(WebSocketFixture.Patience);
        while (!condition())
        {
            if (patience.IsCancellationRequested)
            {
                throw new TimeoutException("Gave up waiting until " + what);
            }

            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }
    }

    private static string Last(int value) => $$"""[{"instId":"BTC-USDT","last":"{{value}}"}]""";
}
