using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.Client.Tests.Endpoints;
using OkxGen.Client.Tests.TestSupport;
using OkxGen.Testing;

namespace OkxGen.Client.Tests.EndToEnd;

/// <summary>
/// The client over real HTTP against OkxGen.Testing's server, which recomputes every signature from the raw target and
/// body it receives, as OKX does, and rejects non-canonical bodies in strict mode.
/// </summary>
public sealed class VerifyingServerTests : IAsyncLifetime
{
    private const string ApiKey = "e2e-key-0123456789";
    private const string SecretKey = "A1B2C3D4E5F60718293A4B5C6D7E8F90";
    private const string Passphrase = "E2e-Pass-1";

    // One connection pool for the whole class, as an application would hold one.
    private static readonly HttpClient Http = new();

    private OkxTestServer _server = null!;
    private FixedTimeProvider _clock = null!;

    public async Task InitializeAsync()
    {
        _server = await OkxTestServer.StartAsync(new OkxTestServerOptions { StrictCanonicalJson = true }, CancellationToken.None);
        _server.AddKey(ApiKey, SecretKey, Passphrase, demo: true);
        _clock = new FixedTimeProvider(_server.Now);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task PostObjectBody_IsAcceptedAndReadAsTypedItems()
    {
        OkxClient client = Client();
        PlaceOrderRequest order = Order("e2e1");

        OkxResponse<OrderAck> response = await client.PlaceOrderAsync(order, CancellationToken.None);

        OrderAck ack = Assert.Single(response.EnsureSuccess().Data);
        Assert.Equal("e2e1", ack.ClOrdId);
        Assert.False(string.IsNullOrEmpty(ack.OrdId));
        RecordedRequest recorded = Assert.Single(_server.Requests);
        Assert.True(recorded.IsAccepted, recorded.VerificationMessage);
        Assert.Equal(order.ToJson(), recorded.BodyText);
        Assert.Equal("/api/v5/trade/order", recorded.RawTarget);
    }

    [Fact]
    public async Task PostArrayBody_IsAcceptedWithOneItemPerOrder()
    {
        OkxResponse<OrderAck> response = await Client().PlaceBatchOrdersAsync(
            new PlaceBatchOrdersRequest { Orders = [Order("b1"), Order("b2") with { Side = OrderSide.Sell }] },
            CancellationToken.None);

        Assert.Equal(["b1", "b2"], response.EnsureSuccess().Data.Select(a => a.ClOrdId));
        Assert.True(Assert.Single(_server.Requests).IsAccepted);
    }

    [Fact]
    public async Task GetWithQuery_SignsTheRawTargetTheServerReceives()
    {
        OkxResponse<AccountBalance> response = await Client().GetBalanceAsync(new GetBalanceRequest { Ccy = "BTC,ETH" }, CancellationToken.None);

        AccountBalance balance = Assert.Single(response.EnsureSuccess().Data);
        Assert.Equal(["BTC", "ETH"], balance.Details.Select(d => d.Ccy));
        RecordedRequest recorded = Assert.Single(_server.Requests);
        Assert.Equal("/api/v5/account/balance?ccy=BTC,ETH", recorded.RawTarget);
        Assert.True(recorded.IsAccepted, recorded.VerificationMessage);
    }

    [Fact]
    public async Task GetWithReservedCharactersInTheQuery_IsAccepted()
    {
        OkxResponse<PendingOrder> response = await Client().GetOrdersPendingAsync(
            new GetOrdersPendingRequest { InstId = "BTC-USDT&x=1 #é", Limit = 5 },
            CancellationToken.None);

        Assert.True(response.IsSuccess, response.Msg);
        RecordedRequest recorded = Assert.Single(_server.Requests);
        Assert.Equal("BTC-USDT&x=1 #é", recorded.GetQueryValue("instId"));
    }

    [Fact]
    public async Task GetWithoutQuery_IsAccepted()
    {
        OkxResponse<JsonElement> response = await Client().GetAccountConfigAsync(new GetAccountConfigRequest(), CancellationToken.None);

        Assert.True(response.IsSuccess, response.Msg);
        Assert.Equal("/api/v5/account/config", Assert.Single(_server.Requests).RawTarget);
    }

    [Fact]
    public async Task PublicGet_SendsNoAuthenticationAndIsAnswered()
    {
        OkxResponse<Ticker> response = await Client(credentials: null).GetTickerAsync(new GetTickerRequest { InstId = "BTC-USDT" }, CancellationToken.None);

        Assert.Equal("BTC-USDT", Assert.Single(response.EnsureSuccess().Data).InstId);
        RecordedRequest recorded = Assert.Single(_server.Requests);
        Assert.Null(recorded.GetHeader("OK-ACCESS-SIGN"));
        Assert.Null(recorded.GetHeader("OK-ACCESS-KEY"));
    }

    [Fact]
    public async Task DemoKeyWithoutTheSimulatedHeader_Gets50101()
    {
        OkxResponse<JsonElement> response = await Client(simulated: false).GetAccountConfigAsync(new GetAccountConfigRequest(), CancellationToken.None);

        Assert.Equal("50101", response.Code);
    }

    [Fact]
    public async Task WrongSecret_Gets50113AsAResponse()
    {
        OkxResponse<OrderAck> response = await Client(credentials: new OkxCredentials(ApiKey, "WRONG" + SecretKey, Passphrase))
            .PlaceOrderAsync(Order("w1"), CancellationToken.None);

        Assert.Equal("50113", response.Code);
        Assert.False(response.IsSuccess);
        Assert.Equal("50113", Assert.Throws<OkxApiException>(() => response.EnsureSuccess()).Code);
    }

    [Fact]
    public async Task ClockTwoMinutesOff_Gets50102_AndSyncTimeRecovers()
    {
        _clock.Now = _server.Now - TimeSpan.FromMinutes(2);
        OkxClient client = Client();

        OkxResponse<OrderAck> expired = await client.PlaceOrderAsync(Order("t1"), CancellationToken.None);
        TimeSpan offset = await client.SyncTimeAsync(CancellationToken.None);
        OkxResponse<OrderAck> accepted = await client.PlaceOrderAsync(Order("t2"), CancellationToken.None);

        Assert.Equal("50102", expired.Code);
        Assert.InRange(offset.TotalSeconds, 119, 121);
        Assert.True(accepted.IsSuccess, accepted.Msg);
    }

    [Fact]
    public async Task EveryRequestOfAMixedSession_IsAcceptedByTheVerifier()
    {
        OkxClient client = Client();
        await client.SyncTimeAsync(CancellationToken.None);
        await client.GetBalanceAsync(new GetBalanceRequest(), CancellationToken.None);
        await client.PlaceOrderAsync(Order("m1") with { AttachAlgoOrds = [new AttachedAlgoOrder { TpTriggerPx = 45000m, TpOrdPx = -1m }] }, CancellationToken.None);
        await client.CancelOrderAsync(new CancelOrderRequest { InstId = "BTC-USDT", ClOrdId = "m1" }, CancellationToken.None);
        await client.GetOrdersPendingAsync(new GetOrdersPendingRequest { InstType = "SPOT" }, CancellationToken.None);
        await client.SendAsync(new EmptyPostRequest(), CancellationToken.None);

        IReadOnlyList<RecordedRequest> requests = _server.Requests;
        Assert.Equal(6, requests.Count);
        Assert.All(requests, r => Assert.True(r.IsAccepted, $"{r}: {r.VerificationMessage}"));
    }

    private OkxClient Client(bool simulated = true) => Client(new OkxCredentials(ApiKey, SecretKey, Passphrase), simulated);

    private OkxClient Client(OkxCredentials? credentials, bool simulated = true) => new(Http, new OkxClientOptions
    {
        BaseAddress = _server.BaseAddress,
        Credentials = credentials,
        Simulated = simulated,
        TimeProvider = _clock,
    });

    private static PlaceOrderRequest Order(string clOrdId) => new()
    {
        InstId = "BTC-USDT",
        TdMode = TradeMode.Cash,
        Side = OrderSide.Buy,
        OrdType = OrderType.Limit,
        Sz = 0.01m,
        Px = 43250.5m,
        ClOrdId = clOrdId,
    };
}
