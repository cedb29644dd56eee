using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using OkxGen.Benchmarks.Model;
using OkxGen.WebSockets;
using OkxGen.WebSockets.Books;
using OkxGen.WebSockets.Connection;

namespace OkxGen.Benchmarks;

/// <summary>
/// Issue 11: an order operation frame, <c>{"args":[order],"expTime":"..","id":"1512","op":"order"}</c> around the
/// 253-byte order, written by the generated writer into a pooled buffer, against building the same frame with
/// System.Text.Json source generation.
/// </summary>
[MemoryDiagnoser]
public class OrderOperationFrameBenchmarks : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly PlaceOrderRequest _order = Samples.Order;
    private Utf8JsonWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        WebSocketEquivalence.ThrowIfDifferent();
        _writer = new Utf8JsonWriter(_buffer);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _writer.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public int OkxGenPooledBuffer()
    {
        int length = Frames.WriteOperation(_order, "order"u8, "1512"u8, WebSocketSamples.ExpTime, out byte[] frame);
        ArrayPool<byte>.Shared.Return(frame);
        return length;
    }

    [Benchmark]
    public byte[] StjSourceGen() => JsonSerializer.SerializeToUtf8Bytes(WebSocketReading.StjOperation(_order), BenchJsonContext.Default.OrderOperationFrame);

    [Benchmark]
    public int StjSourceGenReusedWriter()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        JsonSerializer.Serialize(_writer, WebSocketReading.StjOperation(_order), BenchJsonContext.Default.OrderOperationFrame);
        return _buffer.WrittenCount;
    }
}

/// <summary>
/// Issue 11: reading OKX's documented <c>tickers</c> and <c>orders</c> pushes into the same records, the client's way
/// (one pass over the top level, the <c>arg</c> matched in place against the subscription's, <c>data</c> by the generated reader) against
/// System.Text.Json source generation of the whole frame. Ratios are within each category.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class PushReadBenchmarks
{
    private byte[] _tickers = null!;
    private byte[] _orders = null!;

    [GlobalSetup]
    public void Setup()
    {
        WebSocketEquivalence.ThrowIfDifferent();
        (_tickers, _orders) = (WebSocketSamples.TickersPush, WebSocketSamples.OrdersPush);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("tickers")]
    public List<TickerPush> TickersOkxGen() => WebSocketReading.ReadPush<TickerPush>(_tickers, WebSocketReading.Tickers);

    [Benchmark]
    [BenchmarkCategory("tickers")]
    public PushFrame<TickerPush> TickersStjSourceGen() => WebSocketReading.ReadPushWithStj(_tickers, PushJsonContext.Default.PushFrameTickerPush);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("orders")]
    public List<OrderPush> OrdersOkxGen() => WebSocketReading.ReadPush<OrderPush>(_orders, WebSocketReading.Orders);

    [Benchmark]
    [BenchmarkCategory("orders")]
    public PushFrame<OrderPush> OrdersStjSourceGen() => WebSocketReading.ReadPushWithStj(_orders, PushJsonContext.Default.PushFrameOrderPush);
}

/// <summary>
/// Issue 11: applying a <c>books</c> update (5 sizes changed and 5 levels inserted a side, then undone by the next) to a
/// book of 400 levels a side; each invocation applies the pair, figures are per update. With OKX's checksum 0 (what it
/// sends now), with a non-zero checksum checked, and with the frame read first.
/// </summary>
[MemoryDiagnoser]
public class OrderBookUpdateBenchmarks
{
    private OkxOrderBook _book = null!;
    private BookMessage _insert = null!;
    private BookMessage _delete = null!;
    private int _insertChecksum;
    private int _deleteChecksum;
    private long _seqId;

    [GlobalSetup]
    public void Setup()
    {
        WebSocketEquivalence.ThrowIfDifferent();
        _book = WebSocketReading.SnapshotBook();
        _seqId = _book.SeqId!.Value;
        _insert = WebSocketReading.ReadBook(WebSocketSamples.BookUpdateInsert);
        _delete = WebSocketReading.ReadBook(WebSocketSamples.BookUpdateDelete);
        (_insertChecksum, _deleteChecksum) = WebSocketEquivalence.ChecksumsAfterEachUpdate();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 2)]
    public long ApplyUpdate()
    {
        Apply(_insert, 0);
        Apply(_delete, 0);
        return _seqId;
    }

    [Benchmark(OperationsPerInvoke = 2)]
    public long ApplyUpdateWithChecksum()
    {
        Apply(_insert, _insertChecksum);
        Apply(_delete, _deleteChecksum);
        return _seqId;
    }

    [Benchmark(OperationsPerInvoke = 2)]
    public long ReadAndApplyUpdate()
    {
        Apply(WebSocketReading.ReadBook(WebSocketSamples.BookUpdateInsert), 0);
        Apply(WebSocketReading.ReadBook(WebSocketSamples.BookUpdateDelete), 0);
        return _seqId;
    }

    private void Apply(BookMessage update, int checksum)
    {
        update.PrevSeqId = _seqId;
        update.SeqId = ++_seqId;
        update.Checksum = checksum;
        WebSocketReading.ThrowIfResync(_book.Apply("update", update));
    }
}
