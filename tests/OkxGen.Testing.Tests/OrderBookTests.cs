using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;

namespace OkxGen.Testing.Tests;

/// <summary>The stateful order book: what a client places, amends and cancels is what it then reads back, per API key.</summary>
public sealed class OrderBookTests
{
    private const string Pending = "/api/v5/trade/orders-pending";

    [Fact]
    public async Task PlacedOrder_AppearsInPendingOrdersAndOrderDetails_WithItsFields()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer placed = await scope.SendSignedAsync("POST", "/api/v5/trade/order", Order("c1", px: "43250.5", sz: "0.010", tag: "t7"));

        JsonElement ack = Assert.Single(placed.Data.EnumerateArray());
        string ordId = ack.GetProperty("ordId").GetString()!;
        Assert.Equal(("0", "c1", "t7"), (ack.GetProperty("sCode").GetString(), ack.GetProperty("clOrdId").GetString(), ack.GetProperty("tag").GetString()));
        JsonElement listed = Assert.Single((await scope.SendSignedAsync("GET", Pending)).Data.EnumerateArray());
        JsonElement byId = Assert.Single((await scope.SendSignedAsync("GET", "/api/v5/trade/order?instId=BTC-USDT&ordId=" + ordId)).Data.EnumerateArray());
        JsonElement byClOrdId = Assert.Single((await scope.SendSignedAsync("GET", "/api/v5/trade/order?clOrdId=c1&instId=BTC-USDT")).Data.EnumerateArray());
        foreach (JsonElement order in new[] { listed, byId, byClOrdId })
        {
            Assert.Equal(
                [ordId, "c1", "t7", "BTC-USDT", "SPOT", "cash", "buy", "limit", "43250.5", "0.010", "live", "0", "", "false"],
                Strings(order, "ordId", "clOrdId", "tag", "instId", "instType", "tdMode", "side", "ordType", "px", "sz", "state", "accFillSz", "avgPx", "reduceOnly"));
            Assert.Equal(scope.Server.Now.ToUnixTimeMilliseconds(), Milliseconds(order, "cTime"), 10_000d);
        }
    }

    [Fact]
    public async Task Amend_ChangesPriceAndSize_AndEchoesReqId()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        string ordId = await PlaceAsync(scope, "a1");

        OkxAnswer amended = await scope.SendSignedAsync("POST", "/api/v5/trade/amend-order", $$"""{"instId":"BTC-USDT","newPx":"42000","newSz":"0.02","ordId":"{{ordId}}","reqId":"r-17"}""");

        JsonElement ack = Assert.Single(amended.Data.EnumerateArray());
        Assert.Equal(("0", ordId, "a1", "r-17"), (amended.Code, ack.GetProperty("ordId").GetString(), ack.GetProperty("clOrdId").GetString(), ack.GetProperty("reqId").GetString()));
        JsonElement order = (await scope.SendSignedAsync("GET", "/api/v5/trade/order?instId=BTC-USDT&ordId=" + ordId)).Data[0];
        Assert.Equal(["42000", "0.02", "live"], Strings(order, "px", "sz", "state"));
    }

    [Fact]
    public async Task Cancel_RemovesFromPending_AndTheOrderStaysReadableAsCanceled()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        string ordId = await PlaceAsync(scope, "x1");

        OkxAnswer cancelled = await scope.SendSignedAsync("POST", "/api/v5/trade/cancel-order", """{"clOrdId":"x1","instId":"BTC-USDT"}""");

        Assert.Equal(("0", ordId), (cancelled.Code, cancelled.Data[0].GetProperty("ordId").GetString()));
        Assert.Equal(0, (await scope.SendSignedAsync("GET", Pending)).Data.GetArrayLength());
        Assert.Equal("canceled", (await scope.SendSignedAsync("GET", "/api/v5/trade/order?instId=BTC-USDT&ordId=" + ordId)).Data[0].GetProperty("state").GetString());
        JsonElement history = Assert.Single((await scope.SendSignedAsync("GET", "/api/v5/trade/orders-history?instType=SPOT")).Data.EnumerateArray());
        Assert.Equal(ordId, history.GetProperty("ordId").GetString());
    }

    [Fact]
    public async Task Batches_PlaceAmendAndCancel_EachItemInOrder()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer placed = await scope.SendSignedAsync("POST", "/api/v5/trade/batch-orders", $"[{Order("b1")},{Order("b2")},{Order("b3")}]");
        string[] ids = placed.Data.EnumerateArray().Select(a => a.GetProperty("ordId").GetString()!).ToArray();
        OkxAnswer amended = await scope.SendSignedAsync("POST", "/api/v5/trade/amend-batch-orders", $$"""[{"instId":"BTC-USDT","newSz":"3","ordId":"{{ids[0]}}"},{"clOrdId":"b2","instId":"BTC-USDT","newPx":"41000"}]""");
        OkxAnswer cancelled = await scope.SendSignedAsync("POST", "/api/v5/trade/cancel-batch-orders", $$"""[{"instId":"BTC-USDT","ordId":"{{ids[1]}}"},{"clOrdId":"b3","instId":"BTC-USDT"}]""");

        Assert.Equal(["b1", "b2", "b3"], placed.Data.EnumerateArray().Select(a => a.GetProperty("clOrdId").GetString()));
        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal(("0", "0"), (amended.Code, cancelled.Code));
        JsonElement remaining = Assert.Single((await scope.SendSignedAsync("GET", Pending)).Data.EnumerateArray());
        Assert.Equal([ids[0], "3"], Strings(remaining, "ordId", "sz"));
    }

    [Fact]
    public async Task BatchWithAnUnknownOrder_IsCode2_WithEachItemsSCode()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        string ordId = await PlaceAsync(scope, "p1");

        OkxAnswer answer = await scope.SendSignedAsync("POST", "/api/v5/trade/cancel-batch-orders", $$"""[{"instId":"BTC-USDT","ordId":"{{ordId}}"},{"instId":"BTC-USDT","ordId":"123"}]""");

        Assert.Equal(("2", "Bulk operation partially succeeded."), (answer.Code, answer.Message));
        Assert.Equal(["0", "51400"], answer.Data.EnumerateArray().Select(a => a.GetProperty("sCode").GetString()));
        Assert.Equal("123", answer.Data[1].GetProperty("ordId").GetString());
    }

    [Theory]
    [InlineData("/api/v5/trade/cancel-order", """{"instId":"BTC-USDT","ordId":"590908157585625999"}""", "51400")]
    [InlineData("/api/v5/trade/cancel-order", """{"clOrdId":"nope","instId":"BTC-USDT"}""", "51400")]
    [InlineData("/api/v5/trade/cancel-order", """{"instId":"BTC-USDT"}""", "51003")]
    [InlineData("/api/v5/trade/amend-order", """{"instId":"BTC-USDT","newSz":"2","ordId":"590908157585625999"}""", "51503")]
    [InlineData("/api/v5/trade/amend-order", """{"instId":"BTC-USDT","newSz":"2"}""", "51003")]
    public async Task UnknownOrMissingIds_AreCode1_WithOkxsSCode(string path, string body, string sCode)
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer answer = await scope.SendSignedAsync("POST", path, body);

        Assert.Equal((HttpStatusCode.OK, "1"), (answer.Status, answer.Code));
        Assert.Equal(sCode, Assert.Single(answer.Data.EnumerateArray()).GetProperty("sCode").GetString());
        Assert.NotEqual(string.Empty, answer.Data[0].GetProperty("sMsg").GetString());
    }

    [Fact]
    public async Task OrderDetailsOfAnUnknownOrder_Is51603WithEmptyData()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer answer = await scope.SendSignedAsync("GET", "/api/v5/trade/order?instId=BTC-USDT&ordId=590908157585625999");

        Assert.Equal(("51603", "Order does not exist."), (answer.Code, answer.Message));
        Assert.Equal(0, answer.Data.GetArrayLength());
    }

    [Fact]
    public async Task AmendWithNothingToChange_Is51500_AndCxlOnFailCancelsTheOrder()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        string ordId = await PlaceAsync(scope, "n1");

        OkxAnswer answer = await scope.SendSignedAsync("POST", "/api/v5/trade/amend-order", $$"""{"cxlOnFail":true,"instId":"BTC-USDT","ordId":"{{ordId}}"}""");

        Assert.Equal(("1", "51500"), (answer.Code, answer.Data[0].GetProperty("sCode").GetString()));
        Assert.Equal(OkxOrderStates.Canceled, scope.Server.Orders.Single().State);
    }

    [Fact]
    public async Task DuplicateClOrdIdOfAPendingOrder_Is51016()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        await PlaceAsync(scope, "d1");

        OkxAnswer answer = await scope.SendSignedAsync("POST", "/api/v5/trade/order", Order("d1"));

        Assert.Equal(("1", "51016"), (answer.Code, answer.Data[0].GetProperty("sCode").GetString()));
        Assert.Single(scope.Server.Orders);
    }

    [Fact]
    public async Task OrderWithoutARequiredField_Is50014()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer answer = await scope.SendSignedAsync("POST", "/api/v5/trade/order", """{"instId":"BTC-USDT","ordType":"limit","px":"1","side":"buy","tdMode":"cash"}""");

        Assert.Equal((HttpStatusCode.BadRequest, "50014", "Parameter sz can not be empty."), (answer.Status, answer.Code, answer.Message));
        Assert.Empty(scope.Server.Orders);
    }

    [Fact]
    public async Task EachKey_SeesAndCancelsOnlyItsOwnOrders()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        var other = new TestSigner(apiKey: "other-key");
        scope.Server.AddKey(other.Key, other.SecretKey, other.KeyPassphrase, other.Demo);
        string ordId = await PlaceAsync(scope, "k1");

        OkxAnswer otherPending = await scope.SendAsync(other.Create("GET", Pending, scope.Now));
        OkxAnswer otherCancel = await scope.SendAsync(other.Create("POST", "/api/v5/trade/cancel-order", scope.Now, $$"""{"instId":"BTC-USDT","ordId":"{{ordId}}"}"""));

        Assert.Equal(0, otherPending.Data.GetArrayLength());
        Assert.Equal("51400", otherCancel.Data[0].GetProperty("sCode").GetString());
        Assert.Equal(OkxOrderStates.Live, scope.Server.Orders.Single().State);
        Assert.Equal(TestSigner.ApiKey, scope.Server.Orders.Single().ApiKey);
    }

    [Fact]
    public async Task Fill_PartialThenFull_UpdatesFillFields_AndMovesTheOrderToHistory()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        string ordId = await PlaceAsync(scope, "f1", sz: "0.01");

        OkxTestOrder partial = scope.Server.Fill(ordId, 43000m, 0.004m);
        JsonElement pending = Assert.Single((await scope.SendSignedAsync("GET", Pending)).Data.EnumerateArray());
        OkxTestOrder full = scope.Server.Fill(ordId, 43100m, 0.006m);
        OkxAnswer pendingAfter = await scope.SendSignedAsync("GET", Pending);
        JsonElement history = Assert.Single((await scope.SendSignedAsync("GET", "/api/v5/trade/orders-history?instType=SPOT&state=filled")).Data.EnumerateArray());

        Assert.Equal(("partially_filled", "0.004", "43000", "43000", "0.004"), (partial.State, partial.AccFillSz, partial.AvgPx, partial.FillPx, partial.FillSz));
        Assert.Equal(["partially_filled", "0.004", "43000"], Strings(pending, "state", "accFillSz", "avgPx"));
        // (0.004 * 43000 + 0.006 * 43100) / 0.01 = (172 + 258.6) / 0.01 = 43060
        Assert.Equal(("filled", "0.01", "43060", "43100", "0.006"), (full.State, full.AccFillSz, full.AvgPx, full.FillPx, full.FillSz));
        Assert.NotEqual(partial.TradeId, full.TradeId);
        Assert.Equal(0, pendingAfter.Data.GetArrayLength());
        Assert.Equal([ordId, "filled", "0.01", "43060", "43100", "0.006", full.TradeId], Strings(history, "ordId", "state", "accFillSz", "avgPx", "fillPx", "fillSz", "tradeId"));
        Assert.Equal(scope.Server.Now.ToUnixTimeMilliseconds(), Milliseconds(history, "fillTime"), 10_000d);
    }

    [Fact]
    public async Task Fill_BeyondWhatRemains_OrOfAFinishedOrder_Throws()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        string ordId = await PlaceAsync(scope, "f2", sz: "1");

        Assert.Throws<ArgumentOutOfRangeException>(() => scope.Server.Fill(ordId, 100m, 1.5m));
        scope.Server.Fill(ordId, 100m, 1m);
        Assert.Throws<InvalidOperationException>(() => scope.Server.Fill(ordId, 100m, 0.1m));
        Assert.Throws<InvalidOperationException>(() => scope.Server.Fill("42", 100m, 0.1m));
    }

    [Fact]
    public async Task OrderChanged_IsRaisedForEveryChange_WithTheOrderAfterIt()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        var changes = new List<OkxTestOrder>();
        scope.Server.OrderChanged += (_, e) => { lock (changes) { changes.Add(e.Order); } };

        string ordId = await PlaceAsync(scope, "e1", sz: "2");
        await scope.SendSignedAsync("POST", "/api/v5/trade/amend-order", $$"""{"instId":"BTC-USDT","newPx":"40000","ordId":"{{ordId}}"}""");
        scope.Server.Fill(ordId, 40000m, 1m);
        await scope.SendSignedAsync("POST", "/api/v5/trade/cancel-order", $$"""{"instId":"BTC-USDT","ordId":"{{ordId}}"}""");

        Assert.Equal(
            [("live", "43250.5", "0"), ("live", "40000", "0"), ("partially_filled", "40000", "1"), ("canceled", "40000", "1")],
            changes.Select(o => (o.State, o.Px, o.AccFillSz)));
        Assert.All(changes, o => Assert.Equal((ordId, "e1"), (o.OrdId, o.ClOrdId)));
    }

    [Theory]
    [InlineData("?instType=SWAP", "s1")]
    [InlineData("?instId=BTC-USDT", "c2,c1")]
    [InlineData("?ordType=post_only,fok", "s1,c2")]
    [InlineData("?instFamily=BTC-USDT", "s1")]
    [InlineData("?limit=1", "s1")]
    [InlineData("", "s1,c2,c1")]
    public async Task PendingOrders_AreNewestFirst_AndHonourFilters(string query, string expectedClOrdIds)
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        await PlaceAsync(scope, "c1");
        await scope.SendSignedAsync("POST", "/api/v5/trade/order", Order("c2", ordType: "post_only"));
        await scope.SendSignedAsync("POST", "/api/v5/trade/order", Order("s1", instId: "BTC-USDT-SWAP", tdMode: "cross", ordType: "fok"));

        OkxAnswer answer = await scope.SendSignedAsync("GET", Pending + query);

        Assert.Equal(expectedClOrdIds.Split(','), answer.Data.EnumerateArray().Select(o => o.GetProperty("clOrdId").GetString()));
    }

    [Fact]
    public async Task OrderHistory_NeedsInstType()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer answer = await scope.SendSignedAsync("GET", "/api/v5/trade/orders-history");

        Assert.Equal((HttpStatusCode.BadRequest, "50014"), (answer.Status, answer.Code));
    }

    private static string Order(string clOrdId, string px = "43250.5", string sz = "0.01", string tag = "", string instId = "BTC-USDT", string tdMode = "cash", string ordType = "limit") =>
        $$"""{"clOrdId":"{{clOrdId}}","instId":"{{instId}}","ordType":"{{ordType}}","px":"{{px}}","side":"buy","sz":"{{sz}}","tag":"{{tag}}","tdMode":"{{tdMode}}"}""";

    private static async Task<string> PlaceAsync(ServerScope scope, string clOrdId, string sz = "0.01")
    {
        OkxAnswer answer = await scope.SendSignedAsync("POST", "/api/v5/trade/order", Order(clOrdId, sz: sz));
        Assert.Equal("0", answer.Code);
        return answer.Data[0].GetProperty("ordId").GetString()!;
    }

    private static string[] Strings(JsonElement item, params string[] names) =>
        names.Select(name => item.GetProperty(name).GetString()!).ToArray();

    private static long Milliseconds(JsonElement item, string name) =>
        long.Parse(item.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);
}
