using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.Api.Account;
using OkxGen.Api.Asset;
using OkxGen.Api.Market;
using OkxGen.Api.Rubik;
using OkxGen.Testing;

namespace OkxGen.Api.Tests;

/// <summary>
/// OKX's documented response examples (src/OkxGen.Testing/Responses/documented-examples.json, transcribed with the
/// table) against the package: every endpoint has one, every typed response reads it, and the test server answers with
/// it where it has no model of its own.
/// </summary>
public sealed class DocumentedExampleTests
{
    private static readonly Dictionary<string, JsonElement> Examples = LoadExamples();

    public static TheoryData<string> EndpointTypes() => new(DeclaredEndpoints.Types().Select(type => type.FullName!));

    [Fact]
    public void EveryDeclaration_HasADocumentedExample_AndEveryExampleADeclaration()
    {
        HashSet<string> declared = DeclaredEndpoints.Types().Select(type => DeclaredEndpoints.Describe(type).Key).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(declared, key => !Examples.ContainsKey(key));
        Assert.DoesNotContain(Examples.Keys, key => !declared.Contains(key));
    }

    [Theory]
    [MemberData(nameof(EndpointTypes))]
    public void TheResponseReader_ReadsEveryItemOfTheDocumentedExample(string typeName)
    {
        Type type = DeclaredEndpoints.Package.GetType(typeName)!;
        JsonElement data = Examples[DeclaredEndpoints.Describe(type).Key];
        object reader = ResponseReaderOf(type, out Type itemType);

        int read = (int)typeof(DocumentedExampleTests).GetMethod(nameof(ReadItems), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(itemType)
            .Invoke(null, [reader, data])!;

        Assert.Equal(data.ValueKind == JsonValueKind.Array ? data.GetArrayLength() : 1, read);
    }

    [Fact]
    public void TypedItems_CarryTheDocumentedValues()
    {
        Trade.Order order = ReadFirst<Trade.Order>(new Trade.GetOrderRequest { InstId = "BTC-USDT" });
        Assert.Equal("680800019749904384", order.OrdId);
        Assert.Equal(51858m, order.AvgPx);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1708587373361), order.CTime);
        Assert.False(order.ReduceOnly ?? true);
        Assert.NotNull(order.LinkedAlgoOrd);

        Market.OrderBook book = ReadFirst<Market.OrderBook>(new Market.GetOrderBookRequest { InstId = "BTC-USDT" });
        Assert.Equal([41006.8m, 0.60038921m, 0m, 1m], book.Asks![0]);
        Assert.Equal(3235851742L, book.SeqId);

        Public.Instrument instrument = ReadFirst<Public.Instrument>(new Public.GetInstrumentsRequest { InstType = "SPOT" });
        Assert.Equal(["USDT"], instrument.TradeQuoteCcyList);
        Assert.Equal(1000000000L, instrument.InstIdCode);
        Assert.Null(instrument.CtVal);

        Asset.AssetValuation valuation = ReadFirst<Asset.AssetValuation>(new Asset.GetAssetValuationRequest());
        Assert.Equal(2544.28m, valuation.Details!.Trading);

        TradingBot.GridAlgoOrder grid = ReadFirst<TradingBot.GridAlgoOrder>(new TradingBot.GetGridAlgoOrderHistoryRequest { AlgoOrdType = "grid" });
        Assert.Equal((10, 5000m, 400m, false, "stopped"), (grid.GridNum, grid.MaxPx, grid.MinPx, grid.BasePos, grid.State));
        Assert.Equal("USDT", grid.RebateTrans![1].RebateCcy);
        Assert.Null(grid.TriggerParams![0].TriggerTime);
        Assert.Equal((1000m, DateTimeOffset.FromUnixTimeMilliseconds(1681181186484)), (grid.TriggerParams[1].TriggerPx, grid.TriggerParams[1].TriggerTime));

        TradingBot.GridMinInvestment minimum = ReadFirst<TradingBot.GridMinInvestment>(new TradingBot.ComputeGridMinInvestmentRequest
        {
            InstId = "ETH-USDT", AlgoOrdType = "grid", MaxPx = 5000m, MinPx = 3000m, GridNum = 50, RunType = "1",
        });
        Assert.Equal([(0.1m, "ETH"), (100m, "USDT")], minimum.MinInvestmentData!.Select(amount => (amount.Amt, amount.Ccy)));
        Assert.Equal(10m, minimum.SingleAmt);

        Finance.OnChainEarnOffer offer = ReadFirst<Finance.OnChainEarnOffer>(new Finance.GetOnChainEarnOffersRequest());
        Assert.Equal((0, 0.1767m, false), (offer.Term, offer.Apy, offer.EarlyRedeem));
        Assert.Equal(["28D", "28D"], offer.RedeemPeriod);
        Assert.Equal(2m, offer.InvestData![0].MinAmt);
        Finance.OnChainEarnOrder active = ReadFirst<Finance.OnChainEarnOrder>(new Finance.GetOnChainEarnActiveOrdersRequest());
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1729839328000), active.PurchasedTime);
        Assert.Equal(0.10615025m, Assert.Single(active.EarningData!).Earnings);
        Assert.Empty(active.FastRedemptionData!);
    }

    [Fact]
    public async Task TheTestServer_AnswersUnmodelledEndpoints_WithTheDocumentedExample()
    {
        await using OkxTestServer server = await OkxTestServer.StartAsync(new OkxTestServerOptions(), CancellationToken.None);
        server.AddKey("key", "secret", "passphrase", demo: true);
        using var http = new HttpClient();
        var client = new OkxClient(http, new OkxClientOptions
        {
            BaseAddress = server.BaseAddress,
            Credentials = new OkxCredentials("key", "secret", "passphrase"),
            Simulated = true,
        });

        OkxResponse<Account.PositionHistory> history = await client.GetPositionsHistoryAsync(new Account.GetPositionsHistoryRequest { Limit = 5 }, CancellationToken.None);
        OkxResponse<Asset.Currency> currencies = await client.GetCurrenciesAsync(new Asset.GetCurrenciesRequest { Ccy = "BTC" }, CancellationToken.None);
        OkxResponse<JsonElement> volume = await client.GetTakerVolumeAsync(new Rubik.GetTakerVolumeRequest { Ccy = "BTC", InstType = "SPOT" }, CancellationToken.None);

        Assert.Equal("452587086133239818", Assert.Single(history.EnsureSuccess().Data).PosId);
        Assert.Equal(0.00005m, Assert.Single(currencies.EnsureSuccess().Data).Fee);
        Assert.Equal("7596.2651", volume.EnsureSuccess().Data[0][1].GetString());
        Assert.All(server.Requests, request => Assert.True(request.IsAccepted, request.VerificationMessage));
    }

    [Fact]
    public async Task ObjectData_OverHttp_IsTheOneItem()
    {
        await using OkxTestServer server = await OkxTestServer.StartAsync(new OkxTestServerOptions(), CancellationToken.None);
        using var http = new HttpClient();
        var client = new OkxClient(http, new OkxClientOptions { BaseAddress = server.BaseAddress });

        OkxResponse<Market.IndexComponents> index = await client.GetIndexComponentsAsync(new Market.GetIndexComponentsRequest { Index = "BTC-USDT" }, CancellationToken.None);
        OkxResponse<Rubik.SupportedCoins> coins = await client.GetSupportCoinAsync(new Rubik.GetSupportCoinRequest(), CancellationToken.None);

        Market.IndexComponents components = Assert.Single(index.EnsureSuccess().Data);
        Assert.Equal(("BTC-USDT", 52735.4123234925m, DateTimeOffset.FromUnixTimeMilliseconds(1630985335599)), (components.Index, components.Last, components.Ts));
        Assert.Equal(["OKX", "Binance"], components.Components!.Select(component => component.Exch));
        Assert.Equal(52739.87000000m, components.Components![1].SymPx);
        Rubik.SupportedCoins supported = Assert.Single(coins.EnsureSuccess().Data);
        Assert.Equal(["ADA", "BTC"], supported.Contract);
        Assert.Equal(["BTC"], supported.Option);
        Assert.Equal(["ADA", "BTC"], supported.Spot);
        Assert.Equal(2, server.Requests.Count);
    }

    private static T ReadFirst<T>(IOkxRequest<T> request)
    {
        JsonElement data = Examples[request.Endpoint.Method + " " + request.Endpoint.Path];
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(data[0].GetRawText()));
        reader.Read();
        return request.ResponseReader.ReadItem(ref reader);
    }

    private static int ReadItems<T>(OkxResponseReader<T> reader, JsonElement data)
    {
        IEnumerable<JsonElement> items = data.ValueKind == JsonValueKind.Array ? data.EnumerateArray() : [data];
        int count = 0;
        foreach (JsonElement item in items)
        {
            var json = new Utf8JsonReader(Encoding.UTF8.GetBytes(item.GetRawText()));
            json.Read();
            Assert.NotNull(reader.ReadItem(ref json));
            count++;
        }

        return count;
    }

    private static object ResponseReaderOf(Type type, out Type itemType)
    {
        Type contract = type.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IOkxRequest<>));
        itemType = contract.GetGenericArguments()[0];
        return contract.GetProperty(nameof(IOkxRequest<object>.ResponseReader))!.GetValue(RequestFactory.Create(type))!;
    }

    private static Dictionary<string, JsonElement> LoadExamples()
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "documented-examples.json")));
        return document.RootElement.EnumerateObject().ToDictionary(property => property.Name, property => property.Value.Clone(), StringComparer.Ordinal);
    }
}
