using System;
using System.Globalization;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.Client.Tests.Endpoints;
using OkxGen.Client.Tests.TestSupport;

namespace OkxGen.Client.Tests.Wire;

/// <summary>What goes on the wire: headers, the exact bytes signed and sent, and what is never sent.</summary>
public sealed class SignedRequestTests
{
    private const string Ok = """{"code":"0","msg":"","data":[]}""";

    private static readonly PlaceOrderRequest Order = new()
    {
        InstId = "BTC-USDT",
        TdMode = TradeMode.Cash,
        Side = OrderSide.Buy,
        OrdType = OrderType.Limit,
        Sz = 0.01m,
        Px = 43250.5m,
        AttachAlgoOrds = [new AttachedAlgoOrder { TpTriggerPx = 45000m, TpOrdPx = -1m }],
    };

    [Fact]
    public async Task Post_SendsTheSignedBodyAndTheAuthenticationHeaders()
    {
        var handler = new StubHandler(Ok);
        OkxClient client = ClientFactory.Create(handler);

        await client.PlaceOrderAsync(Order, CancellationToken.None);

        CapturedRequest sent = Assert.Single(handler.Requests);
        const string ExpectedBody = """{"attachAlgoOrds":[{"tpOrdPx":"-1","tpTriggerPx":"45000"}],"instId":"BTC-USDT","ordType":"limit","px":"43250.5","side":"buy","sz":"0.01","tdMode":"cash"}""";
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/api/v5/trade/order", sent.PathAndQuery);
        Assert.Equal(ExpectedBody, sent.BodyText);
        Assert.Equal("application/json", sent.Headers["Content-Type"]);
        Assert.Equal(ClientFactory.ApiKey, sent.Headers["OK-ACCESS-KEY"]);
        Assert.Equal(ClientFactory.Passphrase, sent.Headers["OK-ACCESS-PASSPHRASE"]);
        Assert.Equal("2020-12-08T09:08:57.715Z", sent.Headers["OK-ACCESS-TIMESTAMP"]);
        Assert.Equal(
            ClientFactory.ExpectedSignature("2020-12-08T09:08:57.715Z", "POST", "/api/v5/trade/order", ExpectedBody),
            sent.Headers["OK-ACCESS-SIGN"]);
        Assert.False(sent.Headers.ContainsKey("x-simulated-trading"));
        Assert.False(sent.Headers.ContainsKey("expTime"));
    }

    [Fact]
    public async Task Get_SignsAndSendsTheQuery_AndSendsNoBody()
    {
        var handler = new StubHandler(Ok);
        OkxClient client = ClientFactory.Create(handler);

        await client.GetBalanceAsync(new GetBalanceRequest { Ccy = "BTC,ETH" }, CancellationToken.None);

        CapturedRequest sent = Assert.Single(handler.Requests);
        Assert.Equal("GET", sent.Method);
        Assert.Equal("/api/v5/account/balance?ccy=BTC,ETH", sent.PathAndQuery);
        Assert.Null(sent.Body);
        Assert.False(sent.Headers.ContainsKey("Content-Type"));

        // The vector get-balance-with-query of vectors.json: the same secret, timestamp and request path.
        Assert.Equal("oah2EOT2Fnz1bjkgiAnuKl+zFQzDG3/nqPUqyYzArrE=", sent.Headers["OK-ACCESS-SIGN"]);
    }

    [Fact]
    public async Task Get_WithReservedCharacters_SendsThePercentEncodedQueryItSigned()
    {
        var handler = new StubHandler(Ok);
        OkxClient client = ClientFactory.Create(handler);

        await client.GetOrdersPendingAsync(new GetOrdersPendingRequest { InstId = "A&B=C#D E+F%", Limit = 5 }, CancellationToken.None);

        CapturedRequest sent = Assert.Single(handler.Requests);
        const string Target = "/api/v5/trade/orders-pending?instId=A%26B%3DC%23D%20E%2BF%25&limit=5";
        Assert.Equal(Target, sent.PathAndQuery);
        Assert.Equal(ClientFactory.ExpectedSignature("2020-12-08T09:08:57.715Z", "GET", Target, ""), sent.Headers["OK-ACCESS-SIGN"]);
    }

    [Fact]
    public async Task PostWithNoMemberSet_SendsAndSignsAnEmptyObject()
    {
        var handler = new StubHandler(Ok);
        OkxClient client = ClientFactory.Create(handler);

        await client.SendAsync(new EmptyPostRequest(), CancellationToken.None);

        CapturedRequest sent = Assert.Single(handler.Requests);
        Assert.Equal("{}", sent.BodyText);
        Assert.Equal(ClientFactory.ExpectedSignature("2020-12-08T09:08:57.715Z", "POST", "/api/v5/account/bills-archive", "{}"), sent.Headers["OK-ACCESS-SIGN"]);
    }

    [Fact]
    public async Task PublicEndpoint_SendsNoAuthenticationHeaders()
    {
        var handler = new StubHandler(Ok);
        OkxClient client = ClientFactory.Create(handler);

        await client.GetTickerAsync(new GetTickerRequest { InstId = "BTC-USDT" }, CancellationToken.None);

        CapturedRequest sent = Assert.Single(handler.Requests);
        Assert.Equal("/api/v5/market/ticker?instId=BTC-USDT", sent.PathAndQuery);
        Assert.DoesNotContain(sent.Headers.Keys, key => key.StartsWith("OK-ACCESS-", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Simulated_SendsTheDemoTradingHeader()
    {
        var handler = new StubHandler(Ok);
        OkxClient client = ClientFactory.Create(handler, options => options.Simulated = true);

        await client.GetAccountConfigAsync(new GetAccountConfigRequest(), CancellationToken.None);

        Assert.Equal("1", Assert.Single(handler.Requests).Headers["x-simulated-trading"]);
    }

    [Fact]
    public async Task RequestExpiry_SendsExpTimeOnlyToEndpointsThatHonourIt()
    {
        var handler = new StubHandler(Ok);
        OkxClient client = ClientFactory.Create(handler, options => options.RequestExpiry = TimeSpan.FromSeconds(5));

        await client.PlaceOrderAsync(Order, CancellationToken.None);
        await client.CancelOrderAsync(new CancelOrderRequest { InstId = "BTC-USDT", OrdId = "1" }, CancellationToken.None);

        // 2020-12-08T09:09:02.715Z in Unix milliseconds.
        Assert.Equal("1607418542715", handler.Requests[0].Headers["expTime"]);
        Assert.False(handler.Requests[1].Headers.ContainsKey("expTime"));
    }

    [Fact]
    public async Task SignedEndpointWithoutCredentials_ThrowsAndSendsNothing()
    {
        var handler = new StubHandler(Ok);
        OkxClient client = ClientFactory.Create(handler, options => options.Credentials = null);

        InvalidOperationException exception = await Assert.ThrowsAsync<InvalidOperationException>(
            () => client.PlaceOrderAsync(Order, CancellationToken.None));

        Assert.Contains("/api/v5/trade/order", exception.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task RequestThatCannotBeSerialized_ThrowsNamingTheMemberAndSendsNothing()
    {
        var handler = new StubHandler(Ok);
        OkxClient client = ClientFactory.Create(handler);
        PlaceOrderRequest broken = Order with { InstId = null! };

        ArgumentException exception = await Assert.ThrowsAsync<ArgumentException>(() => client.PlaceOrderAsync(broken, CancellationToken.None));

        Assert.Contains("PlaceOrderRequest.InstId", exception.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task LargeBody_GrowsTheBufferAndStillSendsWhatItSigned()
    {
        var handler = new StubHandler(Ok);
        OkxClient client = ClientFactory.Create(handler);
        var orders = new PlaceOrderRequest[20];
        for (int i = 0; i < orders.Length; i++)
        {
            orders[i] = Order with { ClOrdId = "order" + i.ToString(CultureInfo.InvariantCulture) + new string('x', 200) };
        }

        await client.PlaceBatchOrdersAsync(new PlaceBatchOrdersRequest { Orders = orders }, CancellationToken.None);

        CapturedRequest sent = Assert.Single(handler.Requests);
        Assert.True(sent.Body!.Length > 4096);
        Assert.Equal(new PlaceBatchOrdersRequest { Orders = orders }.ToJson(), sent.BodyText);
        Assert.Equal(
            ClientFactory.ExpectedSignature("2020-12-08T09:08:57.715Z", "POST", "/api/v5/trade/batch-orders", sent.BodyText),
            sent.Headers["OK-ACCESS-SIGN"]);
    }

    [Fact]
    public async Task Cancellation_IsHonoured()
    {
        var handler = new StubHandler(Ok);
        OkxClient client = ClientFactory.Create(handler);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.PlaceOrderAsync(Order, cancellation.Token));
    }

    [Fact]
    public async Task BaseAddressWithPathPrefix_KeepsThePrefixAndSignsOnlyTheOkxPath()
    {
        var handler = new StubHandler(Ok);
        OkxClient client = ClientFactory.Create(handler, options => options.BaseAddress = new Uri("https://proxy.test/okx/"));

        await client.GetBalanceAsync(new GetBalanceRequest { Ccy = "BTC,ETH" }, CancellationToken.None);

        CapturedRequest sent = Assert.Single(handler.Requests);
        Assert.Equal("/okx/api/v5/account/balance?ccy=BTC,ETH", sent.PathAndQuery);
        Assert.Equal("oah2EOT2Fnz1bjkgiAnuKl+zFQzDG3/nqPUqyYzArrE=", sent.Headers["OK-ACCESS-SIGN"]);
    }

    [Fact]
    public void Options_RejectARelativeBaseAddress() =>
        Assert.Throws<ArgumentException>(() => ClientFactory.Create(new StubHandler(Ok), options => options.BaseAddress = new Uri("/api", UriKind.Relative)));

    [Fact]
    public async Task SyncTime_AppliesTheServerClockToLaterTimestamps()
    {
        DateTimeOffset serverNow = ClientFactory.Now.AddMinutes(2);
        var handler = new StubHandler(request => request.PathAndQuery == "/api/v5/public/time"
            ? (HttpStatusCode.OK, $$"""{"code":"0","msg":"","data":[{"ts":"{{serverNow.ToUnixTimeMilliseconds()}}"}]}""")
            : (HttpStatusCode.OK, Ok));
        OkxClient client = ClientFactory.Create(handler);

        TimeSpan offset = await client.SyncTimeAsync(CancellationToken.None);
        await client.GetAccountConfigAsync(new GetAccountConfigRequest(), CancellationToken.None);

        Assert.Equal(TimeSpan.FromMinutes(2), offset);
        Assert.Equal(TimeSpan.FromMinutes(2), client.ClockOffset);
        Assert.False(handler.Requests[0].Headers.ContainsKey("OK-ACCESS-SIGN"));
        Assert.Equal("2020-12-08T09:10:57.715Z", handler.Requests[1].Headers["OK-ACCESS-TIMESTAMP"]);
    }

    [Fact]
    public void Body_IsUtf8WithoutByteOrderMark()
    {
        byte[] body = Encoding.UTF8.GetBytes(new PlaceOrderRequest { InstId = "é", TdMode = TradeMode.Cash, Side = OrderSide.Buy, OrdType = OrderType.Market, Sz = 1m }.ToJson());
        Assert.Equal((byte)'{', body[0]);
    }
}
