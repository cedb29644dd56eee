using System;
using System.Text.Json;
using System.Threading.Tasks;
using OkxGen.Testing.WebSockets;

namespace OkxGen.Testing.Tests.WebSockets;

public sealed class WebSocketPushTests
{
    [Fact]
    public async Task Push_ReachesOnlyMatchingSubscriptions_WithTheirOwnArg()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket btc = await SubscribeAsync(scope, "public", """{"channel":"tickers","instId":"BTC-USDT"}""");
        await using RawWebSocket eth = await SubscribeAsync(scope, "public", """{"channel":"tickers","instId":"ETH-USDT"}""");

        int sent = await scope.Server.PushAsync("""{"channel":"tickers","instId":"ETH-USDT"}""", """[{"instId":"ETH-USDT","last":"2300.1"}]""");
        int sentToAll = await scope.Server.PushAsync("""{"channel":"tickers"}""", """{"last":"9"}""");
        JsonElement ethPush = await eth.ReceiveJsonAsync();
        JsonElement ethSecond = await eth.ReceiveJsonAsync();
        JsonElement btcPush = await btc.ReceiveJsonAsync();

        Assert.Equal((1, 2), (sent, sentToAll));
        Assert.Equal("""{"arg":{"channel":"tickers","instId":"ETH-USDT"},"data":[{"instId":"ETH-USDT","last":"2300.1"}]}""", ethPush.GetRawText());
        Assert.Equal("""[{"last":"9"}]""", ethSecond.GetProperty("data").GetRawText());
        Assert.Equal("""{"arg":{"channel":"tickers","instId":"BTC-USDT"},"data":[{"last":"9"}]}""", btcPush.GetRawText());
    }

    [Fact]
    public async Task Push_WithAction_CarriesIt()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await SubscribeAsync(scope, "public", """{"channel":"books","instId":"BTC-USDT"}""");

        await scope.Server.PushAsync("""{"channel":"books","instId":"BTC-USDT"}""", """[{"asks":[],"bids":[]}]""", action: "snapshot");

        Assert.Equal("snapshot", (await socket.ReceiveJsonAsync()).Text("action"));
    }

    [Fact]
    public async Task PushBook_WritesLevelsSeqIdsAndChecksum_AsGiven()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await SubscribeAsync(scope, "public", """{"channel":"books","instId":"BTC-USDT"}""");

        int sent = await scope.Server.PushBookAsync(new OkxBookPush
        {
            InstId = "BTC-USDT",
            Action = "snapshot",
            Asks = [["8476.98", "415", "0", "13"]],
            Bids = [["8476.97", "256", "0", "12"]],
            SeqId = 123456,
            PrevSeqId = -1,
            Checksum = -855196043,
            Ts = DateTimeOffset.FromUnixTimeMilliseconds(1597026383085),
        });
        string push = await socket.ReceiveAsync();

        Assert.Equal(1, sent);
        Assert.Equal(
            """{"arg":{"channel":"books","instId":"BTC-USDT"},"action":"snapshot","data":[{"asks":[["8476.98","415","0","13"]],"bids":[["8476.97","256","0","12"]],"ts":"1597026383085","checksum":-855196043,"prevSeqId":-1,"seqId":123456}]}""",
            push);
    }

    [Fact]
    public async Task PushBook_WithoutAction_LeavesItOut_AndStampsTheServerClock()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await SubscribeAsync(scope, "public", """{"channel":"bbo-tbt","instId":"BTC-USDT"}""");

        await scope.Server.PushBookAsync(new OkxBookPush { Channel = "bbo-tbt", InstId = "BTC-USDT", Action = null, SeqId = 5, PrevSeqId = 4 });
        JsonElement push = await socket.ReceiveJsonAsync();

        Assert.False(push.TryGetProperty("action", out _));
        JsonElement data = push.GetProperty("data")[0];
        Assert.Equal(WebSocketScope.Start.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), data.Text("ts"));
        Assert.Equal((5, 4, 0), (data.GetProperty("seqId").GetInt64(), data.GetProperty("prevSeqId").GetInt64(), data.GetProperty("checksum").GetInt32()));
    }

    [Fact]
    public async Task Push_WithNoSubscriber_SendsNothing()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();

        Assert.Equal(0, await scope.Server.PushAsync("""{"channel":"tickers"}""", "[]"));
    }

    [Theory]
    [InlineData("""{"instId":"BTC-USDT"}""", "[]")]
    [InlineData("tickers", "[]")]
    [InlineData("""{"channel":"tickers"}""", "\"text\"")]
    [InlineData("""{"channel":"tickers"}""", "[")]
    public async Task Push_WithBadSelectorOrData_Throws(string selector, string data)
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => scope.Server.PushAsync(selector, data));
    }

    [Fact]
    public async Task SameSubscriptionTwice_IsPushedOnce()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await SubscribeAsync(scope, "public", """{"channel":"tickers","instId":"BTC-USDT"}""");
        await socket.SendAsync("""{"op":"subscribe","args":[{"instId":"BTC-USDT","channel":"tickers"}]}""");
        await socket.ReceiveJsonAsync();

        Assert.Equal(1, await scope.Server.PushAsync("""{"channel":"tickers"}""", "[]"));
    }

    private static async Task<RawWebSocket> SubscribeAsync(WebSocketScope scope, string endpoint, string arg)
    {
        RawWebSocket socket = await scope.ConnectAsync(endpoint);
        await socket.SendAsync("""{"op":"subscribe","args":[""" + arg + "]}");
        Assert.Equal("subscribe", (await socket.ReceiveJsonAsync()).Text("event"));
        return socket;
    }
}
