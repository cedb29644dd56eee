using System;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using OkxGen.Testing;
using OkxGen.Testing.WebSockets;
using OkxGen.WebSockets.Tests.Endpoints;
using OkxGen.WebSockets.Tests.TestSupport;

namespace OkxGen.WebSockets.Tests.EndToEnd;

public sealed class LoginTests
{
    [Fact]
    public void SignWebSocketLogin_MatchesAnIndependentHmacOverSecondsAndTheVerifyPath()
    {
        using var credentials = new OkxCredentials("key", "secret", "passphrase");
        string expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes("secret"), Encoding.UTF8.GetBytes("1538054050GET/users/self/verify")));

        Assert.Equal(expected, credentials.SignWebSocketLogin("1538054050"));
    }

    [Fact]
    public async Task PrivateSubscription_LogsInFirst_WithATimestampInSeconds()
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync();
        await using var orders = fixture.Client.SubscribeAsync(new OrdersChannel("ANY")).GetAsyncEnumerator();
        Task<OkxPush<OrderUpdate>> first = orders.NextAsync();
        await fixture.PushWhenSubscribedAsync("""{"channel":"orders"}""", """[{"instId":"BTC-USDT","ordId":"7","state":"live"}]""");
        Assert.Equal("7", (await first).Data[0].OrdId);

        RecordedWebSocketMessage login = Assert.Single(fixture.Messages("login"));
        Assert.Equal(("/ws/v5/private", "0"), (login.Path, login.Code));
        using JsonDocument sent = JsonDocument.Parse(login.Text);
        string timestamp = sent.RootElement.GetProperty("args")[0].GetProperty("timestamp").GetString()!;
        Assert.Matches("^[0-9]{10}$", timestamp);
        long seconds = long.Parse(timestamp, CultureInfo.InvariantCulture);
        Assert.InRange(seconds, fixture.Server.Now.ToUnixTimeSeconds() - 30, fixture.Server.Now.ToUnixTimeSeconds() + 30);
        Assert.Equal("0", fixture.Messages("subscribe").Single().Code);
    }

    [Theory]
    [InlineData("wrong-passphrase", Secret, "60024")]
    [InlineData(WebSocketFixture.Passphrase, "wrong-secret", "60007")]
    public async Task RefusedLogin_ThrowsOkxWebSocketException_WithOkxCode(string passphrase, string secret, string code)
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync(credentials: new OkxCredentials(WebSocketFixture.Key, secret, passphrase));

        var exception = await Assert.ThrowsAsync<OkxWebSocketException>(() => PlaceAsync(fixture.Client));

        Assert.Equal(code, exception.Code);
        Assert.Empty(fixture.Messages("order"));
    }

    [Fact]
    public async Task UnknownKey_Throws60005()
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync(credentials: new OkxCredentials("unknown-key", Secret, WebSocketFixture.Passphrase));

        var exception = await Assert.ThrowsAsync<OkxWebSocketException>(async () =>
        {
            await foreach (OkxPush<OrderUpdate> push in fixture.Client.SubscribeAsync(new OrdersChannel("SPOT")))
            {
                Assert.Fail("No push was expected, got " + push);
            }
        });

        Assert.Equal("60005", exception.Code);
    }

    [Theory]
    [InlineData(OkxWebSocketErrorCodes.LoginFailure)]
    [InlineData(OkxWebSocketErrorCodes.TimestampExpired)]
    [InlineData(OkxWebSocketErrorCodes.InvalidTimestamp)]
    public async Task LoginRefusedByTheServer_CarriesTheCode(string code)
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync();
        fixture.Server.InjectWebSocketFault(OkxWebSocketFault.RefuseLogin(code));

        var exception = await Assert.ThrowsAsync<OkxWebSocketException>(() => PlaceAsync(fixture.Client));

        Assert.Equal(code, exception.Code);
    }

    [Fact]
    public async Task LiveKeyOnTheDemoAddress_Throws60032()
    {
        await using OkxTestServer server = await OkxTestServer.StartAsync();
        server.AddKey(WebSocketFixture.Key, Secret, WebSocketFixture.Passphrase, demo: false);
        await using var client = new OkxWebSocketClient(new OkxWebSocketOptions
        {
            BaseAddress = server.DemoWebSocketBaseAddress,
            Simulated = true,
            Credentials = new OkxCredentials(WebSocketFixture.Key, Secret, WebSocketFixture.Passphrase),
        });

        var exception = await Assert.ThrowsAsync<OkxWebSocketException>(() => PlaceAsync(client));

        Assert.Equal("60032", exception.Code);
    }

    [Fact]
    public async Task DemoKeyOnTheDemoAddress_LogsIn()
    {
        await using OkxTestServer server = await OkxTestServer.StartAsync();
        server.AddKey(WebSocketFixture.Key, Secret, WebSocketFixture.Passphrase, demo: true);
        await using var client = new OkxWebSocketClient(new OkxWebSocketOptions
        {
            BaseAddress = server.DemoWebSocketBaseAddress,
            Simulated = true,
            Credentials = new OkxCredentials(WebSocketFixture.Key, Secret, WebSocketFixture.Passphrase),
        });

        OkxResponse<OrderAck> response = await PlaceAsync(client);

        Assert.Equal("0", response.Code);
        Assert.Equal("/wspap/ws/v5/private", server.WebSocketMessages.First(message => message.Op == "login").Path);
    }

    [Fact]
    public async Task PrivateChannelWithoutCredentials_ThrowsBeforeConnecting()
    {
        await using OkxTestServer server = await OkxTestServer.StartAsync();
        await using var client = new OkxWebSocketClient(new OkxWebSocketOptions { BaseAddress = server.WebSocketBaseAddress });

        await Assert.ThrowsAsync<InvalidOperationException>(() => PlaceAsync(client));
        Assert.Equal(0, server.WebSocketConnectionCount);
    }

    private const string Secret = WebSocketFixture.Secret;

    private static Task<OkxResponse<OrderAck>> PlaceAsync(OkxWebSocketClient client) =>
        client.PlaceOrderAsync(new PlaceOrderRequest { InstId = "BTC-USDT", TdMode = TradeMode.Cash, Side = OrderSide.Buy, OrdType = OrderType.Limit, Sz = 0.01m, Px = 30000m });
}
