using System.Text.Json;
using System.Threading.Tasks;

namespace OkxGen.Testing.Tests.WebSockets;

/// <summary>
/// OKX's order book page (2026-06): the tick-by-tick books <c>books-l2-tbt</c> and <c>books50-l2-tbt</c> need a login and
/// a VIP4 trading fee tier (64003 below it), and <c>books-l2-tbt</c> cannot be subscribed beside <c>books</c> or
/// <c>books50-l2-tbt</c> for the same instrument on one connection (64004).
/// </summary>
public sealed class WebSocketBookChannelTests
{
    private const string FeeTierTooLow = "Your trading fee tier doesn't meet the requirement to access this channel";

    [Theory]
    [InlineData("books-l2-tbt", 0, "64003")]
    [InlineData("books-l2-tbt", 3, "64003")]
    [InlineData("books-l2-tbt", 4, "0")]
    [InlineData("books50-l2-tbt", 3, "64003")]
    [InlineData("books50-l2-tbt", 4, "0")]
    [InlineData("books50-l2-tbt", 8, "0")]
    [InlineData("books", 0, "0")]
    [InlineData("bbo-tbt", 0, "0")]
    public async Task BookChannel_AfterLogin_IsServedFromItsFeeTier(string channel, int vipLevel, string code)
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        scope.Server.AddKey(KeyAt(scope, vipLevel));
        await using RawWebSocket socket = await scope.ConnectLoggedInAsync("public");

        JsonElement answer = await SubscribeAsync(socket, channel, "BTC-USDT");

        if (code == "0")
        {
            Assert.Equal("subscribe", answer.Text("event"));
        }
        else
        {
            Assert.Equal(("error", code, FeeTierTooLow), (answer.Text("event"), answer.Text("code"), answer.Text("msg")));
        }
    }

    [Fact]
    public async Task TickByTickBook_BeforeLogin_Answers60011_WhateverTheTier()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        scope.Server.AddKey(KeyAt(scope, 8));
        await using RawWebSocket socket = await scope.ConnectAsync("public");

        Assert.Equal("60011", (await SubscribeAsync(socket, "books-l2-tbt", "BTC-USDT")).Text("code"));
    }

    [Fact]
    public async Task BooksL2Tbt_BesideBooksOrBooks50ForTheSameInstrument_Answers64004()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        scope.Server.AddKey(KeyAt(scope, 4));
        await using RawWebSocket socket = await scope.ConnectLoggedInAsync("public");
        Assert.Equal("subscribe", (await SubscribeAsync(socket, "books-l2-tbt", "BTC-USDT")).Text("event"));

        JsonElement books = await SubscribeAsync(socket, "books", "BTC-USDT");
        JsonElement books50 = await SubscribeAsync(socket, "books50-l2-tbt", "BTC-USDT");

        Assert.Equal(("error", "64004"), (books.Text("event"), books.Text("code")));
        Assert.Equal("Subscribe to both books and books-l2-tbt for BTC-USDT is not allowed. Unsubscribe books-l2-tbt first.", books.Text("msg"));
        Assert.Equal("Subscribe to both books50-l2-tbt and books-l2-tbt for BTC-USDT is not allowed. Unsubscribe books-l2-tbt first.", books50.Text("msg"));

        // Not refused: the other book channels, another instrument, and books once books-l2-tbt is unsubscribed.
        Assert.Equal("subscribe", (await SubscribeAsync(socket, "books5", "BTC-USDT")).Text("event"));
        Assert.Equal("subscribe", (await SubscribeAsync(socket, "bbo-tbt", "BTC-USDT")).Text("event"));
        Assert.Equal("subscribe", (await SubscribeAsync(socket, "books", "ETH-USDT")).Text("event"));
        await socket.SendAsync("""{"op":"unsubscribe","args":[{"channel":"books-l2-tbt","instId":"BTC-USDT"}]}""");
        Assert.Equal("unsubscribe", (await socket.ReceiveJsonAsync()).Text("event"));
        Assert.Equal("subscribe", (await SubscribeAsync(socket, "books", "BTC-USDT")).Text("event"));

        // The other way round: books-l2-tbt beside books is refused too, naming books.
        JsonElement tbt = await SubscribeAsync(socket, "books-l2-tbt", "BTC-USDT");
        Assert.Equal(("64004", "Subscribe to both books and books-l2-tbt for BTC-USDT is not allowed. Unsubscribe books-l2-tbt first."), (tbt.Text("code"), tbt.Text("msg")));
    }

    [Fact]
    public async Task BooksL2Tbt_AndBooks_OnTwoConnections_AreBothServed()
    {
        await using WebSocketScope scope = await WebSocketScope.StartAsync();
        scope.Server.AddKey(KeyAt(scope, 4));
        await using RawWebSocket first = await scope.ConnectLoggedInAsync("public");
        await using RawWebSocket second = await scope.ConnectAsync("public");

        Assert.Equal("subscribe", (await SubscribeAsync(first, "books-l2-tbt", "BTC-USDT")).Text("event"));
        Assert.Equal("subscribe", (await SubscribeAsync(second, "books", "BTC-USDT")).Text("event"));
    }

    [Fact]
    public void VipLevel_DefaultsToRegularUser_AndIsNeverNegative()
    {
        Assert.Equal(0, new OkxTestKey("k", "s", "p").VipLevel);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new OkxTestKey("k", "s", "p") { VipLevel = -1 });
    }

    private static OkxTestKey KeyAt(WebSocketScope scope, int vipLevel) =>
        new(scope.Signer.Key, scope.Signer.SecretKey, scope.Signer.KeyPassphrase, scope.Signer.Demo) { VipLevel = vipLevel };

    private static async Task<JsonElement> SubscribeAsync(RawWebSocket socket, string channel, string instId)
    {
        await socket.SendAsync($$"""{"op":"subscribe","args":[{"channel":"{{channel}}","instId":"{{instId}}"}]}""");
        return await socket.ReceiveJsonAsync();
    }
}
