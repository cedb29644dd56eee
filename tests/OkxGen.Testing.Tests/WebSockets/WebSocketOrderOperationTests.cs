using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using OkxGen.Testing.WebSockets;

namespace OkxGen.Testing.Tests.WebSockets;

public sealed class WebSocketOrderOperationTests
{
    private const string LimitBuy = """{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"limit","px":"43000","sz":"0.01","clOrdId":"a1","tag":"t1"}""";

    [Fact]
    public async Task Order_IsAnsweredLikeRest_AndRecorded()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectLoggedInAsync();
        scope.Server.ClearWebSocketMessages();

        JsonElement answer = await OperateAsync(socket, "1512", "order", LimitBuy);

        Assert.Equal(("1512", "order", "0", ""), (answer.Text("id"), answer.Text("op"), answer.Text("code"), answer.Text("msg")));
        JsonElement item = Assert.Single(answer.GetProperty("data").EnumerateArray());
        Assert.Equal(["ordId", "clOrdId", "tag", "ts", "sCode", "sMsg", "subCode"], item.EnumerateObject().Select(p => p.Name));
        Assert.Matches("^[0-9]+$", item.Text("ordId"));
        Assert.Equal(("a1", "t1", "0"), (item.Text("clOrdId"), item.Text("tag"), item.Text("sCode")));
        Assert.Equal(WebSocketScope.Start.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), item.Text("ts"));
        string micros = (WebSocketScope.Start.ToUnixTimeMilliseconds() * 1000).ToString(CultureInfo.InvariantCulture);
        Assert.Equal((micros, micros), (answer.Text("inTime"), answer.Text("outTime")));
        RecordedWebSocketMessage recorded = RecordedWebSocketMessageAssert.Single(scope.Server, "order", "0");
        Assert.Equal(("1512", "/wspap/ws/v5/private", true), (recorded.Id, recorded.Path, recorded.IsDemo));
        Assert.Contains(LimitBuy, recorded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Order_WithInstIdCode_IsAccepted()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectLoggedInAsync();

        JsonElement answer = await OperateAsync(socket, "1", "order", """{"instIdCode":123456,"side":"buy","tdMode":"isolated","ordType":"market","sz":"100"}""");

        Assert.Equal("0", answer.Text("code"));
    }

    [Fact]
    public async Task BatchOrders_WithADuplicateClOrdId_AnswersCode2_WithEachItemsOutcome()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectLoggedInAsync();

        JsonElement answer = await OperateAsync(
            socket,
            "b1",
            "batch-orders",
            LimitBuy,
            """{"instId":"BTC-USDT","tdMode":"cash","side":"sell","ordType":"limit","px":"50000","sz":"1","clOrdId":"a1"}""",
            """{"instId":"ETH-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"1","clOrdId":"a2"}""");

        Assert.Equal(("2", ""), (answer.Text("code"), answer.Text("msg")));
        Assert.Equal(["0", "51016", "0"], answer.GetProperty("data").EnumerateArray().Select(i => i.Text("sCode")!).ToArray());
        JsonElement duplicate = answer.GetProperty("data")[1];
        Assert.Equal(("", "a1"), (duplicate.Text("ordId"), duplicate.Text("clOrdId")));
        Assert.Equal(2, scope.Server.Orders.Count);
    }

    [Fact]
    public async Task OrderPlacedOverTheSocket_IsInTheServersBook_AndCancellableOverRest()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectLoggedInAsync();

        string ordId = (await OperateAsync(socket, "1", "order", LimitBuy)).GetProperty("data")[0].Text("ordId")!;
        OkxAnswer cancel = await scope.Scope.SendSignedAsync("POST", "/api/v5/trade/cancel-order", $$"""{"instId":"BTC-USDT","ordId":"{{ordId}}"}""");

        Assert.Equal("0", cancel.Code);
        OkxTestOrder order = Assert.Single(scope.Server.Orders);
        Assert.Equal((ordId, "canceled", TestSigner.ApiKey), (order.OrdId, order.State, order.ApiKey));
    }

    [Fact]
    public async Task Cancel_ThenCancelAgain_AnswersCode1With51400()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectLoggedInAsync();
        string ordId = (await OperateAsync(socket, "1", "order", LimitBuy)).GetProperty("data")[0].Text("ordId")!;
        string cancel = $$"""{"instId":"BTC-USDT","ordId":"{{ordId}}"}""";

        JsonElement first = await OperateAsync(socket, "2", "cancel-order", cancel);
        JsonElement second = await OperateAsync(socket, "3", "cancel-order", cancel);

        Assert.Equal(("0", ordId, "a1"), (first.Text("code"), first.GetProperty("data")[0].Text("ordId"), first.GetProperty("data")[0].Text("clOrdId")));
        Assert.Equal(("1", "51400"), (second.Text("code"), second.GetProperty("data")[0].Text("sCode")));
    }

    [Fact]
    public async Task BatchCancel_ByClOrdId_WithOneUnknown_AnswersCode2()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectLoggedInAsync();
        await OperateAsync(socket, "1", "order", LimitBuy);

        JsonElement answer = await OperateAsync(socket, "2", "batch-cancel-orders", """{"instId":"BTC-USDT","clOrdId":"a1"}""", """{"instId":"BTC-USDT","clOrdId":"zz"}""", """{"instId":"BTC-USDT"}""");

        Assert.Equal("2", answer.Text("code"));
        Assert.Equal(["0", "51400", "51003"], answer.GetProperty("data").EnumerateArray().Select(i => i.Text("sCode")!).ToArray());
    }

    [Fact]
    public async Task Amend_EchoesReqId_AndUnknownOrderGets51503()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectLoggedInAsync();
        string ordId = (await OperateAsync(socket, "1", "order", LimitBuy)).GetProperty("data")[0].Text("ordId")!;

        JsonElement amended = await OperateAsync(socket, "2", "amend-order", $$"""{"instId":"BTC-USDT","ordId":"{{ordId}}","newPx":"42000","reqId":"r1"}""");
        JsonElement batch = await OperateAsync(socket, "3", "batch-amend-orders", """{"instId":"BTC-USDT","ordId":"1","newSz":"2"}""", """{"instId":"BTC-USDT","clOrdId":"a1","newSz":"-1"}""");

        JsonElement item = amended.GetProperty("data")[0];
        Assert.Equal(("0", ordId, "r1", "0"), (amended.Text("code"), item.Text("ordId"), item.Text("reqId"), item.Text("sCode")));
        Assert.Equal("1", batch.Text("code"));
        Assert.Equal(["51503", "51000"], batch.GetProperty("data").EnumerateArray().Select(i => i.Text("sCode")!).ToArray());
    }

    [Fact]
    public async Task MassCancel_AnswersResultTrue_AndCancelsTheFamily()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectLoggedInAsync();
        string option = """{"instId":"BTC-USD-261225-100000-C","tdMode":"cross","side":"sell","ordType":"limit","px":"0.01","sz":"1"}""";
        string ordId = (await OperateAsync(socket, "1", "order", option)).GetProperty("data")[0].Text("ordId")!;

        JsonElement answer = await OperateAsync(socket, "2", "mass-cancel", """{"instType":"OPTION","instFamily":"BTC-USD"}""");
        JsonElement cancel = await OperateAsync(socket, "3", "cancel-order", $$"""{"instId":"BTC-USD-261225-100000-C","ordId":"{{ordId}}"}""");

        Assert.Equal(("0", "[{\"result\":true}]"), (answer.Text("code"), answer.GetProperty("data").GetRawText()));
        Assert.Equal("51400", cancel.GetProperty("data")[0].Text("sCode"));
    }

    [Fact]
    public async Task Order_BeforeLogin_Answers60011()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("private");

        JsonElement answer = await OperateAsync(socket, "5", "order", LimitBuy);

        Assert.Equal(("5", "order", "60011", "[]"), (answer.Text("id"), answer.Text("op"), answer.Text("code"), answer.GetProperty("data").GetRawText()));
    }

    [Fact]
    public async Task Order_OnPublic_Answers60028()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectLoggedInAsync("public");

        Assert.Equal("60028", (await OperateAsync(socket, "5", "order", LimitBuy)).Text("code"));
    }

    [Theory]
    [InlineData("""{"op":"order","args":[{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"1"}]}""")]
    [InlineData("""{"id":"1","op":"order","args":[{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market"}]}""")]
    [InlineData("""{"id":"1","op":"order","args":[{"tdMode":"cash","side":"buy","ordType":"market","sz":"1"}]}""")]
    [InlineData("""{"id":"1","op":"order","args":[]}""")]
    [InlineData("""{"id":"1","op":"cancel-order","args":[{"instId":"BTC-USDT","ordId":"1"},{"instId":"BTC-USDT","ordId":"2"}]}""")]
    [InlineData("""{"id":"1","op":"mass-cancel","args":[{"instType":"OPTION"}]}""")]
    public async Task FormatError_Answers60013_WithEmptyData(string text)
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectLoggedInAsync();

        await socket.SendAsync(text);
        JsonElement answer = await socket.ReceiveJsonAsync();

        Assert.Equal(("60013", "Invalid args", "[]"), (answer.Text("code"), answer.Text("msg"), answer.GetProperty("data").GetRawText()));
    }

    [Fact]
    public async Task BatchOf21_Answers60013()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectLoggedInAsync();

        JsonElement answer = await OperateAsync(socket, "1", "batch-orders", Enumerable.Repeat("""{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"1"}""", 21).ToArray());

        Assert.Equal("60013", answer.Text("code"));
    }

    [Fact]
    public async Task ExpTimeInThePast_IsNotCarriedOut()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectLoggedInAsync();
        long now = scope.Server.Now.ToUnixTimeMilliseconds();

        await socket.SendAsync($$"""{"id":"1","op":"order","expTime":"{{now - 1}}","args":[{{LimitBuy}}]}""");
        JsonElement expired = await socket.ReceiveJsonAsync();
        await socket.SendAsync($$"""{"id":"2","op":"order","expTime":"{{now}}","args":[{{LimitBuy}}]}""");
        JsonElement inTime = await socket.ReceiveJsonAsync();

        Assert.Equal(("50036", "[]"), (expired.Text("code"), expired.GetProperty("data").GetRawText()));
        Assert.Equal(("0", "0"), (inTime.Text("code"), inTime.GetProperty("data")[0].Text("sCode")));
    }

    [Fact]
    public async Task OrderChanges_ArePushedOnTheOrdersChannel_ToTheSameKeysSubscriptions()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket trader = await scope.ConnectLoggedInAsync();
        await using RawWebSocket watcher = await scope.ConnectLoggedInAsync();
        await watcher.SendAsync("""{"op":"subscribe","args":[{"channel":"orders","instType":"SPOT"}]}""");
        await watcher.ReceiveJsonAsync();
        await trader.SendAsync("""{"op":"subscribe","args":[{"channel":"orders","instType":"SWAP"}]}""");
        await trader.ReceiveJsonAsync();

        string ordId = (await OperateAsync(trader, "1", "order", LimitBuy)).GetProperty("data")[0].Text("ordId")!;
        JsonElement placed = await watcher.ReceiveJsonAsync();
        await OperateAsync(trader, "2", "cancel-order", $$"""{"instId":"BTC-USDT","ordId":"{{ordId}}"}""");
        JsonElement canceled = await watcher.ReceiveJsonAsync();

        Assert.Equal("""{"channel":"orders","instType":"SPOT"}""", placed.GetProperty("arg").GetRawText());
        JsonElement order = placed.GetProperty("data")[0];
        Assert.Equal((ordId, "live", "SPOT", "43000", "a1"), (order.Text("ordId"), order.Text("state"), order.Text("instType"), order.Text("px"), order.Text("clOrdId")));
        Assert.Equal((ordId, "canceled"), (canceled.GetProperty("data")[0].Text("ordId"), canceled.GetProperty("data")[0].Text("state")));
    }

    [Fact]
    public async Task RestOrdersAndFills_ArePushedOnTheOrdersChannel()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket watcher = await scope.ConnectLoggedInAsync();
        await watcher.SendAsync("""{"op":"subscribe","args":[{"channel":"orders","instType":"ANY","instId":"BTC-USDT"}]}""");
        await watcher.ReceiveJsonAsync();

        OkxAnswer placed = await scope.Scope.SendSignedAsync("POST", "/api/v5/trade/order", LimitBuy);
        JsonElement livePush = await watcher.ReceiveJsonAsync();
        string ordId = livePush.GetProperty("data")[0].Text("ordId")!;
        scope.Server.Fill(ordId, 43000m, 0.004m);
        JsonElement fillPush = await watcher.ReceiveJsonAsync();

        Assert.Equal("0", placed.Code);
        Assert.Equal("live", livePush.GetProperty("data")[0].Text("state"));
        JsonElement fill = fillPush.GetProperty("data")[0];
        Assert.Equal((ordId, "partially_filled", "0.004"), (fill.Text("ordId"), fill.Text("state"), fill.Text("accFillSz")));
    }

    [Fact]
    public async Task OrderPushes_SkipOtherKeysAndOtherInstruments()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        var other = new TestSigner(apiKey: "other-key");
        scope.Server.AddKey(other.Key, other.SecretKey, other.KeyPassphrase);
        await using RawWebSocket otherKey = await scope.ConnectAsync("private");
        await otherKey.LogInAsync(other, scope.Server.Now);
        await otherKey.SendAsync("""{"op":"subscribe","args":[{"channel":"orders","instType":"ANY"}]}""");
        await otherKey.ReceiveJsonAsync();
        await using RawWebSocket ethOnly = await scope.ConnectLoggedInAsync();
        await ethOnly.SendAsync("""{"op":"subscribe","args":[{"channel":"orders","instType":"SPOT","instId":"ETH-USDT"}]}""");
        await ethOnly.ReceiveJsonAsync();
        await using RawWebSocket trader = await scope.ConnectLoggedInAsync();

        await OperateAsync(trader, "1", "order", LimitBuy);
        await OperateAsync(trader, "2", "order", """{"instId":"ETH-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"1"}""");
        JsonElement ethPush = await ethOnly.ReceiveJsonAsync();
        await otherKey.SendAsync("ping");

        Assert.Equal("ETH-USDT", ethPush.GetProperty("data")[0].Text("instId"));
        Assert.Equal("pong", await otherKey.ReceiveAsync());
    }

    private static async Task<JsonElement> OperateAsync(RawWebSocket socket, string id, string op, params string[] args)
    {
        await socket.SendAsync($$"""{"id":"{{id}}","op":"{{op}}","args":[{{string.Join(",", args)}}]}""");
        return await socket.ReceiveJsonAsync();
    }
}
