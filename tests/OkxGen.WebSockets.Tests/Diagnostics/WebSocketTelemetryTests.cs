using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using OkxGen.TestSupport;
using OkxGen.WebSockets.Tests.Endpoints;
using OkxGen.WebSockets.Tests.TestSupport;

namespace OkxGen.WebSockets.Tests.Diagnostics;

// The metrics' tags name paths and channels that every test here uses: these tests run alone, so that what the
// recorder sees is theirs.
[CollectionDefinition(nameof(WebSocketTelemetryTests), DisableParallelization = true)]
public sealed class WebSocketTelemetryRunsAlone;

/// <summary>The WebSocket client's metrics on the <c>OkxGen</c> meter: reconnects by path, push lag by path and channel.</summary>
[Collection(nameof(WebSocketTelemetryTests))]
public sealed class WebSocketTelemetryTests
{
    private const string BtcTickers = """{"channel":"tickers","instId":"BTC-USDT"}""";
    private const long OkxTs = 1597026383085;

    [Fact]
    public async Task PushWithTs_RecordsLocalReceiveTimeMinusTs_InSeconds_ByPathAndChannel()
    {
        using var recorder = new MeasurementRecorder("okxgen.websocket.push.lag");
        // The client's wall clock reads 1.25 s after OKX's ts; its timers run on the system clock.
        var clock = new FixedWallClock(DateTimeOffset.FromUnixTimeMilliseconds(OkxTs + 1250));
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync(options => options.TimeProvider = clock);
        await using var tickers = fixture.Client.SubscribeAsync(new TickersChannel("BTC-USDT")).GetAsyncEnumerator();
        Task<OkxPush<Ticker>> first = tickers.NextAsync();

        await fixture.PushWhenSubscribedAsync(BtcTickers, $$"""[{"instId":"BTC-USDT","last":"1","ts":"{{OkxTs}}"}]""");
        await first;

        RecordedMeasurement lag = Assert.Single(recorder.Measurements);
        Assert.Equal("okxgen.websocket.push.lag", lag.Instrument);
        Assert.Equal("s", lag.Unit);
        Assert.Equal(1.25, lag.Value, 9);
        Assert.Equal(new Dictionary<string, object?> { ["okx.path"] = "/ws/v5/public", ["okx.channel"] = "tickers" }, lag.Tags);
    }

    [Fact]
    public async Task PushWithoutTs_RecordsNoLag()
    {
        using var recorder = new MeasurementRecorder("okxgen.websocket.push.lag");
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync();
        await using var tickers = fixture.Client.SubscribeAsync(new TickersChannel("BTC-USDT")).GetAsyncEnumerator();
        Task<OkxPush<Ticker>> first = tickers.NextAsync();

        await fixture.PushWhenSubscribedAsync(BtcTickers, """[{"instId":"BTC-USDT","last":"1"}]""");
        await first;

        Assert.Empty(recorder.Measurements);
    }

    [Fact]
    public async Task EachReconnect_IsCounted_ByPathOnly()
    {
        using var recorder = new MeasurementRecorder("okxgen.websocket.reconnects");
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync();
        await using var tickers = fixture.Client.SubscribeAsync(new TickersChannel("BTC-USDT")).GetAsyncEnumerator();
        await using var orders = fixture.Client.SubscribeAsync(new OrdersChannel("ANY")).GetAsyncEnumerator();
        Task<OkxPush<Ticker>> firstTicker = tickers.NextAsync();
        Task<OkxPush<OrderUpdate>> firstOrder = orders.NextAsync();
        await fixture.PushWhenSubscribedAsync(BtcTickers, """[{"instId":"BTC-USDT","last":"1"}]""");
        await fixture.PushWhenSubscribedAsync("""{"channel":"orders"}""", """[{"instId":"BTC-USDT","ordId":"1","state":"live"}]""");
        await Task.WhenAll(firstTicker, firstOrder);

        Assert.Equal(2, await fixture.Server.DropWebSocketConnectionsAsync());
        Assert.Equal(OkxPushKind.Reconnected, (await tickers.NextAsync()).Kind);
        Assert.Equal(OkxPushKind.Reconnected, (await orders.NextAsync()).Kind);
        await WebSocketFixture.WaitUntilAsync(() => recorder.Measurements.Count == 2, "both reconnects are counted");

        IReadOnlyList<RecordedMeasurement> reconnects = recorder.Measurements;
        Assert.All(reconnects, m =>
        {
            Assert.Equal("{reconnect}", m.Unit);
            Assert.Equal(1d, m.Value);
            Assert.Equal(["okx.path"], m.Tags.Keys);
        });
        Assert.Equal(["/ws/v5/private", "/ws/v5/public"], reconnects.Select(m => (string)m.Tags["okx.path"]!).Order());
    }

    /// <summary>A wall clock stopped at one instant; timestamps and timers are the system's.</summary>
    private sealed class FixedWallClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
