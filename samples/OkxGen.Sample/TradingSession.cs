using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.Sample.Endpoints;

namespace OkxGen.Sample;

/// <summary>
/// A realistic session: clock sync, balance, a limit order with take-profit and stop-loss, amended, listed and
/// cancelled, then a batch of two orders, cancelled too. Prices sit far below the market, so that on OKX demo trading
/// nothing fills.
/// </summary>
internal sealed class TradingSession(OkxClient client, CallPrinter printer)
{
    private const string InstId = "BTC-USDT";

    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        bool ok = true;
        TimeSpan offset = await client.SyncTimeAsync(cancellationToken);
        ok &= printer.Print($"Sync the clock with OKX's (offset {offset.TotalMilliseconds:F0} ms)", await client.GetServerTimeAsync(new GetServerTimeRequest(), cancellationToken));
        ok &= printer.Print(
            "Balance of BTC and USDT",
            await client.GetBalanceAsync(new GetBalanceRequest { Ccy = "BTC,USDT" }, cancellationToken),
            balance => $"total equity {balance.TotalEq} USD: " + string.Join(", ", balance.Details.Select(d => $"{d.Eq} {d.Ccy} ({d.AvailBal} available)")));

        OkxResponse<Ticker> ticker = await client.GetTickerAsync(new GetTickerRequest { InstId = InstId }, cancellationToken);
        ok &= printer.Print($"Ticker of {InstId} (public)", ticker);
        decimal last = ticker.IsSuccess && ticker.Data.Count > 0 && ticker.Data[0].Last is { } price ? price : 60000m;
        decimal limit = decimal.Round(last * 0.5m, 1);

        var order = new PlaceOrderRequest
        {
            InstId = InstId,
            TdMode = TradeMode.Cash,
            Side = OrderSide.Buy,
            OrdType = OrderType.Limit,
            Sz = 0.0001m,
            Px = limit,
            ClOrdId = "okxgen" + DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            Tag = "okxgen",
            AttachAlgoOrds = [new AttachedAlgoOrder { TpTriggerPx = decimal.Round(limit * 1.1m, 1), TpOrdPx = -1m, SlTriggerPx = decimal.Round(limit * 0.9m, 1), SlOrdPx = -1m }],
        };
        OkxResponse<OrderAck> placed = await client.PlaceOrderAsync(order, cancellationToken);
        ok &= printer.Print("Place a limit order with take-profit and stop-loss attached", placed);
        string? ordId = placed.IsSuccess ? placed.Data[0].OrdId : null;
        if (ordId is null)
        {
            return false;
        }

        ok &= printer.Print("Amend its price", await client.AmendOrderAsync(new AmendOrderRequest { InstId = InstId, OrdId = ordId, NewPx = limit - 0.1m, CxlOnFail = true }, cancellationToken));
        ok &= printer.Print("List pending spot orders", await client.GetOrdersPendingAsync(new GetOrdersPendingRequest { InstType = InstrumentType.Spot, InstId = InstId }, cancellationToken));
        ok &= printer.Print("Cancel it", await client.CancelOrderAsync(new CancelOrderRequest { InstId = InstId, OrdId = ordId }, cancellationToken));

        OkxResponse<OrderAck> batch = await client.PlaceBatchOrdersAsync(
            new PlaceBatchOrdersRequest
            {
                Orders =
                [
                    order with { ClOrdId = order.ClOrdId + "a", OrdType = OrderType.PostOnly, AttachAlgoOrds = null },
                    order with { ClOrdId = order.ClOrdId + "b", OrdType = OrderType.PostOnly, Px = limit - 1m, AttachAlgoOrds = null },
                ],
            },
            cancellationToken);
        ok &= printer.Print("Place a batch of two post-only orders (the body is a JSON array)", batch);
        foreach (OrderAck ack in batch.Data)
        {
            if (ack.OrdId is { Length: > 0 } id)
            {
                ok &= printer.Print($"Cancel batch order {ack.ClOrdId}", await client.CancelOrderAsync(new CancelOrderRequest { InstId = InstId, OrdId = id }, cancellationToken));
            }
        }

        return ok;
    }
}
