using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using OkxGen.Benchmarks.Model;
using OkxGen.WebSockets;
using OkxGen.WebSockets.Books;
using OkxGen.WebSockets.Connection;

namespace OkxGen.Benchmarks;

/// <summary>What the WebSocket client does with a frame, called by the benchmarks and the equivalence checks alike.</summary>
internal static class WebSocketReading
{
    /// <summary>The subscriptions the benchmarks' pushes are routed to.</summary>
    public static ChannelArgument Tickers { get; } = ChannelArgument.From(new TickersChannel("BTC-USDT"));

    public static ChannelArgument Orders { get; } = ChannelArgument.From(new OrdersChannel("SPOT"));

    /// <summary>The client's path for a push: the top level in one pass, the <c>arg</c> matched against the subscription's in place, <c>data</c> by the generated reader.</summary>
    public static List<T> ReadPush<T>(byte[] frame, OkxResponseReader<T> itemReader, ChannelArgument subscription)
    {
        InboundMessage inbound = InboundMessage.Read(frame);
        if (!subscription.IsMatchedBy(frame.AsSpan()[inbound.Arg]))
        {
            throw new InvalidOperationException($"The push is not routed to {subscription}.");
        }

        return Subscription<T>.ReadData(frame, inbound, itemReader);
    }

    /// <summary>A push read without routing, for the book benchmarks.</summary>
    public static List<T> ReadData<T>(byte[] frame, OkxResponseReader<T> itemReader) =>
        Subscription<T>.ReadData(frame, InboundMessage.Read(frame), itemReader);

    public static PushFrame<T> ReadPushWithStj<T>(byte[] frame, System.Text.Json.Serialization.Metadata.JsonTypeInfo<PushFrame<T>> typeInfo) =>
        JsonSerializer.Deserialize(frame, typeInfo) ?? throw new InvalidOperationException("null frame");

    public static BookMessage ReadBook(byte[] frame) => ReadData(frame, BookMessageReader.Instance)[0];

    /// <summary>The order operation frame as the client writes it, copied out of the pooled buffer.</summary>
    public static byte[] WriteOperation(PlaceOrderRequest order)
    {
        int length = Frames.WriteOperation(order, "order"u8, "1512"u8, WebSocketSamples.ExpTime, out byte[] frame);
        byte[] copy = frame.AsSpan(0, length).ToArray();
        ArrayPool<byte>.Shared.Return(frame);
        return copy;
    }

    public static OrderOperationFrame StjOperation(PlaceOrderRequest order) =>
        new([order], WebSocketSamples.ExpTime.ToString(System.Globalization.CultureInfo.InvariantCulture), WebSocketSamples.OperationId, "order");

    /// <summary>A book at the 400-level snapshot.</summary>
    public static OkxOrderBook SnapshotBook()
    {
        var book = new OkxOrderBook("BTC-USDT", OkxBookChannel.Books);
        ThrowIfResync(book.Apply("snapshot", ReadBook(WebSocketSamples.BookSnapshot)));
        return book;
    }

    public static void ThrowIfResync(string? resync)
    {
        if (resync is not null)
        {
            throw new InvalidOperationException("The book asks for a resync: " + resync);
        }
    }
}
