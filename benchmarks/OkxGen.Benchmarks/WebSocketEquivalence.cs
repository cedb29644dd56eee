using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using OkxGen.Benchmarks.Model;
using OkxGen.WebSockets;
using OkxGen.WebSockets.Books;

namespace OkxGen.Benchmarks;

/// <summary>
/// Before any WebSocket timing (and with <c>--validate</c>): both frame writers give the same bytes, both push readers
/// the same records (and OKX's documented values), and the book updates apply without a resync and undo each other.
/// </summary>
internal static class WebSocketEquivalence
{
    public static List<string> Check()
    {
        var problems = new List<string>();
        byte[] okxGen = WebSocketReading.WriteOperation(Samples.Order);
        byte[] stj = JsonSerializer.SerializeToUtf8Bytes(WebSocketReading.StjOperation(Samples.Order), BenchJsonContext.Default.OrderOperationFrame);
        if (!okxGen.AsSpan().SequenceEqual(stj))
        {
            problems.Add($"order frame: OkxGen {System.Text.Encoding.UTF8.GetString(okxGen)} != STJ {System.Text.Encoding.UTF8.GetString(stj)}");
        }

        List<TickerPush> tickers = WebSocketReading.ReadPush<TickerPush>(WebSocketSamples.TickersPush, WebSocketReading.Tickers);
        CheckSame("tickers", tickers, WebSocketReading.ReadPushWithStj(WebSocketSamples.TickersPush, PushJsonContext.Default.PushFrameTickerPush).Data, problems);
        if (tickers is not [{ Last: 9999.99m, BidPx: 8888.88m, SodUtc8: 2222m }] || tickers[0].Ts!.Value.ToUnixTimeMilliseconds() != 1597026383085)
        {
            problems.Add("tickers: the documented values were not read");
        }

        List<OrderPush> orders = WebSocketReading.ReadPush<OrderPush>(WebSocketSamples.OrdersPush, WebSocketReading.Orders);
        CheckSame("orders", orders, WebSocketReading.ReadPushWithStj(WebSocketSamples.OrdersPush, PushJsonContext.Default.PushFrameOrderPush).Data, problems);
        if (orders is not [{ FillPx: 31527.1m, Fee: -0.02522168m, ReduceOnly: false, PosSide: "", SlTriggerPx: null, State: "filled" }])
        {
            problems.Add("orders: the documented values were not read");
        }

        CheckBook(problems);
        return problems;
    }

    public static void ThrowIfDifferent()
    {
        List<string> problems = Check();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The WebSocket variants do not agree:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }
    }

    /// <summary>The checksums OKX would send with the insert update and with the delete update (CRC32 of the top 25 levels after each).</summary>
    public static (int AfterInsert, int AfterDelete) ChecksumsAfterEachUpdate()
    {
        OkxOrderBook book = WebSocketReading.SnapshotBook();
        int afterDelete = OkxBookChecksum.Compute(book.Bids, book.Asks);
        WebSocketReading.ThrowIfResync(book.Apply("update", WebSocketReading.ReadBook(WebSocketSamples.BookUpdateInsert)));
        return (OkxBookChecksum.Compute(book.Bids, book.Asks), afterDelete);
    }

    private static void CheckBook(List<string> problems)
    {
        OkxOrderBook snapshot = WebSocketReading.SnapshotBook();
        OkxOrderBook book = WebSocketReading.SnapshotBook();
        (int afterInsert, int afterDelete) = ChecksumsAfterEachUpdate();
        BookMessage insert = WebSocketReading.ReadBook(WebSocketSamples.BookUpdateInsert);
        BookMessage delete = WebSocketReading.ReadBook(WebSocketSamples.BookUpdateDelete);
        insert.Checksum = afterInsert;
        delete.Checksum = afterDelete;
        string? insertResync = book.Apply("update", insert);
        (int bids, int asks) = (book.Bids.Count, book.Asks.Count);
        string? deleteResync = book.Apply("update", delete);
        if (snapshot.Bids.Count != 400 || snapshot.Asks.Count != 400 || (bids, asks) != (405, 405) || insertResync is not null || deleteResync is not null
            || !book.Bids.SequenceEqual(snapshot.Bids) || !book.Asks.SequenceEqual(snapshot.Asks) || afterInsert == afterDelete)
        {
            problems.Add($"book: 400/400 -> {bids}/{asks} -> {book.Bids.Count}/{book.Asks.Count}, resyncs '{insertResync}' '{deleteResync}'");
        }
    }

    private static void CheckSame<T>(string name, List<T> okxGen, List<T>? stj, List<string> problems)
    {
        if (stj is null || !okxGen.SequenceEqual(stj))
        {
            problems.Add($"{name}: OkxGen read [{string.Join(", ", okxGen)}], STJ [{string.Join(", ", stj ?? [])}]");
        }
    }
}
