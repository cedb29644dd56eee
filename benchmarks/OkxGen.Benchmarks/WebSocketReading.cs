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
    /// <summary>The subscriptions the benchmarks' pushes are routed to, as a connection holds them.</summary>
    public static Subscription[] Tickers { get; } = [Subscribe(new TickersChannel("BTC-USDT"))];

    public static Subscription[] Orders { get; } = [Subscribe(new OrdersChannel("SPOT"))];

    public static Subscription[] Books { get; } = [Subscribe(new BookChannelArgument(OkxBookChannel.Books, "BTC-USDT"))];

    /// <summary>
    /// The client's path for a push: one pass over the message, the <c>arg</c> matched against the subscriptions' in
    /// place, and <c>data</c> read by the first matching subscription's generated reader where the pass meets it.
    /// </summary>
    public static List<T> ReadPush<T>(byte[] frame, Subscription[] subscriptions) =>
        PushMessage.TryRead(frame, subscriptions, out PushMessage push) && push.Items is List<T> items
            ? items
            : throw new InvalidOperationException("The push is not routed to the subscriptions.");

    public static PushFrame<T> ReadPushWithStj<T>(byte[] frame, System.Text.Json.Serialization.Metadata.JsonTypeInfo<PushFrame<T>> typeInfo) =>
        JsonSerializer.Deserialize(frame, typeInfo) ?? throw new InvalidOperationException("null frame");

    public static BookMessage ReadBook(byte[] frame) => ReadPush<BookMessage>(frame, Books)[0];

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

    private static Subscription<T> Subscribe<T>(IOkxChannel<T> channel) => new(channel, ChannelArgument.From(channel), capacity: 2, logger: null);

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
