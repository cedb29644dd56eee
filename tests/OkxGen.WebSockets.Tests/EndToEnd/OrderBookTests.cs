using System;
using System.Linq;
using System.Threading.Tasks;
using OkxGen.Testing.WebSockets;
using OkxGen.WebSockets.Tests.TestSupport;

namespace OkxGen.WebSockets.Tests.EndToEnd;

public sealed class OrderBookTests
{
    [Fact]
    public async Task SnapshotAndUpdates_AreApplied()
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync();
        await using var books = fixture.Client.SubscribeOrderBookAsync("BTC-USDT").GetAsyncEnumerator();
        Task<OkxOrderBook> first = books.NextAsync();
        await PushWhenSubscribedAsync(fixture, Snapshot(seqId: 10));

        OkxOrderBook book = await first;
        Assert.Equal((OkxBookStatus.Snapshot, 10L, 2, 2), (book.Status, book.SeqId, book.Bids.Count, book.Asks.Count));

        await fixture.Server.PushBookAsync(Update(prev: 10, seq: 11, bids: [["8476.97", "0", "0", "0"]]));
        book = await books.NextAsync();
        Assert.Equal((OkxBookStatus.Updated, 11L), (book.Status, book.SeqId));
        Assert.Equal("8475.55", book.Bids[0].Price);

        await fixture.Server.PushBookAsync(Update(prev: 11, seq: 11));
        Assert.Equal(OkxBookStatus.Heartbeat, (await books.NextAsync()).Status);
    }

    [Fact]
    public async Task SkippedSeqId_ReportsResync_AndResubscribesForAFreshSnapshot()
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync();
        await using var books = fixture.Client.SubscribeOrderBookAsync("BTC-USDT").GetAsyncEnumerator();
        Task<OkxOrderBook> first = books.NextAsync();
        await PushWhenSubscribedAsync(fixture, Snapshot(seqId: 10));
        await first;

        await fixture.Server.PushBookAsync(Update(prev: 12, seq: 13, bids: [["8476", "1", "0", "1"]]));

        OkxOrderBook resyncing = await books.NextAsync();
        Assert.Equal(OkxBookStatus.Resyncing, resyncing.Status);
        Assert.Contains("seqId gap", resyncing.ResyncReason);
        Assert.False(resyncing.IsSynchronized);
        await AssertResubscribedThenSnapshotAsync(fixture, books, Snapshot(seqId: 50));
    }

    [Fact]
    public async Task WrongChecksum_ReportsResync_AndResubscribes()
    {
        await using WebSocketFixture fixture = await WebSocketFixture.StartAsync();
        await using var books = fixture.Client.SubscribeOrderBookAsync("ETH-USDT").GetAsyncEnumerator();
        Task<OkxOrderBook> first = books.NextAsync();
        // Python: zlib.crc32(b"3366.1:7:3366.8:9:3366:6:3368:8") as signed = -1881014294.
        await PushWhenSubscribedAsync(fixture, EthSnapshot(seqId: 1));
        Assert.Equal(OkxBookStatus.Snapshot, (await first).Status);

        await fixture.Server.PushBookAsync(new OkxBookPush { InstId = "ETH-USDT", Bids = [["3365", "1", "0", "1"]], PrevSeqId = 1, SeqId = 2, Checksum = 12345 });

        OkxOrderBook resyncing = await books.NextAsync();
        Assert.Equal(OkxBookStatus.Resyncing, resyncing.Status);
        Assert.Contains("checksum mismatch", resyncing.ResyncReason);
        await AssertResubscribedThenSnapshotAsync(fixture, books, EthSnapshot(seqId: 50));
    }

    private static async Task AssertResubscribedThenSnapshotAsync(WebSocketFixture fixture, System.Collections.Generic.IAsyncEnumerator<OkxOrderBook> books, OkxBookPush snapshot)
    {
        Task<OkxOrderBook> next = books.NextAsync();
        await WebSocketFixture.WaitUntilAsync(() => fixture.Messages("subscribe").Count(message => message.Code == "0") == 2, "the book is resubscribed");
        Assert.Single(fixture.Messages("unsubscribe"));
        await PushWhenSubscribedAsync(fixture, snapshot);
        OkxOrderBook book = await next;
        Assert.Equal((OkxBookStatus.Snapshot, 50L), (book.Status, book.SeqId));
        Assert.True(book.IsSynchronized);
    }

    private static OkxBookPush Snapshot(long seqId) => new()
    {
        InstId = "BTC-USDT",
        Action = "snapshot",
        Asks = [["8476.98", "415", "0", "13"], ["8477", "7", "0", "2"]],
        Bids = [["8476.97", "256", "0", "12"], ["8475.55", "101", "0", "1"]],
        SeqId = seqId,
    };

    private static OkxBookPush EthSnapshot(long seqId) => new()
    {
        InstId = "ETH-USDT",
        Action = "snapshot",
        Bids = [["3366.1", "7", "0", "3"], ["3366", "6", "0", "4"]],
        Asks = [["3366.8", "9", "0", "3"], ["3368", "8", "0", "4"]],
        SeqId = seqId,
        Checksum = -1881014294,
    };

    private static OkxBookPush Update(long prev, long seq, string[][]? bids = null) => new()
    {
        InstId = "BTC-USDT",
        Bids = bids ?? [],
        PrevSeqId = prev,
        SeqId = seq,
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
