using System;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.Sample.Endpoints;
using OkxGen.Testing;
using OkxGen.WebSockets;

namespace OkxGen.Sample;

/// <summary>
/// The WebSocket half of the session: subscribes to <c>orders</c> and <c>tickers</c>, places and cancels an order
/// over the socket, and prints the pushes. Offline, the test server pushes the orders' changes itself and a
/// scripted ticker.
/// </summary>
internal sealed class WebSocketSession(OkxWebSocketClient client, OkxTestServer? server)
{
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        Console.WriteLine();
        Console.WriteLine($"WebSocket session on {client.AddressOf(OkxWebSocketEndpoint.Private)}");
        await using var orders = client.SubscribeAsync(new OrdersChannel { InstType = "ANY" }, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using var tickers = client.SubscribeAsync(new TickersChannel { InstId = "BTC-USDT" }, cancellationToken).GetAsyncEnumerator(cancellationToken);
        Task<bool> firstTicker = tickers.MoveNextAsync().AsTask();
        Task<bool> firstOrder = orders.MoveNextAsync().AsTask();
        if (server is not null)
        {
            while (await server.PushAsync("""{"channel":"tickers","instId":"BTC-USDT"}""", """[{"instId":"BTC-USDT","last":"43250.5","ts":"1597026383085"}]""", cancellationToken: cancellationToken) == 0)
            {
                await Task.Delay(20, cancellationToken);
            }
        }

        if (await firstTicker)
        {
            Print(tickers.Current);
        }

        var order = new PlaceOrderRequest
        {
            InstId = "BTC-USDT",
            TdMode = TradeMode.Cash,
            Side = OrderSide.Buy,
            OrdType = OrderType.Limit,
            Sz = 0.0001m,
            Px = 20000m,
            ClOrdId = "wsSample" + DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        };
        OkxResponse<OrderAck> placed = await client.PlaceOrderAsync(order, cancellationToken);
        Console.WriteLine($"  order over the socket -> code {placed.Code}, ordId {(placed.Data.Count > 0 ? placed.Data[0].OrdId : "-")}, OKX in/out {placed.InTime:HH:mm:ss.ffffff}/{placed.OutTime:HH:mm:ss.ffffff}");
        if (await firstOrder)
        {
            Print(orders.Current);
        }

        if (!placed.IsSuccess)
        {
            return false;
        }

        OkxResponse<OrderAck> cancelled = await client.CancelOrderAsync(new CancelOrderRequest { InstId = "BTC-USDT", OrdId = placed.Data[0].OrdId }, cancellationToken);
        Console.WriteLine($"  cancel-order over the socket -> code {cancelled.Code}");
        if (await orders.MoveNextAsync())
        {
            Print(orders.Current);
        }

        return cancelled.IsSuccess;
    }

    private static void Print<T>(OkxPush<T> push)
    {
        Console.WriteLine($"  push {push.Arg.Channel} ({push.Kind}{(push.Action is null ? "" : ", " + push.Action)}):");
        foreach (T item in push.Data)
        {
            Console.WriteLine($"    {item}");
        }
    }
}
