using Consumer;
using OkxGen;
using OkxGen.Testing;

// Checks, from the outside, that the packaged generator and runtime work: the canonical body, the query, and a
// signed call accepted by the packaged verifying server. Prints "consumer: ok" and exits 0 when all hold.
var order = new PlaceOrderRequest { InstId = "BTC-USDT", TdMode = "cash", Side = OrderSide.Buy, OrdType = OrderType.PostOnly, Sz = 0.010m, Px = 43250.5m };
const string ExpectedBody = """{"instId":"BTC-USDT","ordType":"post_only","px":"43250.5","side":"buy","sz":"0.010","tdMode":"cash"}""";
Check(order.ToJson() == ExpectedBody, $"body {order.ToJson()}");
Check(new GetBalanceRequest { Ccy = "BTC,ETH" }.ToQueryString() == "?ccy=BTC,ETH", "query");

await using OkxTestServer server = await OkxTestServer.StartAsync(new OkxTestServerOptions { StrictCanonicalJson = true });
server.AddKey("consumer-key", "consumer-secret", "consumer-pass", demo: true);
using var http = new HttpClient();
var client = new OkxClient(http, new OkxClientOptions
{
    BaseAddress = server.BaseAddress,
    Credentials = new OkxCredentials("consumer-key", "consumer-secret", "consumer-pass"),
    Simulated = true,
});
OkxResponse<OrderAck> response = await client.PlaceOrderAsync(order);
Check(response.IsSuccess && response.Data.Count == 1 && response.Data[0].SCode == "0", $"place order answered {response}");
Check(server.Requests.All(r => r.IsAccepted), "the server rejected a request");
Console.WriteLine("consumer: ok");
return 0;

static void Check(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine($"consumer: FAILED: {what}");
        Environment.Exit(1);
    }
}
