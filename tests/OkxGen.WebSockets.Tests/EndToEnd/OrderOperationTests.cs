using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using OkxGen.Testing.WebSockets;
using OkxGen.WebSockets.Tests.Endpoints;
using OkxGen.WebSockets.Tests.TestSupport;

namespace OkxGen.WebSockets.Tests.EndToEnd;

public sealed class OrderOperationTests
{
    [Fact]
    public async Task PlaceOrder_SendsTheCanonicalFrame_AndReadsTheAnswer()
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync();

        OkxResponse<OrderAck> response = await fixture.Client.PlaceOrderAsync(Limit("c1", instIdCode: 10459));

        Assert.True(response.IsSuccess, response.ToString());
        OrderAck ack = Assert.Single(response.Data);
        Assert.Equal(("c1", "0"), (ack.ClOrdId, ack.SCode));
        Assert.False(string.IsNullOrEmpty(ack.OrdId));
        Assert.NotNull(response.InTime);
        Assert.NotNull(response.OutTime);
        Assert.True(response.OutTime >= response.InTime);

        RecordedWebSocketMessage sent = fixture.Messages("order").Single();
        using JsonDocument frame = JsonDocument.Parse(sent.Text);
        Assert.Equal(["args", "expTime", "id", "op"], frame.RootElement.EnumerateObject().Select(property => property.Name));
        Assert.Matches("^[0-9A-Za-z]{1,32}$", sent.Id);
        Assert.Equal(
            """{"args":[{"clOrdId":"c1","instId":"BTC-USDT","instIdCode":"10459","ordType":"limit","px":"30000","side":"buy","sz":"0.01","tdMode":"cash"}],""",
            sent.Text[..(sent.Text.IndexOf("\"expTime\"", StringComparison.Ordinal))]);
        long expTime = long.Parse(frame.RootElement.GetProperty("expTime").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expTime, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), DateTimeOffset.UtcNow.AddSeconds(31).ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task ConcurrentOperations_HaveDistinctIds_AndEachGetsItsOwnAnswer()
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync();

        OkxResponse<OrderAck>[] responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => fixture.Client.PlaceOrderAsync(Limit("c" + i))));

        Assert.Equal(Enumerable.Range(0, 20).Select(i => "c" + i), responses.Select(response => response.Data[0].ClOrdId));
        Assert.Equal(20, fixture.Messages("order").Select(message => message.Id).Distinct().Count());
    }

    [Fact]
    public async Task BatchOrders_WithOneBadItem_IsAPartialSuccess_WithTheItemError()
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync();
        // The second item repeats the first's clOrdId while that order is live: OKX refuses it with 51016.
        var batch = new PlaceBatchOrdersRequest { Orders = [Limit("b1"), Limit("b1"), Limit("b3")] };

        OkxResponse<OrderAck> response = await fixture.Client.PlaceBatchOrdersAsync(batch);

        Assert.Equal("2", response.Code);
        Assert.Equal(3, response.Data.Count);
        OkxItemError error = Assert.Single(response.ItemErrors);
        Assert.Equal((1, "51016"), (error.Index, error.Code));
        using JsonDocument frame = JsonDocument.Parse(fixture.Messages("batch-orders").Single().Text);
        Assert.Equal(3, frame.RootElement.GetProperty("args").GetArrayLength());
    }

    [Fact]
    public async Task CancelOrder_CancelsThePlacedOrder_AndIsNotGivenExpTime()
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync();
        string ordId = (await fixture.Client.PlaceOrderAsync(Limit("k1"))).EnsureSuccess().Data[0].OrdId!;

        OkxResponse<OrderAck> cancelled = await fixture.Client.CancelOrderAsync(new CancelOrderRequest { InstId = "BTC-USDT", OrdId = ordId });
        OkxResponse<OrderAck> again = await fixture.Client.CancelOrderAsync(new CancelOrderRequest { InstId = "BTC-USDT", OrdId = ordId });

        Assert.Equal(ordId, cancelled.EnsureSuccess().Data[0].OrdId);
        Assert.Equal("51400", Assert.Single(again.ItemErrors).Code);
        Assert.DoesNotContain("expTime", fixture.Messages("cancel-order")[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OperationInFlight_WhenTheSocketDrops_FailsAsOutcomeUnknown_AndIsNeverResent()
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync();
        await fixture.Client.PlaceOrderAsync(Limit("warm-up"));
        fixture.Server.InjectWebSocketFault(OkxWebSocketFault.DropConnection("order"));

        var exception = await Assert.ThrowsAsync<OkxOperationOutcomeUnknownException>(() => fixture.Client.PlaceOrderAsync(Limit("lost")));

        Assert.Equal("order", exception.Operation);
        OkxResponse<OrderAck> after = await fixture.Client.PlaceOrderAsync(Limit("after"));
        Assert.True(after.IsSuccess);
        Assert.Single(fixture.Messages("order"), message => message.Text.Contains("\"lost\"", StringComparison.Ordinal));
        Assert.Equal(2, fixture.Messages("login").Count);
    }

    [Fact]
    public async Task UnknownOperation_IsRefusedBeforeSending()
    {
        await using var client = new OkxWebSocketClient(new OkxWebSocketOptions { Credentials = new OkxCredentials("k", "s", "p") });

        await Assert.ThrowsAsync<ArgumentException>(() => client.SendOperationAsync(Limit("x"), "place", OrderAckOkxReader.Instance, default));
    }

    internal static PlaceOrderRequest Limit(string clOrdId, long? instIdCode = null) => new()
    {
        InstId = "BTC-USDT",
        InstIdCode = instIdCode,
        TdMode = TradeMode.Cash,
        Side = OrderSide.Buy,
        OrdType = OrderType.Limit,
        Sz = 0.01m,
        Px = 30000m,
        ClOrdId = clOrdId,
    };
}
