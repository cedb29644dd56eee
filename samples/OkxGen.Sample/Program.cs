using System;
using OkxGen;
using OkxGen.Sample.Endpoints;
using OkxGen.Serialization;

// Prints, for a few typical OKX requests, the exact bytes OkxGen signs and sends. Nothing leaves the machine: the
// credentials below are a demo secret, and a later version of this sample runs a whole session against a local
// verifying server.
var credentials = new OkxCredentials("demo-api-key", "22582BD0CFF14C41EDBF1AB98506286D", "demo-passphrase");
string timestamp = OkxSigner.FormatTimestamp(DateTimeOffset.UtcNow);

Console.WriteLine("OkxGen sample: the canonical request bytes and their OK-ACCESS-SIGN (demo secret, nothing is sent)");
Console.WriteLine($"timestamp {timestamp}");

var placeOrder = new PlaceOrderRequest
{
    InstId = "BTC-USDT",
    TdMode = TradeMode.Cash,
    Side = OrderSide.Buy,
    OrdType = OrderType.Limit,
    Sz = 0.01m,
    Px = 43250.5m,
    ClOrdId = "b15f2a9c0d3e4f5a",
    Tag = "okxgen",
    ReduceOnly = false,
    AttachAlgoOrds = [new AttachedAlgoOrder { TpTriggerPx = 45000m, TpOrdPx = -1m, SlTriggerPx = 42000m, SlOrdPx = -1m }],
};

Print(placeOrder);
Print(new PlaceBatchOrdersRequest
{
    Orders =
    [
        placeOrder with { ClOrdId = "a1", OrdType = OrderType.PostOnly, AttachAlgoOrds = null },
        placeOrder with { ClOrdId = "a2", Side = OrderSide.Sell, OrdType = OrderType.OptimalLimitIoc, Px = null, AttachAlgoOrds = null },
    ],
});
Print(new AmendOrderRequest { InstId = "BTC-USDT", OrdId = "590908157585625111", NewSz = 0.02m, NewPx = 43000.25m, CxlOnFail = true });
Print(new CancelOrderRequest { InstId = "BTC-USDT", OrdId = "590908157585625111" });
Print(new GetBalanceRequest { Ccy = "BTC,ETH" });
Print(new GetOrdersPendingRequest { InstType = InstrumentType.Spot, OrdType = [OrderType.Limit, OrderType.PostOnly], Limit = 100 });
Print(new GetAccountConfigRequest());

void Print<TRequest>(TRequest request)
    where TRequest : IOkxRequest
{
    OkxEndpointInfo endpoint = request.Endpoint;
    string requestPath = OkxRequestWriter.GetRequestPath(request);
    string body = OkxRequestWriter.GetBody(request);
    string signature = credentials.Sign(timestamp, endpoint.Method, requestPath, body);

    Console.WriteLine();
    Console.WriteLine($"{typeof(TRequest).Name}: {endpoint.Method} {endpoint.Path}");
    Console.WriteLine($"  request path  {requestPath}");
    Console.WriteLine($"  body          {(body.Length == 0 ? "(none)" : body)}");
    Console.WriteLine($"  prehash       {timestamp}{endpoint.Method}{requestPath}{body}");
    Console.WriteLine($"  signature     {signature}");
}
