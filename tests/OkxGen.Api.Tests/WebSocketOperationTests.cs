using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.Api.Trade;
using OkxGen.Testing;
using OkxGen.WebSockets;

namespace OkxGen.Api.Tests;

/// <summary>
/// The package's trade declarations carry <c>WebSocketOp</c>: the same records place and cancel over the private socket,
/// on the test server's order book, where REST calls see them.
/// </summary>
public sealed class WebSocketOperationTests
{
    private const string Key = "api-ws-key";

    [Fact]
    public async Task PlaceAndCancelOrder_OverTheSocket_ChangeTheServersBook()
    {
        await using OkxTestServer server = await OkxTestServer.StartAsync(new OkxTestServerOptions(), CancellationToken.None);
        server.AddKey(Key, "api-ws-secret", "Api-Ws-Pass-1", demo: false);
        await using var socket = new OkxWebSocketClient(new OkxWebSocketOptions
        {
            BaseAddress = server.WebSocketBaseAddress,
            Credentials = new OkxCredentials(Key, "api-ws-secret", "Api-Ws-Pass-1"),
        });

        var order = new PlaceOrderRequest
        {
            InstId = "BTC-USDT",
            TdMode = TradeMode.Cash,
            Side = OrderSide.Buy,
            OrdType = "limit",
            Sz = 0.01m,
            Px = 20000m,
            ClOrdId = "wsorder1",
        };
        OrderAck placed = Assert.Single((await socket.PlaceOrderAsync(order, CancellationToken.None)).EnsureSuccess().Data);
        OkxTestOrder live = Assert.Single(server.Orders);
        Assert.Equal((placed.OrdId, "wsorder1", "0.01", "20000", true), (live.OrdId, live.ClOrdId, live.Sz, live.Px, live.IsPending));

        var cancel = new CancelOrderRequest { InstId = "BTC-USDT", OrdId = placed.OrdId };
        OrderAck cancelled = Assert.Single((await socket.CancelOrderAsync(cancel, CancellationToken.None)).EnsureSuccess().Data);

        Assert.Equal(placed.OrdId, cancelled.OrdId);
        Assert.False(Assert.Single(server.Orders).IsPending);
        Assert.Equal(["order", "cancel-order"], server.WebSocketMessages.Select(message => message.Op).Where(op => op is "order" or "cancel-order"));
    }
}
