using System;
using System.Linq;
using System.Threading.Tasks;
using OkxGen.Testing.WebSockets;
using OkxGen.WebSockets.Tests.Endpoints;
using OkxGen.WebSockets.Tests.TestSupport;

namespace OkxGen.WebSockets.Tests.EndToEnd;

/// <summary>
/// OKX serves the tick-by-tick books (<c>books-l2-tbt</c>, <c>books50-l2-tbt</c>) on <c>/ws/v5/public</c> only after a
/// login (the server answers 60011 "Please log in" before it) and to VIP4 fee tiers and above (64003 below): the client
/// logs in on the public connection for them.
/// </summary>
public sealed class PublicLoginTests
{
    [Theory]
    [InlineData(OkxBookChannel.BooksL2Tbt, "books-l2-tbt")]
    [InlineData(OkxBookChannel.Books50L2Tbt, "books50-l2-tbt")]
    public async Task TickByTickBook_LogsInOnThePublicConnectionItAlreadyUses(OkxBookChannel channel, string name)
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync(vipLevel: 4);
        await using var tickers = fixture.Client.SubscribeAsync(new TickersChannel("BTC-USDT")).GetAsyncEnumerator();
        Task<OkxPush<Ticker>> ticker = tickers.NextAsync();
        await fixture.PushWhenSubscribedAsync("""{"channel":"tickers","instId":"BTC-USDT"}""", """[{"instId":"BTC-USDT","last":"1"}]""");
        await ticker;
        Assert.Empty(fixture.Messages("login"));

        await using var books = fixture.Client.SubscribeOrderBookAsync("BTC-USDT", channel).GetAsyncEnumerator();
        Task<OkxOrderBook> first = books.NextAsync();
        await PushWhenSubscribedAsync(fixture, Snapshot(name, seqId: 7));

        Assert.Equal((OkxBookStatus.Snapshot, 7L), ((await first).Status, (await first).SeqId));
        RecordedWebSocketMessage login = Assert.Single(fixture.Messages("login"));
        RecordedWebSocketMessage subscribe = fixture.Messages("subscribe").Single(message => message.Text.Contains(name, StringComparison.Ordinal));
        Assert.Equal(("/ws/v5/public", "0"), (login.Path, login.Code));
        Assert.Equal((login.ConnectionId, "0"), (subscribe.ConnectionId, subscribe.Code));
        Assert.Equal(login.ConnectionId, fixture.Messages("subscribe")[0].ConnectionId);
    }

    [Fact]
    public async Task TickByTickBook_AfterAReconnect_LogsInAgainBeforeResubscribing()
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync(vipLevel: 4);
        await using var books = fixture.Client.SubscribeOrderBookAsync("BTC-USDT", OkxBookChannel.BooksL2Tbt).GetAsyncEnumerator();
        Task<OkxOrderBook> first = books.NextAsync();
        await PushWhenSubscribedAsync(fixture, Snapshot("books-l2-tbt", seqId: 1));
        await first;

        await fixture.Server.DropWebSocketConnectionsAsync();
        Assert.Equal(OkxBookStatus.Resyncing, (await books.NextAsync()).Status);
        await WebSocketFixture.WaitUntilAsync(() => fixture.Messages("subscribe").Count(message => message.Code == "0") == 2, "the book is subscribed again");
        await PushWhenSubscribedAsync(fixture, Snapshot("books-l2-tbt", seqId: 40));

        Assert.Equal((OkxBookStatus.Snapshot, 40L), ((await books.NextAsync()).Status, books.Current.SeqId));
        var logins = fixture.Messages("login");
        Assert.Equal(2, logins.Count);
        Assert.All(logins, login => Assert.Equal("0", login.Code));
        Assert.Equal(logins[1].ConnectionId, fixture.Messages("subscribe")[^1].ConnectionId);
        Assert.DoesNotContain(fixture.Messages("subscribe"), message => message.Code == "60011");
    }

    [Fact]
    public async Task TickByTickBook_WithoutCredentials_EndsWithOkxsPleaseLogIn()
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync(options => options.Credentials = null);
        await using var books = fixture.Client.SubscribeOrderBookAsync("BTC-USDT", OkxBookChannel.Books50L2Tbt).GetAsyncEnumerator();

        OkxWebSocketException refused = await Assert.ThrowsAsync<OkxWebSocketException>(async () => await books.MoveNextAsync());

        Assert.Equal("60011", refused.Code);
        Assert.Empty(fixture.Messages("login"));
    }

    [Theory]
    [InlineData(OkxBookChannel.BooksL2Tbt, 0)]
    [InlineData(OkxBookChannel.BooksL2Tbt, 3)]
    [InlineData(OkxBookChannel.Books50L2Tbt, 3)]
    public async Task TickByTickBook_BelowVip4_EndsWithOkxsFeeTierTooLow(OkxBookChannel channel, int vipLevel)
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync(vipLevel: vipLevel);
        await using var books = fixture.Client.SubscribeOrderBookAsync("BTC-USDT", channel).GetAsyncEnumerator();

        OkxWebSocketException refused = await Assert.ThrowsAsync<OkxWebSocketException>(async () => await books.MoveNextAsync());

        Assert.Equal("64003", refused.Code);
        Assert.Equal("Your trading fee tier doesn't meet the requirement to access this channel", refused.OkxMessage);
        Assert.Equal("0", Assert.Single(fixture.Messages("login")).Code);
        Assert.Equal("64003", Assert.Single(fixture.Messages("subscribe")).Code);
    }

    private static OkxBookPush Snapshot(string channel, long seqId) => new()
    {
        Channel = channel,
        InstId = "BTC-USDT",
        Action = "snapshot",
        Asks = [["8476.98", "415", "0", "13"]],
        Bids = [["8476.97", "256", "0", "12"]],
        SeqId = seqId,
    };

    private static async Task PushWhenSubscribedAsync(WebSocketFixture fixture, OkxBookPush push)
    {
        using var timeout = new System.Threading.CancellationTokenSource(WebSocketFixture.Patience);
        while (await fixture.Server.PushBookAsync(push) == 0)
        {
            timeout.Token.ThrowIfCancellationRequested();
            await Task.Delay(10);
        }
    }
}
