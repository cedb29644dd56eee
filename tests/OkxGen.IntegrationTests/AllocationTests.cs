using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using OkxGen.IntegrationTests.Endpoints;

namespace OkxGen.IntegrationTests;

/// <summary>
/// Once warm, the generated writers and the span signer allocate nothing: not for escaped text, not for nested
/// lists, not for the query. Each test repeats the call so that a single stray allocation cannot hide.
/// </summary>
public sealed class AllocationTests
{
    private const int Iterations = 100;
    private const int WarmUp = 10;

    private static readonly PlaceOrderRequest s_escapedOrder = new()
    {
        InstId = "BTC-USDT",
        TdMode = TradeMode.SpotIsolated,
        Side = OrderSide.Buy,
        OrdType = OrderType.OptimalLimitIoc,
        Sz = 0.010m,
        Px = 43250.5m,
        ClOrdId = "b15f2a9c0d3e4f5a",
        Tag = "q\"b\\s/n\nt\tc\u0001\u001f é 订单 🚀 </script> & '",
        ReduceOnly = false,
        AttachAlgoOrds = new List<AttachedAlgoOrder>
        {
            new() { TpTriggerPx = 45000m, TpOrdPx = -1m, SlTriggerPx = 42000m, SlOrdPx = -1m },
            new() { AttachAlgoClOrdId = "\"x\"\u00e9", TpTriggerPx = 46000.25m },
            new() { SlTriggerPx = 0.000001m },
        },
    };

    private static readonly PlaceBatchOrdersRequest s_batch = new()
    {
        Orders = new List<PlaceOrderRequest> { s_escapedOrder, s_escapedOrder with { Side = OrderSide.Sell, Tag = "\u2028\u007f" } },
    };

    private static readonly RuleProbeRequest s_nested = new()
    {
        Text = "🚀\r\n\"",
        Amount = -1234567.890m,
        Big = long.MaxValue,
        Count = int.MinValue,
        Flag = true,
        InstType = InstrumentType.Futures,
        OrdType = OrderType.MmpAndPostOnly,
        Renamed = "r",
        Grid = new List<IReadOnlyList<decimal>> { new List<decimal> { 0.01m, -1m }, new List<decimal> { 43250.5m }, new List<decimal>() },
        Labels = new List<string> { "a", "", "\t" },
        Outer = new RuleOuter
        {
            Zeta = "z",
            Alpha = "\u00e9",
            Inner = new RuleInner { Zed = 1, Beta = "b", Deep = new RuleDeep { Yy = false, Aa = 0.010m } },
            Items = new List<RuleInner> { new() { Zed = 2 }, new() { Deep = new RuleDeep { Aa = -0.5m } }, new() },
        },
    };

    private static readonly QueryProbeRequest s_query = new()
    {
        Q = "a b&c=d+e#f%g\nh é,i-._~ 🚀",
        Px = -0.010m,
        After = long.MinValue,
        Limit = 100,
        Simple = true,
        InstType = InstrumentType.Swap,
        Ccy = new List<string> { "BTC", "ETH", "USDT" },
        Kind = OrderType.PostOnly,
    };

    private static readonly GetOrdersPendingRequest s_ordersPending = new()
    {
        InstType = InstrumentType.Spot,
        InstId = "BTC-USDT",
        OrdType = new List<OrderType> { OrderType.PostOnly, OrderType.OptimalLimitIoc },
        Limit = 100,
    };

    private static readonly MemberTypesBodyRequest s_memberTypesBody = new()
    {
        Begin = new DateTimeOffset(2024, 2, 29, 23, 59, 59, 999, TimeSpan.FromHours(5.5)),
        End = DateTimeOffset.MaxValue,
        U8 = byte.MaxValue,
        I8 = sbyte.MinValue,
        I16 = short.MinValue,
        U16 = ushort.MaxValue,
        U32 = uint.MaxValue,
        U64 = ulong.MaxValue,
        NullableU8 = 1,
        NullableI8 = -1,
        NullableI16 = -300,
        NullableU16 = 300,
        NullableU32 = 3_000_000_000,
        NullableU64 = 9_223_372_036_854_775_808,
        Times = new List<DateTimeOffset> { DateTimeOffset.UnixEpoch, DateTimeOffset.MinValue },
        Ids = new List<ulong> { 0, ulong.MaxValue },
    };

    private static readonly MemberTypesQueryRequest s_memberTypesQuery = new()
    {
        Begin = s_memberTypesBody.Begin,
        End = s_memberTypesBody.End,
        U64 = ulong.MaxValue,
        NullableU8 = 7,
        Times = s_memberTypesBody.Times,
        Ids = s_memberTypesBody.Ids,
    };

    [Fact]
    public void TimestampsAndIntegerTypes_InBodyAndQuery_AllocateNothing()
    {
        var buffer = new byte[1024];
        for (int i = 0; i < WarmUp; i++)
        {
            WriteAll(buffer);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Iterations; i++)
        {
            WriteAll(buffer);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);

        static void WriteAll(Span<byte> buffer)
        {
            IOkxRequest query = s_memberTypesQuery;
            Assert.True(s_memberTypesBody.TryWriteBody(buffer, out int written) && written > 0);
            Assert.True(s_memberTypesQuery.TryWriteQuery(buffer, out written) && written > 0);
            Assert.True(query.TryWriteRequestPath(buffer, out written) && written > 0);
        }
    }

    [Fact]
    public void TryWriteBody_EscapedTextAndNestedLists_AllocatesNothing()
    {
        var buffer = new byte[4096];
        for (int i = 0; i < WarmUp; i++)
        {
            WriteAll(buffer);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Iterations; i++)
        {
            WriteAll(buffer);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);

        static void WriteAll(Span<byte> buffer)
        {
            Assert.True(s_escapedOrder.TryWriteBody(buffer, out int written) && written > 0);
            Assert.True(s_batch.TryWriteBody(buffer, out written) && written > 0);
            Assert.True(s_nested.TryWriteBody(buffer, out written) && written > 0);
        }
    }

    [Fact]
    public void TryWriteBody_IntoStackBuffer_AllocatesNothing()
    {
        Span<byte> buffer = stackalloc byte[2048];
        int written = 0;
        for (int i = 0; i < WarmUp; i++)
        {
            s_escapedOrder.TryWriteBody(buffer, out written);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Iterations; i++)
        {
            s_escapedOrder.TryWriteBody(buffer, out written);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(s_escapedOrder.ToJson(), Encoding.UTF8.GetString(buffer[..written]));
    }

    [Fact]
    public void TryWriteBody_BufferTooSmall_AllocatesNothing()
    {
        // Overflow is reported by a return value, never by an exception (which would allocate).
        var buffer = new byte[16];
        for (int i = 0; i < WarmUp; i++)
        {
            s_nested.TryWriteBody(buffer, out _);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        bool anySucceeded = false;
        for (int i = 0; i < Iterations; i++)
        {
            anySucceeded |= s_nested.TryWriteBody(buffer, out _);
            anySucceeded |= s_escapedOrder.TryWriteBody(buffer, out _);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.False(anySucceeded);
    }

    [Fact]
    public void WriteBody_IntoPresizedReusedBufferWriter_AllocatesNothing()
    {
        var writer = new ArrayBufferWriter<byte>(8192);
        for (int i = 0; i < WarmUp; i++)
        {
            WriteAll(writer);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Iterations; i++)
        {
            WriteAll(writer);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(s_nested.ToJson(), Encoding.UTF8.GetString(writer.WrittenSpan));

        static void WriteAll(ArrayBufferWriter<byte> writer)
        {
            writer.ResetWrittenCount();
            s_escapedOrder.WriteBody(writer);
            writer.ResetWrittenCount();
            s_batch.WriteBody(writer);
            writer.ResetWrittenCount();
            s_nested.WriteBody(writer);
        }
    }

    [Fact]
    public void QueryWriters_EncodedTextAndLists_AllocateNothing()
    {
        var buffer = new byte[1024];
        for (int i = 0; i < WarmUp; i++)
        {
            WriteAll(buffer);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Iterations; i++)
        {
            WriteAll(buffer);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);

        static void WriteAll(Span<byte> buffer)
        {
            IOkxRequest query = s_query;
            IOkxRequest ordersPending = s_ordersPending;
            Assert.True(s_query.TryWriteQuery(buffer, out int written) && written > 0);
            Assert.True(query.TryWriteRequestPath(buffer, out written) && written > 0);
            Assert.True(query.TryWriteBody(buffer, out written) && written == 0);
            Assert.True(s_ordersPending.TryWriteQuery(buffer, out written) && written > 0);
            Assert.True(ordersPending.TryWriteRequestPath(buffer, out written) && written > 0);
        }
    }

    [Fact]
    public void SpanSigner_FullRequest_AllocatesNothing()
    {
        byte[] secret = Encoding.UTF8.GetBytes("22582BD0CFF14C41EDBF1AB98506286D");
        var credentials = new OkxCredentials("test-api-key", "22582BD0CFF14C41EDBF1AB98506286D", "test-passphrase");
        var time = new DateTimeOffset(2020, 12, 8, 9, 8, 57, 715, TimeSpan.Zero);
        var timestamp = new byte[OkxSigner.TimestampLength];
        var path = new byte[256];
        var body = new byte[2048];
        var prehash = new byte[4096];
        var signature = new byte[OkxSigner.SignatureLength];
        var signatureByCredentials = new byte[OkxSigner.SignatureLength];
        for (int i = 0; i < WarmUp; i++)
        {
            SignOnce();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Iterations; i++)
        {
            SignOnce();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(signature, signatureByCredentials);
        string expected = OkxSigner.Sign(
            "22582BD0CFF14C41EDBF1AB98506286D", "2020-12-08T09:08:57.715Z", "POST", "/api/v5/trade/order", s_escapedOrder.ToJson());
        Assert.Equal(expected, Encoding.ASCII.GetString(signature));

        void SignOnce()
        {
            IOkxRequest request = s_escapedOrder;
            OkxSigner.TryFormatTimestamp(time, timestamp, out _);
            request.TryWriteRequestPath(path, out int pathLength);
            request.TryWriteBody(body, out int bodyLength);
            OkxSigner.TryWritePrehash(timestamp, "POST"u8, path.AsSpan(0, pathLength), body.AsSpan(0, bodyLength), prehash, out int length);
            OkxSigner.TrySign(secret, prehash.AsSpan(0, length), signature, out _);
            credentials.TrySign(prehash.AsSpan(0, length), signatureByCredentials, out _);
        }
    }
}
