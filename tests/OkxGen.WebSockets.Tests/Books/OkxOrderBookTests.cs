using System.Text;
using System.Text.Json;
using OkxGen.WebSockets.Books;

namespace OkxGen.WebSockets.Tests.Books;

/// <summary>The book's merge and sequence rules, on messages shaped like OKX's (its order book page).</summary>
public sealed class OkxOrderBookTests
{
    private const string Snapshot = """
        {"asks":[["8476.98","415","0","13"],["8477","7","0","2"]],
         "bids":[["8476.97","256","0","12"],["8475.55","101","0","1"]],
         "ts":"1597026383085","checksum":0,"prevSeqId":-1,"seqId":10}
        """;

    [Fact]
    public void Snapshot_SortsBothSidesBestFirst()
    {
        var book = new OkxOrderBook("BTC-USDT", OkxBookChannel.Books);

        Assert.Null(book.Apply("snapshot", Read("""{"asks":[["8477","7","0","2"],["8476.98","415","0","13"]],"bids":[["8475.55","101","0","1"],["8476.97","256","0","12"]],"prevSeqId":-1,"seqId":10}""")));

        Assert.Equal(["8476.97", "8475.55"], [book.Bids[0].Price, book.Bids[1].Price]);
        Assert.Equal(["8476.98", "8477"], [book.Asks[0].Price, book.Asks[1].Price]);
        Assert.Equal((OkxBookStatus.Snapshot, 10L), (book.Status, book.SeqId));
        Assert.True(book.IsSynchronized);
    }

    [Fact]
    public void Update_ReplacesDeletesAndInsertsLevels()
    {
        OkxOrderBook book = Synced();

        string? problem = book.Apply("update", Read("""
            {"asks":[["8477","0","0","0"],["8476.99","3","0","1"]],"bids":[["8476.97","200","0","11"],["8476","5","0","1"]],"prevSeqId":10,"seqId":15}
            """));

        Assert.Null(problem);
        Assert.Equal(["8476.97:200", "8476:5", "8475.55:101"], Levels(book.Bids));
        Assert.Equal(["8476.98:415", "8476.99:3"], Levels(book.Asks));
        Assert.Equal((OkxBookStatus.Updated, 15L), (book.Status, book.SeqId));
    }

    [Fact]
    public void Update_WithPrevSeqIdNotTheLastSeqId_IsAGap()
    {
        OkxOrderBook book = Synced();

        string? problem = book.Apply("update", Read("""{"asks":[],"bids":[["8476","5","0","1"]],"prevSeqId":11,"seqId":15}"""));

        Assert.Contains("seqId gap", problem);
    }

    [Fact]
    public void EmptyUpdate_WithPrevSeqIdEqualSeqId_IsAHeartbeat()
    {
        OkxOrderBook book = Synced();

        Assert.Null(book.Apply("update", Read("""{"asks":[],"bids":[],"prevSeqId":10,"seqId":10}""")));

        Assert.Equal((OkxBookStatus.Heartbeat, 10L), (book.Status, book.SeqId));
        Assert.Equal(2, book.Bids.Count);
    }

    [Fact]
    public void SequenceReset_SeqIdBelowPrevSeqId_IsAccepted_AndTheNextUpdateFollowsIt()
    {
        OkxOrderBook book = Synced();

        Assert.Null(book.Apply("update", Read("""{"asks":[],"bids":[["8476","5","0","1"]],"prevSeqId":10,"seqId":3}""")));
        Assert.Null(book.Apply("update", Read("""{"asks":[],"bids":[["8476","6","0","1"]],"prevSeqId":3,"seqId":5}""")));

        Assert.Equal(5L, book.SeqId);
    }

    [Fact]
    public void Update_WithAMatchingChecksum_IsAccepted_AndAWrongOne_IsAMismatch()
    {
        // After the update the book is bids 3366.1:7, 3366:6 and asks 3366.8:9, 3368:8; Python's zlib.crc32 of
        // "3366.1:7:3366.8:9:3366:6:3368:8" is -1881014294.
        var book = new OkxOrderBook("ETH-USDT", OkxBookChannel.Books);
        Assert.Null(book.Apply("snapshot", Read("""{"asks":[["3366.8","9","0","3"]],"bids":[["3366.1","7","0","3"]],"prevSeqId":-1,"seqId":1}""")));

        Assert.Null(book.Apply("update", Read("""{"asks":[["3368","8","0","4"]],"bids":[["3366","6","0","4"]],"checksum":-1881014294,"prevSeqId":1,"seqId":2}""")));
        Assert.Contains("checksum mismatch", book.Apply("update", Read("""{"asks":[],"bids":[["3365","1","0","1"]],"checksum":-1881014294,"prevSeqId":2,"seqId":3}""")));
    }

    [Fact]
    public void ZeroChecksum_IsNotChecked()
    {
        OkxOrderBook book = Synced();

        Assert.Null(book.Apply("update", Read("""{"asks":[],"bids":[["8476","5","0","1"]],"checksum":0,"prevSeqId":10,"seqId":11}""")));
    }

    [Fact]
    public void Update_BeforeAnySnapshot_IsRefused()
    {
        var book = new OkxOrderBook("BTC-USDT", OkxBookChannel.Books);

        Assert.Contains("before a snapshot", book.Apply("update", Read("""{"asks":[],"bids":[],"prevSeqId":1,"seqId":2}""")));
    }

    [Fact]
    public void Books5_EveryPushReplacesTheBook()
    {
        var book = new OkxOrderBook("BCH-USDT-SWAP", OkxBookChannel.Books5);

        Assert.Null(book.Apply(null, Read("""{"asks":[["111.06","55154","0","2"]],"bids":[["111.05","57745","0","2"]],"seqId":363996337}""")));
        Assert.Null(book.Apply(null, Read("""{"asks":[["111.07","1","0","2"]],"bids":[["111.04","2","0","2"]],"seqId":363996340}""")));

        Assert.Equal(["111.04:2"], Levels(book.Bids));
        Assert.Equal(["111.07:1"], Levels(book.Asks));
    }

    private static OkxOrderBook Synced()
    {
        var book = new OkxOrderBook("BTC-USDT", OkxBookChannel.Books);
        Assert.Null(book.Apply("snapshot", Read(Snapshot)));
        return book;
    }

    private static string[] Levels(System.Collections.Generic.IReadOnlyList<OkxBookLevel> levels)
    {
        var texts = new string[levels.Count];
        for (int i = 0; i < levels.Count; i++)
        {
            texts[i] = levels[i].Price + ":" + levels[i].Size;
        }

        return texts;
    }

    internal static BookMessage Read(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return BookMessageReader.Instance.ReadItem(ref reader);
    }
}
