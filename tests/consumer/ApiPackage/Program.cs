using OkxGen;
using OkxGen.Api.Account;
using OkxGen.Api.Market;
using OkxGen.Api.Trade;
using OkxGen.Testing;

// Checks, from the outside, that the packaged OkxGen.Api calls three endpoints against the packaged verifying server:
// a public GET, a signed GET and a signed POST, each accepted and read as its typed response. Prints "api package: ok".
await using OkxTestServer server = await OkxTestServer.StartAsync();
server.AddKey("consumer-key", "consumer-secret", "consumer-pass", demo: true);
using var http = new HttpClient();
var client = new OkxClient(http, new OkxClientOptions
{
    BaseAddress = server.BaseAddress,
    Credentials = new OkxCredentials("consumer-key", "consumer-secret", "consumer-pass"),
    Simulated = true,
});

OkxResponse<Ticker> ticker = await client.GetTickerAsync(new GetTickerRequest { InstId = "BTC-USDT" });
Check(ticker.IsSuccess && ticker.Data.Count == 1, $"ticker answered {ticker}");
OkxResponse<FeeRates> fees = await client.GetFeeRatesAsync(new GetFeeRatesRequest { InstType = "SPOT" });
Check(fees.IsSuccess && fees.Data.Count == 1 && fees.Data[0].FeeGroup?.Count == 1, $"fee rates answered {fees}");
OkxResponse<OrderAck> placed = await client.PlaceOrderAsync(new OkxGen.Api.Trade.PlaceOrderRequest
{
    InstId = "BTC-USDT", TdMode = TradeMode.Cash, Side = OkxGen.Api.Trade.OrderSide.Buy, OrdType = "limit", Sz = 0.01m, Px = 43250.5m,
});
Check(placed.IsSuccess && placed.Data.Count == 1 && placed.Data[0].SCode == "0", $"place order answered {placed}");
Check(server.Requests.Count == 3 && server.Requests.All(r => r.IsAccepted), "the server rejected a request");
Console.WriteLine("api package: ok");
return 0;

static void Check(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine($"api package: FAILED: {what}");
        Environment.Exit(1);
    }
}
