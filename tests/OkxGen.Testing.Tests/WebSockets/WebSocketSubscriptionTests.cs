using System.Text.Json;
using System.Threading.Tasks;

namespace OkxGen.Testing.Tests.WebSockets;

public sealed class WebSocketSubscriptionTests
{
    [Fact]
    public async Task Subscribe_EchoesIdAndArg()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("public");

        await socket.SendAsync("""{"id":"1512","op":"subscribe","args":[{"channel":"tickers","instId":"BTC-USDT"}]}""");
        JsonElement ack = await socket.ReceiveJsonAsync();

        Assert.Equal(("1512", "subscribe"), (ack.Text("id"), ack.Text("event")));
        Assert.Equal("""{"channel":"tickers","instId":"BTC-USDT"}""", ack.GetProperty("arg").GetRawText());
        Assert.NotNull(ack.Text("connId"));
    }

    [Fact]
    public async Task Subscribe_WithSeveralArgs_AcknowledgesEach_AndRefusesTheBadOne()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("public");

        await socket.SendAsync("""{"op":"subscribe","args":[{"channel":"tickers","instId":"BTC-USDT"},{"channel":"nope","instId":"BTC-USDT"},{"channel":"books5","instId":"ETH-USDT"}]}""");
        JsonElement first = await socket.ReceiveJsonAsync();
        JsonElement second = await socket.ReceiveJsonAsync();
        JsonElement third = await socket.ReceiveJsonAsync();

        Assert.Equal(("subscribe", "tickers"), (first.Text("event"), first.GetProperty("arg").Text("channel")));
        Assert.Equal(("error", "60018"), (second.Text("event"), second.Text("code")));
        Assert.Equal(("subscribe", "books5"), (third.Text("event"), third.GetProperty("arg").Text("channel")));
        Assert.False(first.TryGetProperty("id", out _));
        Assert.Equal("60018", Assert.Single(scope.Server.WebSocketMessages).Code);
    }

    [Fact]
    public async Task Unsubscribe_EchoesIdAndArg_AndStopsPushes()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("public");
        await socket.SendAsync("""{"op":"subscribe","args":[{"channel":"tickers","instId":"BTC-USDT"}]}""");
        await socket.ReceiveJsonAsync();

        await socket.SendAsync("""{"id":"7","op":"unsubscribe","args":[{"instId":"BTC-USDT","channel":"tickers"}]}""");
        JsonElement ack = await socket.ReceiveJsonAsync();
        int pushed = await scope.Server.PushAsync("""{"channel":"tickers"}""", """[{"instId":"BTC-USDT","last":"1"}]""");

        Assert.Equal(("7", "unsubscribe", "tickers"), (ack.Text("id"), ack.Text("event"), ack.GetProperty("arg").Text("channel")));
        Assert.Equal(0, pushed);
    }

    [Fact]
    public async Task UnknownChannel_Answers60018_NamingTheArgument()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("public");

        await socket.SendAsync("""{"id":"9","op":"subscribe","args":[{"channel":"tickerz","instId":"BTC-USDT"}]}""");
        JsonElement error = await socket.ReceiveJsonAsync();

        Assert.Equal(("9", "error", "60018"), (error.Text("id"), error.Text("event"), error.Text("code")));
        Assert.Equal("Wrong URL or channel:tickerz,instId:BTC-USDT doesn't exist. Please use the correct URL, channel and parameters referring to API document.", error.Text("msg"));
    }

    [Theory]
    [InlineData("public", """{"channel":"candle1m","instId":"BTC-USDT"}""", "64001")]
    [InlineData("private", """{"channel":"candle1H","instId":"BTC-USDT"}""", "64001")]
    [InlineData("public", """{"channel":"trades-all","instId":"BTC-USDT"}""", "64001")]
    [InlineData("business", """{"channel":"tickers","instId":"BTC-USDT"}""", "64002")]
    [InlineData("public", """{"channel":"orders","instType":"ANY"}""", "60018")]
    [InlineData("private", """{"channel":"candle7m","instId":"BTC-USDT"}""", "60018")]
    public async Task ChannelOnTheWrongEndpoint_IsRefused(string endpoint, string arg, string code)
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectLoggedInAsync(endpoint);

        await socket.SendAsync("""{"op":"subscribe","args":[""" + arg + "]}");
        JsonElement error = await socket.ReceiveJsonAsync();

        Assert.Equal(("error", code), (error.Text("event"), error.Text("code")));
    }

    [Theory]
    [InlineData("business", """{"channel":"candle1m","instId":"BTC-USDT"}""")]
    [InlineData("business", """{"channel":"mark-price-candle1Dutc","instId":"BTC-USDT-SWAP"}""")]
    [InlineData("public", """{"channel":"books","instId":"BTC-USDT"}""")]
    public async Task ChannelOnItsEndpoint_IsAcknowledged_WithoutLogin(string endpoint, string arg)
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync(endpoint);

        await socket.SendAsync("""{"op":"subscribe","args":[""" + arg + "]}");

        Assert.Equal("subscribe", (await socket.ReceiveJsonAsync()).Text("event"));
    }

    [Theory]
    [InlineData("private", """{"channel":"orders","instType":"ANY"}""")]
    [InlineData("business", """{"channel":"orders-algo","instType":"ANY"}""")]
    public async Task ChannelNeedingLogin_BeforeLogin_Answers60011_AndAfterLogin_IsAcknowledged(string endpoint, string arg)
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync(endpoint);
        string subscribe = """{"op":"subscribe","args":[""" + arg + "]}";

        await socket.SendAsync(subscribe);
        JsonElement refused = await socket.ReceiveJsonAsync();
        await socket.LogInAsync(scope.Signer, scope.Server.Now);
        await socket.SendAsync(subscribe);
        JsonElement accepted = await socket.ReceiveJsonAsync();

        Assert.Equal(("error", "60011", "Please log in"), (refused.Text("event"), refused.Text("code"), refused.Text("msg")));
        Assert.Equal("subscribe", accepted.Text("event"));
    }

    [Theory]
    [InlineData("{not json", "60012")]
    [InlineData("""{"op":"subscribe"}""", "60012")]
    [InlineData("""{"args":[]}""", "60012")]
    [InlineData("""{"op":"subscribe","args":[{"instId":"BTC-USDT"}]}""", "60013")]
    [InlineData("""{"op":"subscribe","args":["tickers"]}""", "60013")]
    [InlineData("""{"op":"subscrib","args":[{"channel":"tickers"}]}""", "60019")]
    public async Task MalformedRequest_IsRefused(string text, string code)
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("public");

        await socket.SendAsync(text);
        JsonElement error = await socket.ReceiveJsonAsync();

        Assert.Equal(("error", code), (error.Text("event"), error.Text("code")));
        Assert.Equal(code, Assert.Single(scope.Server.WebSocketMessages).Code);
    }

    [Fact]
    public async Task InvalidRequest_QuotesTheMessage()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("public");

        await socket.SendAsync("hello");

        Assert.Equal("Invalid request: hello", (await socket.ReceiveJsonAsync()).Text("msg"));
    }

    [Fact]
    public async Task Ping_IsAnsweredPong()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        await using RawWebSocket socket = await scope.ConnectAsync("private");

        await socket.SendAsync("ping");

        Assert.Equal("pong", await socket.ReceiveAsync());
        Assert.Equal(["pong"], RecordedWebSocketMessageAssert.Single(scope.Server, "ping", null).Answers);
    }
}
